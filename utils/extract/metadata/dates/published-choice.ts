import { type FieldProvenance } from '../../types';
import { daysBetween, type CalendarDay } from './calendar-day';
import { type SupportedDay } from './source-vote';
import { type HeaderDate } from './visible-text-dates';

export interface DateEvidence {
  fromUrl: CalendarDay | null;
  /** The day structured data (JSON-LD, meta tags, microdata, `<time>`) agrees on most. */
  structured: SupportedDay | null;
  /** Every structured day, published and modified, to recognise the visible date among them. */
  structuredDays: CalendarDay[];
  header: HeaderDate | null;
  /** `/2019/07/slug`: the month only, `YYYY-MM`. */
  urlMonth: string | null;
  isListing: boolean;
}

/** A value with where it came from and how sure we are. */
export interface DateChoice {
  value: string;
  provenance: FieldProvenance;
}

// Kinds of header dates found without a label or a date element: weak enough that a URL naming a distant
// month says they are something else (an event, a quoted date).
const WEAK_KINDS = new Set(['plain', 'before', 'modified-container', 'as-of']);
// Alone, these are reported as low confidence; an unlabelled date right below the headline proved as reliable as
// a date element there (tune half: 9 of 9), so it is medium.
const LOW_KINDS = new Set(['before', 'modified-container', 'as-of']);
// A page is filed under the month it was started in; live tickers and updated pages show a date some weeks on.
const MONTH_SLACK_DAYS = 62;

/** Whether a day falls in the URL's month or shortly after it (never before: a page predates no URL). */
export function nearUrlMonth(day: CalendarDay, urlMonth: string): boolean {
  const after = daysBetween(`${urlMonth}-01`, day);
  return after >= 0 && after <= MONTH_SLACK_DAYS;
}

function choice(value: string, provenance: FieldProvenance): DateChoice {
  return { value, provenance };
}

/** "JSON-LD", "JSON-LD and the meta tags": the structured sources behind a day. */
function structuredName(structured: SupportedDay): string {
  return structured.votes.map((vote) => vote.name).join(' and ');
}

function agree(structured: SupportedDay): string {
  return structured.votes.length > 1 ? 'agree' : 'agrees';
}

/**
 * Ground truth is the date "as written on the page", and structured data disagrees with what the page shows
 * in two ways: a UTC timestamp lands on the neighbouring day, or the page shows its update date (which the
 * CMS files as dateModified). Both are recognised; beyond that, structured data proved more reliable than a
 * visible date that matches nothing (on the tune half it was right in 9 of 10 such disagreements), which is as
 * often an event or a teaser's date. A disagreement is reported as medium confidence when several structured
 * sources agree against the date line, low when one stands alone.
 */
export function choosePublished(evidence: DateEvidence): DateChoice | null {
  const { fromUrl, structured, header } = evidence;
  // CMSs build dated paths from the publication date; they are almost never wrong.
  if (fromUrl) return urlChoice(fromUrl, structured, header);
  if (evidence.isListing) return null;
  if (header && structured) return headerAgainstStructured(header, structured, evidence.structuredDays);
  if (header) return headerAlone(header, evidence.urlMonth);
  if (structured) {
    const agreeing = new Set(structured.votes.map((vote) => vote.source)).size > 1;
    const source = structured.votes[0]!.source;
    if (structured.dissent.length > 0)
      return choice(structured.day, {
        source,
        confidence: 'low',
        reason: `${structuredName(structured)} against ${structured.dissent[0]!.name} (${structured.dissent[0]!.day}); no visible date`,
      });
    return choice(structured.day, {
      source,
      confidence: 'medium',
      reason: agreeing
        ? `${structuredName(structured)} agree; no visible date confirms them`
        : `${structuredName(structured)} only; no visible date confirms it`,
    });
  }
  return null;
}

