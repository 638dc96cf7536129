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

// Kinds of header dates found without a label or a date element: weak enough that a URL naming another month
// says they are something else (an event, a quoted date).
const WEAK_KINDS = new Set(['plain', 'before', 'modified-container']);

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
    const otherMonth = urlMonth !== null && header.day.slice(0, 7) !== urlMonth.slice(0, 7);
    return otherMonth && WEAK_KINDS.has(header.kind) ? urlMonth : header.day;
  }
  // Day 1 of the URL's month is a placeholder: it only answers when nothing else does.
  return structured ?? urlMonth;
}
