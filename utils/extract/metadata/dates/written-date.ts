import { calendarDay, expandYear, type CalendarDay, type DayBounds } from './calendar-day';
import { type DayOrder } from './day-order';

export interface FoundDate {
  day: CalendarDay;
  /** Where the date starts in the searched text, so callers can tell how close it sits to a label. */
  index: number;
  /** Where it ends, so callers can read what follows ("… statt", "– 14.05.2021"). */
  end: number;
}

// German and English month names with the abbreviations publishers print ("Mrz.", "Sept.", "Jänner" in Austria).
// Longer spellings come first so the alternation never stops at a prefix.
const MONTH_NAMES: [RegExp, number][] = [
  [/^(januar|jänner|jaenner|january|jan)$/, 1],
  [/^(februar|feber|february|feb)$/, 2],
  [/^(märz|maerz|march|mär|mrz|mar)$/, 3],
  [/^(april|apr)$/, 4],
  [/^(mai|may)$/, 5],
  [/^(juni|june|jun)$/, 6],
  [/^(juli|july|jul)$/, 7],
  [/^(august|aug)$/, 8],
  [/^(september|sept|sep)$/, 9],
  [/^(oktober|october|okt|oct)$/, 10],
  [/^(november|nov)$/, 11],
  [/^(dezember|december|dez|dec)$/, 12],
];
/** A month name or abbreviation, captured, with an optional period; shared with the month-only parser. */
export const MONTH_PATTERN =
  '(januar|jänner|jaenner|january|jan|februar|feber|february|feb|märz|maerz|march|mär|mrz|mar|april|apr|mai|may|juni|june|jun|juli|july|jul|august|aug|september|sept|sep|oktober|october|okt|oct|november|nov|dezember|december|dez|dec)(?![a-zäöüß])\\.?';
const YEAR4 = '((?:19|20)\\d{2})(?!\\d)';
const DAY = '(?<![\\d.])(\\d{1,2})';

// "2. Juli 2019", "2 July 2019", "2nd of July, 2019", "3. Mrz. 2020".
const DAY_MONTH_YEAR = new RegExp(
  `${DAY}(?:\\.|st|nd|rd|th)?\\s*(?:of\\s+)?${MONTH_PATTERN},?\\s*${YEAR4}`,
  'gi',
);
// "July 2, 2019", "Jul 2nd 2019".
const MONTH_DAY_YEAR = new RegExp(
  `(?<![a-zäöüß])${MONTH_PATTERN}\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR4}`,
  'gi',
);
// "02.07.2019", "2.7.19", "07/10/2020", "29-10-2021"; two-digit years only with dots or slashes.
const NUMERIC = /(?<![\d.,/-])(\d{1,2})([./-])\s?(\d{1,2})\2\s?((?:19|20)\d{2}|\d{2})(?![\d.,/]\d|\d)/g;
// "2019-07-02", "2019/07/02", "2019.07.02".
const YEAR_FIRST = /(?<![\d.,/-])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/g;

/** A cheap test that a text might hold a complete date, run before any parsing. */
export const DATE_HINT = /(?:19|20)\d{2}(?!\d)|\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2}(?!\d)/;

/**
 * The first complete date (day, month and year written out) in a short text, in the common German and English
 * forms. A tight parser rather than a general one: on a page, anything looser mostly finds phone numbers,
 * version numbers and prices, and it runs on every candidate line of every clipped page.
 */
export function parseWrittenDate(text: string, order: DayOrder, bounds: DayBounds): FoundDate | null {
  if (!DATE_HINT.test(text)) return null;
  let best: FoundDate | null = null;
  const consider = (match: RegExpMatchArray, year: number, month: number, day: number) => {
    const index = match.index ?? 0;
    if (best && best.index <= index) return;
    const found = calendarDay(expandYear(year, bounds), month, day, bounds);
    if (found) best = { day: found, index, end: index + match[0].length };
  };
  for (const match of text.matchAll(DAY_MONTH_YEAR))
    consider(match, Number(match[3]), monthNumber(match[2]), Number(match[1]));
  for (const match of text.matchAll(MONTH_DAY_YEAR))
    consider(match, Number(match[3]), monthNumber(match[1]), Number(match[2]));
  for (const match of text.matchAll(YEAR_FIRST))
    consider(match, Number(match[1]), Number(match[3]), Number(match[4]));
  for (const match of text.matchAll(NUMERIC)) {
    const [first, second] = [Number(match[1]), Number(match[3])];
    const year = match[4] ?? '';
    // A two-digit year after hyphens is more often a part or phone number than a date.
    if (match[2] === '-' && year.length < 4) continue;
    // Dots are day-first everywhere; slashes follow the page's locale.
    const monthFirst = match[2] === '/' && order === 'month-first';
    consider(match, Number(year), monthFirst ? first : second, monthFirst ? second : first);
  }
  return best;
}

export function monthNumber(name: string | undefined): number {
  const key = (name ?? '').toLowerCase().replace(/\.$/, '');
  for (const [pattern, month] of MONTH_NAMES) if (pattern.test(key)) return month;
  return 0;
}
