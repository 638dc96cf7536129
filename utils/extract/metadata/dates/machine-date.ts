import { calendarDay, type CalendarDay, type DayBounds } from './calendar-day';
import { centralEuropeanDay, centralEuropeanOffsetHours } from './central-european-time';
import { parseVisibleDate } from './visible-date';
import { type DayOrder } from './day-order';

/** How to read a machine-readable value (meta content, JSON-LD, `datetime` attribute). */
export interface MachineReading {
  bounds: DayBounds;
  order: DayOrder;
  /** Convert explicit UTC instants to Central European time (see central-european-time.ts). */
  centralEuropean: boolean;
}

// Date first, then an optional time and zone. The written date is the page's local day, so the zone only matters
// when it says UTC and the page is known to show another zone.
const ISO_LIKE =
  /^\s*(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?:[T\s_]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]00:?00|UTC|GMT)?)?/i;
const EPOCH = /^\s*(\d{10}|\d{13})\s*$/;
const RFC_2822 =
  /^\s*(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{2}:\d{2}(?::\d{2})?\s*(?:GMT|UTC|[+-]\d{4})?\s*$/;

export function parseMachineDate(value: unknown, reading: MachineReading): CalendarDay | null {
  if (typeof value === 'number') return fromEpoch(value, reading);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!text || text.length > 80) return null;
  const epoch = EPOCH.exec(text);
  if (epoch?.[1]) return fromEpoch(Number(epoch[1]), reading);
  const iso = ISO_LIKE.exec(text);
  if (iso) return fromIsoMatch(iso, reading);
  if (RFC_2822.test(text)) {
    const instant = Date.parse(text);
    if (!Number.isNaN(instant)) return fromInstant(instant, reading, /(GMT|UTC|\+0000)\s*$/i.test(text));
  }
  // Publishers also put human dates into machine fields ("02.07.2019", "July 2, 2019").
  return parseVisibleDate(text, reading.order, reading.bounds)?.day ?? null;
}

/**
 * The day of a UTC instant that falls exactly on midnight Central European time (`2022-11-06T23:00:00.000Z`):
 * such a value is a date-only field that a CMS stored as local midnight. A server rendering in UTC prints the day
 * before; the reader's browser, and the editor who entered it, see this day. Null for anything else.
 */
export function midnightDay(value: string, reading: MachineReading): CalendarDay | null {
  if (!reading.centralEuropean) return null;
  const match = ISO_LIKE.exec(value);
  if (!match) return null;
  const [, , , , hour, , , utc] = match;
  if (!utc || hour === undefined) return null;
  const instant = isoInstant(match);
  if ((instant + centralEuropeanOffsetHours(instant) * 3600000) % 86400000 !== 0) return null;
  const local = centralEuropeanDay(instant);
  return calendarDay(local.year, local.month, local.day, reading.bounds);
}

/** The UTC instant an ISO-like match with a time of day names. */
function isoInstant(match: RegExpExecArray): number {
  const [, year, month, day, hour, minute, second] = match;
  return Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second ?? 0),
  );
}

function fromIsoMatch(match: RegExpExecArray, reading: MachineReading): CalendarDay | null {
  const [, year, month, day, hour, , , utc] = match;
  if (utc && reading.centralEuropean && hour !== undefined) {
    return fromInstant(isoInstant(match), reading, true);
  }
  // Four digits are the year as written: "0001-01-01" is a placeholder, never 2001 (two-digit years are
  // expanded only where pages print them, in visible dates).
  return calendarDay(Number(year), Number(month), Number(day), reading.bounds);
}

function fromEpoch(value: number, reading: MachineReading): CalendarDay | null {
  const ms = value > 1e11 ? value : value * 1000;
  return fromInstant(ms, reading, true);
}

function fromInstant(instant: number, reading: MachineReading, isUtc: boolean): CalendarDay | null {
  if (isUtc && reading.centralEuropean) {
    const local = centralEuropeanDay(instant);
    return calendarDay(local.year, local.month, local.day, reading.bounds);
  }
  const date = new Date(instant);
  return calendarDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), reading.bounds);
}