function urlChoice(day: CalendarDay, structured: SupportedDay | null, header: HeaderDate | null): DateChoice {
  const near = (other: CalendarDay | undefined) =>
    other !== undefined && Math.abs(daysBetween(day, other)) <= 1;
  const confirmed = near(structured?.day) || near(header?.day);
  const contradicted = (structured && !near(structured.day)) || (header && !near(header.day));
  if (confirmed && !contradicted)
    return choice(day, {
      source: 'url',
      confidence: 'high',
      reason: `the date in the URL path agrees with ${near(header?.day) ? 'the date line' : structuredName(structured!)}`,
    });
  return choice(day, {
    source: 'url',
    confidence: contradicted ? 'low' : 'medium',
    reason: contradicted
      ? `the date in the URL path, against ${header && !near(header.day) ? `the date line (${header.day})` : `${structuredName(structured!)} (${structured!.day})`}`
      : 'only the URL path gives a date',
  });
}

function headerAgainstStructured(
  header: HeaderDate,
  structured: SupportedDay,
  structuredDays: CalendarDay[],
): DateChoice {
  const names = structuredName(structured);
  const gap = Math.abs(daysBetween(header.day, structured.day));
  if (gap === 0)
    return choice(header.day, {
      source: structured.votes[0]!.source,
      confidence: 'high',
      reason: `${names} ${agree(structured)} with the date line`,
    });
  // "Stand" is the weakest date line: a day off structured data, it is a later revision, not a time-zone shift.
  if (gap === 1 && header.kind !== 'as-of')
    return choice(header.day, {
      source: 'date-line',
      confidence: 'medium',
      reason: `the date line, one day off ${names} (a time-zone shift)`,
    });
  // Structured sources contradicting each other: the one the page shows is right.
  const shown = structured.dissent.find((vote) => vote.day === header.day);
  if (shown)
    return choice(header.day, {
      source: shown.source,
      confidence: 'medium',
      reason: `${shown.name} and the date line agree; ${names} ${structured.votes.length > 1 ? 'say' : 'says'} ${structured.day}`,
    });
  // A date line styled or labelled as an update ("Stand", class "updated") that matches dateModified is just that.
  if (structuredDays.includes(header.day) && !header.updateLike)
    return choice(header.day, {
      source: 'date-line',
      confidence: 'medium',
      reason: `the date line shows a day structured data also gives (as modified); ${names} ${structured.votes.length > 1 ? 'say' : 'says'} ${structured.day}`,
    });
  return choice(structured.day, {
    source: structured.votes[0]!.source,
    confidence: structured.votes.length > 1 ? 'medium' : 'low',
    reason: `${names} ${agree(structured) === 'agree' ? 'disagree' : 'disagrees'} with the date line (${header.day})`,
  });
}

function headerAlone(header: HeaderDate, urlMonth: string | null): DateChoice {
  const weak = WEAK_KINDS.has(header.kind);
  if (urlMonth !== null && weak && !nearUrlMonth(header.day, urlMonth))
    return choice(urlMonth, {
      source: 'url',
      confidence: 'low',
      reason: `only the month, from the URL path; the date line's ${header.day} lies outside it`,
    });
  const inMonth = urlMonth !== null && nearUrlMonth(header.day, urlMonth);
  if (header.eventLike)
    return choice(header.day, {
      source: 'date-line',
      confidence: 'low',
      reason:
        'the first date below the headline names an event (a date range or "findet … statt"); no structured date',
    });
  return choice(header.day, {
    source: 'date-line',
    confidence: !LOW_KINDS.has(header.kind) || inMonth ? 'medium' : 'low',
    reason: `${KIND_REASONS[header.kind]}${inMonth ? ', in the month of the URL path' : ''}; no structured date`,
  });
}

const KIND_REASONS: Record<HeaderDate['kind'], string> = {
  labelled: 'a labelled publication date near the headline',
  container: 'the date element below the headline',
  plain: 'an unlabelled date right below the headline',
  before: 'an unlabelled date above the headline',
  'modified-container': 'a date styled as "updated" near the headline',
  'as-of': 'a "Stand" (as-of) date near the headline',
};
