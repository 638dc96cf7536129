import { type CalendarDay } from './calendar-day';
import { type LabelledDays } from './labelled-anywhere';
import { nearUrlMonth, type DateChoice } from './published-choice';

export interface FallbackEvidence {
  /** Days the page labels as published or last changed anywhere outside comments and teasers (a second pass). */
  labelledAnywhere: () => LabelledDays;
  /** The one publication day the page's inline script state gives (shops and apps that print no date). */
  stateDay: () => CalendarDay | null;
  /**
   * The day a visible line near the headline labels as the last change ("Aktualisiert am …"). A dateModified in
   * structured data alone is not taken: nothing the reader sees says the page is that day's.
   */
  shownModified: () => CalendarDay | null;
  /** `YYYY-MM` from the URL path. */
  urlMonth: string | null;
  /** `YYYY-MM` or `YYYY` from a date line near the headline. */
  partialHeader: string | null;
  /** `YYYY` from the URL path. */
  urlYear: string | null;
}

/**
 * When neither the URL, structured data nor the date line gives a full day: an explicitly labelled day anywhere
 * on the page, then the one publication day of the page's script state (shops and apps that print none), then
 * the day the page says it was last changed (what a citation of an undated page gives: APA and the German guides
 * cite a wiki or an institution's page by its last change), then the month (URL path or date line), then the
 * year. Every day found this way is reported as low confidence. A month or year is kept as such, never padded to the 1st: a day we invent ends up
 * in a citation. A day that contradicts the month or year the URL or the date line gives is not taken.
 */
export function fallbackPublished(evidence: FallbackEvidence): DateChoice | null {
  const { urlMonth, partialHeader, urlYear } = evidence;
  const labelledDays = evidence.labelledAnywhere();
  const labelled = labelledDays.published;
  if (labelled && (urlMonth === null || nearUrlMonth(labelled, urlMonth)))
    return {
      value: labelled,
      provenance: {
        source: 'page-text',
        confidence: urlMonth ? 'medium' : 'low',
        reason: `the only day the page labels as published, away from the headline${urlMonth ? ', in the month of the URL path' : ''}`,
      },
    };
  const state = evidence.stateDay();
  if (state && fitsCoarserDates(state, evidence))
    return {
      value: state,
      provenance: {
        source: 'page-text',
        confidence: 'low',
        reason: "the publication day in the page's script data; the page shows no date",
      },
    };
  const changed = lastChange(evidence, labelledDays.modified);
  if (changed) return changed;
  if (urlMonth) {
    const confirmed = partialHeader === urlMonth;
    return {
      value: urlMonth,
      provenance: {
        source: 'url',
        confidence: confirmed ? 'medium' : 'low',
        reason: confirmed
          ? 'only the month, in the URL path and the date line'
          : 'only the month, from the URL path',
      },
    };
  }
  if (partialHeader)
    return {
      value: partialHeader,
      provenance: {
        source: 'date-line',
        confidence: 'low',
        reason: `the date line gives only the ${partialHeader.length > 4 ? 'month' : 'year'}`,
      },
    };
  if (urlYear)
    return {
      value: urlYear,
      provenance: { source: 'url', confidence: 'low', reason: 'only the year, from the URL path' },
    };
  return null;
}

/** The page's last change as its date, when nothing coarser the page states contradicts it. */
function lastChange(evidence: FallbackEvidence, labelledAnywhere: CalendarDay | null): DateChoice | null {
  const shown = evidence.shownModified();
  const day = shown ?? labelledAnywhere;
  if (!day || !fitsCoarserDates(day, evidence)) return null;
  return {
    value: day,
    provenance: {
      source: shown ? 'date-line' : 'page-text',
      confidence: 'low',
      reason: `no publication date; the day of the last change instead (${shown ? 'a visible "updated" line' : 'the only day the page says it was last changed'})`,
    },
  };
}

/** A day found away from the headline must fall in the month or year the URL path or the date line gives. */
function fitsCoarserDates(day: CalendarDay, evidence: FallbackEvidence): boolean {
  const { urlMonth, partialHeader, urlYear } = evidence;
  if (urlMonth !== null && !nearUrlMonth(day, urlMonth)) return false;
  if (partialHeader !== null && !day.startsWith(partialHeader)) return false;
  return urlYear === null || day.startsWith(urlYear);
}
