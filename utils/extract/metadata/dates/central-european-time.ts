/**
 * German-language publishers show dates in Central European time, but many CMSs emit their timestamps in UTC
 * (`2019-07-01T22:30:00Z` for an article the page dates 2 July). Converting such instants to Berlin time gives
 * the day the reader sees. No Intl time-zone data is needed: the EU switches to summer time at 01:00 UTC on the
 * last Sunday of March and back at 01:00 UTC on the last Sunday of October.
 */
export function centralEuropeanDay(instantMs: number): { year: number; month: number; day: number } {
  const local = new Date(instantMs + centralEuropeanOffsetHours(instantMs) * 3600000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** Hours Central European time is ahead of UTC at that instant: 2 in summer, 1 in winter. */
export function centralEuropeanOffsetHours(instantMs: number): number {
  const year = new Date(instantMs).getUTCFullYear();
  return instantMs >= lastSundayUtc(year, 2) && instantMs < lastSundayUtc(year, 9) ? 2 : 1;
}

/** 01:00 UTC on the last Sunday of the (zero-based) month. */
function lastSundayUtc(year: number, monthIndex: number): number {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0, 1));
  return lastDay.getTime() - lastDay.getUTCDay() * 86400000;
}

/** Locales whose pages show Central European time: German, and anything served from .de/.at/.ch hosts. */
export function showsCentralEuropeanTime(locale: string | null, url: string): boolean {
  if (/^de\b/i.test((locale ?? '').trim())) return true;
  return /^https?:\/\/[^/]+\.(de|at|ch)(?::\d+)?(\/|$)/i.test(url);
}
