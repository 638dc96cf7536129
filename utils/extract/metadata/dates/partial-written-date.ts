import { type DayBounds } from './calendar-day';
import { monthNumber, MONTH_PATTERN } from './written-date';

/** A date the page gives only to the month (`YYYY-MM`) or the year (`YYYY`), with where it starts. */
export interface FoundPartialDate {
  value: string;
  index: number;
}

const YEAR = '((?:19|20)\\d{2})(?![\\d.,/-]?\\d)';
// "Juni 2021", "June 2021", "Jun. 2021", "Mrz. 2020", never the tail of a full date ("12. Juni 2021").
const MONTH_YEAR = new RegExp(`(?<!\\d\\.?\\s*)(?<![a-zäöüß])${MONTH_PATTERN}\\s*,?\\s*${YEAR}`, 'i');
// "06/2021", "06.2021", "Ausgabe 06/2021"; a two-digit month, so "1.2021" (a version, a list number) does not count.
const NUMERIC_MONTH_YEAR = new RegExp(`(?<![\\d./-])(0[1-9]|1[0-2])[./]\\s?${YEAR}`);
const YEAR_ALONE = new RegExp(`(?<![\\d.,/-])${YEAR}`);

/** The first month-and-year date of a short text ("Juni 2021" → `2021-06`), within the plausible range. */
export function parseMonthOnly(text: string, bounds: DayBounds): FoundPartialDate | null {
  const named = MONTH_YEAR.exec(text);
  const numeric = NUMERIC_MONTH_YEAR.exec(text);
  const candidates = [
    named && { index: named.index, year: named[2], month: monthNumber(named[1]) },
    numeric && { index: numeric.index, year: numeric[2], month: Number(numeric[1]) },
  ].filter((found) => found !== null && found.month > 0);
  candidates.sort((a, b) => a!.index - b!.index);
  for (const found of candidates) {
    const value = `${found!.year}-${String(found!.month).padStart(2, '0')}`;
    if (value >= bounds.earliest.slice(0, 7) && value <= bounds.latest.slice(0, 7))
      return { value, index: found!.index };
  }
  return null;
}

/** A lone year ("2021"), within the plausible range; callers accept it only where a date line says it dates the page. */
export function parseYearOnly(text: string, bounds: DayBounds): FoundPartialDate | null {
  const match = YEAR_ALONE.exec(text);
  if (!match?.[1]) return null;
  const value = match[1];
  return value >= bounds.earliest.slice(0, 4) && value <= bounds.latest.slice(0, 4)
    ? { value, index: match.index }
    : null;
}
