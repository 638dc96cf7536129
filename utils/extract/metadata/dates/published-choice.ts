import { daysBetween, type CalendarDay } from './calendar-day';
import { type HeaderDate } from './visible-text-dates';

export interface DateEvidence {
  fromUrl: CalendarDay | null;
  /** The day structured data (JSON-LD, meta tags, microdata, `<time>`) agrees on most. */
  structured: CalendarDay | null;
  /** Every structured day, published and modified, to recognise the visible date among them. */
  structuredDays: CalendarDay[];
  header: HeaderDate | null;
  /** `/2019/07/slug`: the month, as its first day. */
  urlMonth: CalendarDay | null;
  isListing: boolean;
}

// Kinds of header dates found without a label or a date element: weak enough that a URL naming a distant
// month says they are something else (an event, a quoted date).
const WEAK_KINDS = new Set(['plain', 'before', 'modified-container']);
// A page is filed under the month it was started in; live tickers and updated pages show a date some weeks on.
const MONTH_SLACK_DAYS = 62;

/** Whether a day falls in the URL's month or shortly after it (never before: a page predates no URL). */
function nearUrlMonth(day: CalendarDay, urlMonth: CalendarDay): boolean {
  const after = daysBetween(urlMonth, day);
  return after >= 0 && after <= MONTH_SLACK_DAYS;
}

/**
 * Ground truth is the date "as written on the page", and structured data disagrees with what the page shows
 * in two ways: a UTC timestamp lands on the neighbouring day, or the page shows its update date (which the
 * CMS files as dateModified). Both are recognised; beyond that, structured data proved more reliable than a
 * visible date that matches nothing, which is as often an event or a teaser's date.
 */
export function choosePublished(evidence: DateEvidence): CalendarDay | null {
  const { fromUrl, structured, structuredDays, header, urlMonth } = evidence;
  // CMSs build dated paths from the publication date; they are almost never wrong.
  if (fromUrl) return fromUrl;
  if (evidence.isListing) return null;
  if (header && structured) {
    if (Math.abs(daysBetween(header.day, structured)) <= 1) return header.day;
    return structuredDays.includes(header.day) ? header.day : structured;
  }
  if (header) {
    const offMonth = urlMonth !== null && !nearUrlMonth(header.day, urlMonth);
    return offMonth && WEAK_KINDS.has(header.kind) ? urlMonth : header.day;
  }
  // Day 1 of the URL's month is a placeholder: it only answers when nothing else does.
  return structured ?? urlMonth;
}
