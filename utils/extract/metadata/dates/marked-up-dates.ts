import { type CalendarDay } from './calendar-day';
import { MODIFIED_CONTAINER } from './date-labels';
import { parseMachineDate, type MachineReading } from './machine-date';
import { type PageScan } from './page-scan';
import { namesOf } from './visible-candidates';
import { parseVisibleDate } from './visible-date';

export interface MarkedUpDates {
  /** From microdata `itemprop="datePublished"` (also dateCreated) outside comments and sidebars. */
  microdataPublished: CalendarDay | null;
  microdataModified: CalendarDay | null;
  /** From the first `<time>` that is not a modification date, outside comments and sidebars. */
  timePublished: CalendarDay | null;
  timeModified: CalendarDay | null;
  /** Distinct publication days in markup: a blog listing dates every teaser, an article only itself. */
  publishedDays: ReadonlySet<CalendarDay>;
}

// Comments, reviews and events carry their own microdata dates.
const FOREIGN_SCOPE = /schema\.org\/(Comment|UserComments|Review|Event|Offer|Person|Question|Answer)/i;

/** Dates given in markup: microdata properties and `<time>` elements, read from their machine values. */
export function markedUpDates(scan: PageScan, reading: MachineReading): MarkedUpDates {
  const days = new Set<CalendarDay>();
  const result: MarkedUpDates = {
    microdataPublished: null,
    microdataModified: null,
    timePublished: null,
    timeModified: null,
    publishedDays: days,
  };
  for (const element of scan.microdata) {
    const prop = (element.getAttribute('itemprop') ?? '').toLowerCase();
    const isPublished = /\b(datepublished|datecreated)\b/.test(prop);
    const isModified = /\bdatemodified\b/.test(prop);
    if ((!isPublished && !isModified) || inForeignScope(element)) continue;
    const day = valueOf(element, reading);
    if (isPublished && day) days.add(day);
    if (isPublished) result.microdataPublished ??= day;
    else result.microdataModified ??= day;
  }
  for (const time of scan.times) {
    if (inForeignScope(time)) continue;
    const day = valueOf(time, reading);
    if (!day) continue;
    if (isModifiedTime(time)) result.timeModified ??= day;
    else {
      result.timePublished ??= day;
      days.add(day);
    }
  }
  return result;
}

function valueOf(element: Element, reading: MachineReading): CalendarDay | null {
  const machine = element.getAttribute('datetime') ?? element.getAttribute('content');
  const fromMachine = machine ? parseMachineDate(machine, reading) : null;
  if (fromMachine) return fromMachine;
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text && text.length < 120
    ? (parseVisibleDate(text, reading.order, reading.bounds)?.day ?? null)
    : null;
}

function isModifiedTime(time: Element): boolean {
  if (MODIFIED_CONTAINER.test(namesOf(time))) return true;
  const parent = time.parentElement;
  return parent !== null && MODIFIED_CONTAINER.test(namesOf(parent));
}

function inForeignScope(element: Element): boolean {
  // The nearest item scope decides whose date it is; `closest()` with a selector is slow in jsdom.
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (node.hasAttribute('itemscope')) return FOREIGN_SCOPE.test(node.getAttribute('itemtype') ?? '');
  }
  return false;
}
