import { calendarDay, type CalendarDay, type DayBounds } from './calendar-day';

// Year, month and day as path segments or one compact segment: /2019/07/02/, /2019-07-02-title, /20190702/.
const FULL_DATE = /[/_-]((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;
// Day first, as German CMSs write it: /meldungen/29-10-2021, /detail/~02-01-2022-titel.
const DAY_FIRST_DATE =
  /(?:^|[/_~-])(0[1-9]|[12]\d|3[01])[-_.](0[1-9]|1[0-2])[-_.]((?:19|20)\d{2})(?=[/_.~-]|$)/;
const YEAR_MONTH = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\//;
// A year as a whole path segment with more path after it: /2021/slug, /2019/43/slug (an issue number).
const YEAR_SEGMENT = /\/((?:19|20)\d{2})\/[^/]/;

/** A full date in the URL path: reliable, since CMSs build such paths from the publication date. */
export function urlFullDate(url: string, bounds: DayBounds): CalendarDay | null {
  const path = pathOf(url);
  const yearFirst = FULL_DATE.exec(path);
  if (yearFirst) return calendarDay(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]), bounds);
  const dayFirst = DAY_FIRST_DATE.exec(path);
  return dayFirst ? calendarDay(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]), bounds) : null;
}

/** Only year and month in the path (/2019/07/slug): `YYYY-MM`, never padded to the first of the month. */
export function urlMonthDate(url: string, bounds: DayBounds): string | null {
  const match = YEAR_MONTH.exec(pathOf(url));
  if (!match || !calendarDay(Number(match[1]), Number(match[2]), 1, bounds)) return null;
  return `${match[1]}-${match[2]}`;
}

/** Only a year in the path (/2021/slug): `YYYY`, the last resort when the page states nothing finer. */
export function urlYearDate(url: string, bounds: DayBounds): string | null {
  const match = YEAR_SEGMENT.exec(pathOf(url));
  if (!match?.[1]) return null;
  return match[1] >= bounds.earliest.slice(0, 4) && match[1] <= bounds.latest.slice(0, 4) ? match[1] : null;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
