/** How a page writes all-numeric dates: `07/10/2020` is 7 October in Britain and Germany, July 10 in the US. */
export type DayOrder = 'day-first' | 'month-first';

/**
 * Only US English (and English without a region, which in practice means US publishers and CMS defaults) writes
 * the month first; every other locale our users meet, including en-GB, en-AU and all German variants, puts the day
 * first.
 */
export function dayOrderFor(locale: string | null): DayOrder {
  const tag = (locale ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (tag === 'en' || tag === 'en-us') return 'month-first';
  return 'day-first';
}
