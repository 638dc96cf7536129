import { daysInMonth } from '../../partial-date';

/** A publication day as `YYYY-MM-DD`. */
export type CalendarDay = string;

/**
 * Bounds for a plausible publication day. The web had hardly any dated articles before 1995, and a "future"
 * date beyond tomorrow is an event date, a placeholder or a clock error; tomorrow itself is allowed because a
 * page written east of the reader can already carry the next day.
 */
export interface DayBounds {
  earliest: CalendarDay;
  latest: CalendarDay;
}

export function defaultBounds(now: Date = new Date()): DayBounds {
  const tomorrow = new Date(now.getTime() + 24 * 3600 * 1000);
  return {
    earliest: '1995-01-01',
    latest: formatDay(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth() + 1, tomorrow.getUTCDate()),
  };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function formatDay(year: number, month: number, day: number): CalendarDay {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The day, or null when it does not exist (31 June) or lies outside the plausible range. */
export function calendarDay(year: number, month: number, day: number, bounds: DayBounds): CalendarDay | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const formatted = formatDay(year, month, day);
  return formatted >= bounds.earliest && formatted <= bounds.latest ? formatted : null;
}

/** Two-digit years on pages ("02.07.19") mean this century unless that would lie in the future. */
export function expandYear(year: number, bounds: DayBounds): number {
  if (year >= 100) return year;
  const latestYear = Number(bounds.latest.slice(0, 4));
  return 2000 + year <= latestYear ? 2000 + year : 1900 + year;
}

/** Days between two calendar days (b - a). */
export function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}
