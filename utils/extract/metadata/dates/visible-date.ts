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

// A line such as "Veröffentlicht am 02.07.2019, aktualisiert am 10.08.2019" holds more than one date.
const DATES_PER_LINE = 3;

/** The first few dates of a line, each with where it starts, so callers can read the label before each one. */
export function datesInLine(line: string, order: DayOrder, bounds: DayBounds): FoundDate[] {
  const dates: FoundDate[] = [];
  let offset = 0;
  while (dates.length < DATES_PER_LINE) {
    const found = parseVisibleDate(line.slice(offset), order, bounds);
    if (!found) break;
    const index = offset + found.index;
    dates.push({ day: found.day, index, end: offset + found.end });
    offset = index + 6;
  }
  return dates;
}
