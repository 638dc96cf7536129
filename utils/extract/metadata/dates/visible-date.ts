import { type DayBounds } from './calendar-day';
import { type DayOrder } from './day-order';
import { parseWrittenDate, type FoundDate } from './written-date';

export type { FoundDate } from './written-date';

// A date line is short; anything longer is running text, where only its opening could be a dateline.
const MAX_LENGTH = 400;

/**
 * The first complete date (day, month and year written out) in a short visible text, in German or English,
 * numeric or with month names ("02.07.2019", "2. Juli 2019", "3. Mrz. 2020", "Tuesday, July 2, 2019"). Dates
 * without a year and relative ones ("gestern", "vor 2 Stunden") are ignored: the year would be a guess.
 * chrono-node used to do this; on the corpus pages it found no date the tight parser misses, at about a
 * hundred times the cost, and it runs on every candidate line of every clipped page.
 */
export function parseVisibleDate(text: string, order: DayOrder, bounds: DayBounds): FoundDate | null {
  return parseWrittenDate(text.length > MAX_LENGTH ? text.slice(0, MAX_LENGTH) : text, order, bounds);
}
