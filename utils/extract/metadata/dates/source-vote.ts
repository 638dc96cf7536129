import { type CalendarDay } from './calendar-day';

/** One source's answer and how far it is trusted. */
export interface DateVote {
  day: CalendarDay | null;
  weight: number;
}

/**
 * The day most sources agree on, weighted by how reliable each source proved on real German pages. A single
 * structured field is sometimes the modification date or a CMS default, and a visible byline may be a teaser's;
 * where two sources agree they usually show the page's own date. Ties go to the earlier (more trusted) vote.
 */
export function mostSupportedDay(votes: DateVote[]): CalendarDay | null {
  const support = new Map<CalendarDay, number>();
  for (const { day, weight } of votes) if (day) support.set(day, (support.get(day) ?? 0) + weight);
  let best: CalendarDay | null = null;
  let bestWeight = 0;
  for (const { day } of votes) {
    const weight = day ? (support.get(day) ?? 0) : 0;
    if (day && weight > bestWeight) {
      best = day;
      bestWeight = weight;
    }
  }
  return best;
}
