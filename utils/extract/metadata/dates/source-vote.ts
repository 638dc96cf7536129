import { type MetadataSource } from '../../types';
import { type CalendarDay } from './calendar-day';

/** One source's answer and how far it is trusted. */
export interface DateVote {
  day: CalendarDay | null;
  weight: number;
  source: MetadataSource;
  /** How the reason names it: "JSON-LD datePublished", "the article:published_time meta tag". */
  name: string;
}

export interface SupportedDay {
  day: CalendarDay;
  /** The votes for that day, most trusted first. */
  votes: DateVote[];
  /** Votes for other days: structured data contradicting itself. */
  dissent: DateVote[];
}

/**
 * The day most sources agree on, weighted by how reliable each source proved on real German pages. A single
 * structured field is sometimes the modification date or a CMS default, and a visible byline may be a teaser's;
 * where two sources agree they usually show the page's own date. Ties go to the earlier (more trusted) vote.
 */
export function mostSupportedDay(votes: DateVote[]): SupportedDay | null {
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
  if (best === null) return null;
  const cast = votes.filter((vote) => vote.day !== null);
  return {
    day: best,
    votes: cast.filter((vote) => vote.day === best),
    dissent: cast.filter((vote) => vote.day !== best),
  };
}
