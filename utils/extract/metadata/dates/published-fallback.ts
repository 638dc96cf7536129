import { type CalendarDay } from './calendar-day';
import { nearUrlMonth, type DateChoice } from './published-choice';

export interface FallbackEvidence {
  /** A date the page calls its publication date anywhere outside comments and teasers (costs a second pass). */
  labelledAnywhere: () => CalendarDay | null;
  /** `YYYY-MM` from the URL path. */
  urlMonth: string | null;
  /** `YYYY-MM` or `YYYY` from a date line near the headline. */
  partialHeader: string | null;
  /** `YYYY` from the URL path. */
  urlYear: string | null;
}

/**
 * When neither the URL, structured data nor the date line gives a full day: an explicitly labelled day anywhere
 * on the page, then the month (URL path or date line), then the year. A month or year is kept as such, never
 * padded to the 1st: a day we invent ends up in a citation.
 */
export function fallbackPublished(evidence: FallbackEvidence): DateChoice | null {
  const { urlMonth, partialHeader, urlYear } = evidence;
  const labelled = evidence.labelledAnywhere();
  if (labelled && (urlMonth === null || nearUrlMonth(labelled, urlMonth)))
    return {
      value: labelled,
      provenance: {
        source: 'page-text',
        confidence: urlMonth ? 'medium' : 'low',
        reason: `the only day the page labels as published, away from the headline${urlMonth ? ', in the month of the URL path' : ''}`,
      },
    };
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
