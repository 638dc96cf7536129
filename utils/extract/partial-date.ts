/**
 * Dates as precise as the page states them: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. A citation must never show a day
 * the page did not give, so every consumer (storage, exports, the panel) reads dates through these functions
 * instead of `new Date(…)`, which would pad "2021-06" to the 1st.
 */
export type DatePrecision = 'day' | 'month' | 'year';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** Parses `YYYY[-MM[-DD]]`; null for anything else or an impossible month or day. */
export function parsePartialDate(value: string | null | undefined): PartialDate | null {
  const match = PARTIAL_DATE.exec(value ?? '');
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function datePrecision(value: string | null | undefined): DatePrecision | null {
  const date = parsePartialDate(value);
  if (!date) return null;
  return date.day !== undefined ? 'day' : date.month !== undefined ? 'month' : 'year';
}

/** CSL `date-parts` of length 1–3. */
export function dateParts(value: string | null | undefined): number[] | null {
  const date = parsePartialDate(value);
  if (!date) return null;
  return [date.year, date.month, date.day].filter((part): part is number => part !== undefined);
}

export function formatPartialDate(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  let text = String(date.year).padStart(4, '0');
  if (date.month !== undefined) text += `-${pad(date.month)}`;
  if (date.month !== undefined && date.day !== undefined) text += `-${pad(date.day)}`;
  return text;
}

/** The year of a partial date, for the library's year filter. */
export function partialDateYear(value: string | null | undefined): number | null {
  return parsePartialDate(value)?.year ?? null;
}

/** Days in a month of the proleptic Gregorian calendar (28 to 31). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
