import { boundedText } from './bounded-text';
import { daysBetween, type CalendarDay } from './calendar-day';
import { DATE_CONTAINER, eventAround, labelBefore, MODIFIED_CONTAINER, type LabelKind } from './date-labels';
import { midnightDay, type MachineReading } from './machine-date';
import { parseMonthOnly, parseYearOnly } from './partial-written-date';
import { datesInLine } from './visible-date';

/** A date written in the page's visible text, outside comments, sidebars and footers. */
export interface VisibleDate {
  day: CalendarDay;
  label: LabelKind | null;
  /** Inside a `<time>` or an element whose class, id or itemprop names a date, byline or meta line. */
  inDateContainer: boolean;
  modifiedContainer: boolean;
  afterHeadline: boolean;
  /** Position among the page's dated lines, counted from the headline (negative before it). */
  line: number;
  /** Inside running text (a long paragraph, not at its start): a date the text talks about. */
  inProse: boolean;
  /** Part of a date range or an event sentence ("15.–17. März", "Am 3. Mai findet … statt"). */
  eventContext: boolean;
}

/** A date line that gives only a month or a year ("Juni 2021", "Ausgabe 06/2021", "Veröffentlicht: 2021"). */
export interface PartialVisibleDate {
  value: string;
  label: LabelKind | null;
  afterHeadline: boolean;
  line: number;
}

const CONTEXT_LIMIT = 160;
// A dateline may open a paragraph ("Berlin, 02.07.2019 – Die Stadt …"); further into it a date is the text's.
const PROSE_OPENING = 40;
// A month-only date line is short; a longer text naming a month is running text ("Im Juni 2021 begann …").
const PARTIAL_LINE_LIMIT = 60;

/**
 * Collects the visible dates of a page as the scan meets its text nodes: each node is widened to its short
 * line, so a label in a sibling ("Veröffentlicht am" <span>02.07.2019</span>) is read with it.
 */
export class VisibleDateReader {
  readonly dates: VisibleDate[] = [];
  readonly partial: PartialVisibleDate[] = [];
  private readonly seen = new Set<Element>();
  private lines = 0;

  constructor(private readonly reading: MachineReading) {}

  read = (node: Text, afterHeadline: boolean): boolean => {
    const parent = node.parentElement;
    if (!parent) return false;
    const element = widen(parent);
    if (this.seen.has(element)) return false;
    this.seen.add(element);
    const bounded = boundedText(element, CONTEXT_LIMIT);
    const context = bounded ?? normalise(node.nodeValue ?? '');
    const found = datesInLine(context, this.reading.order, this.reading.bounds);
    const inDateContainer = hasAncestor(parent, 4, isDateContainer);
    if (found.length === 0) {
      this.readPartial(context, inDateContainer, afterHeadline);
      return false;
    }
    const modifiedContainer = hasAncestor(parent, 3, (el) => MODIFIED_CONTAINER.test(namesOf(el)));
    const long = bounded === null && context.length > CONTEXT_LIMIT;
    const inTitle = hasAncestor(parent, TITLE_DEPTH, isTitleHeading) && isTitleProse(node, this.reading);
    const dateOnly = this.dateOnlyValue(parent);
    const line = this.lines;
    let kept = 0;
    for (const { day, index, end } of found) {
      const label = labelBefore(context, index)?.kind ?? null;
      // A date in the title names what the text is about ("Sitzung vom 10. Oktober 2019"), unless the title
      // says it is the page's own ("Pressemitteilung vom …").
      if (inTitle && label !== 'published') continue;
      kept++;
      const eventContext = label === null && eventAround(context, index, end);
      const inProse = long && index > PROSE_OPENING;
      this.dates.push({
        day: dateOnly !== null && daysBetween(day, dateOnly) === 1 ? dateOnly : day,
        label,
        inDateContainer,
        modifiedContainer,
        afterHeadline,
        line,
        inProse,
        eventContext,
      });
    }
    if (kept === 0) return false;
    this.lines++;
    return true;
  };

  /**
   * The day of a `<time>` whose machine value is a date-only field stored as Central European midnight: its
   * text, printed by a server in UTC, shows the day before, which the reader's browser corrects on loading.
   */
  private dateOnlyValue(parent: Element): CalendarDay | null {
    for (
      let node: Element | null = parent, level = 0;
      node && level < 3;
      node = node.parentElement, level++
    ) {
      if (node.tagName.toUpperCase() !== 'TIME') continue;
      const machine = node.getAttribute('datetime');
      return machine ? midnightDay(machine, this.reading) : null;
    }
    return null;
  }

  /** A month-only date in a short date line, or a lone year right behind a publication label. */
  private readPartial(context: string, inDateContainer: boolean, afterHeadline: boolean): void {
    if (context.length > PARTIAL_LINE_LIMIT) return;
    const { bounds } = this.reading;
    const month = parseMonthOnly(context, bounds);
    const found = month ?? parseYearOnly(context, bounds);
    if (!found) return;
    const label = labelBefore(context, found.index)?.kind ?? null;
    if (label === 'event' || label === 'modified') return;
    const trusted = month ? label !== null || inDateContainer : label === 'published';
    if (trusted) this.partial.push({ value: found.value, label, afterHeadline, line: this.lines });
  }

  /** The dates with lines counted from the headline: the first line after it is 0, a dateline above it -1. */
  finish(hasHeadline: boolean): VisibleDate[] {
    const firstAfter = this.dates.find((date) => date.afterHeadline)?.line ?? this.lines;
    if (!hasHeadline) return this.dates;
    for (const date of this.dates) date.line -= firstAfter;
    const partialFirst = this.partial.find((date) => date.afterHeadline)?.line ?? firstAfter;
    for (const date of this.partial) date.line -= Math.min(firstAfter, partialFirst);
    return this.dates;
  }
}

/** Climbs to the largest ancestor that is still a short line, so "Veröffentlicht am" in a sibling span is seen. */
function widen(element: Element): Element {
  let current = element;
  for (let level = 0; level < 3; level++) {
    const parent = current.parentElement;
    if (!parent || /^(BODY|HTML|ARTICLE|MAIN)$/i.test(parent.tagName)) break;
    if (boundedText(parent, CONTEXT_LIMIT) === null) break;
    current = parent;
  }
  return current;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const TITLE_DEPTH = 3;
// Words a dateline holds besides its date ("Mittwoch, 02.02.2022, 14:30 Uhr").
const DATELINE_WORDS =
  /^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|uhr|am|um|vom|den|von|der|on|at|the)$/i;

/**
 * Whether the date's own text in a title heading is part of the title's wording ("Sitzung vom 10. Oktober 2019")
 * rather than a dateline set into the heading (`<h1><span class="date">27.01.2022</span>Titel</h1>`, `<h1>Titel
 * <small>02.02.2022 • Redaktion</small></h1>`).
 */
function isTitleProse(node: Text, reading: MachineReading): boolean {
  let text = normalise(node.nodeValue ?? '');
  for (const { index, end } of datesInLine(text, reading.order, reading.bounds).reverse())
    text = `${text.slice(0, index)} ${text.slice(end)}`;
  const words = text.match(/[a-zäöüß]{3,}/gi) ?? [];
  return words.some((word) => !DATELINE_WORDS.test(word));
}

function isTitleHeading(element: Element): boolean {
  return element.tagName.toUpperCase() === 'H1';
}

function isDateContainer(element: Element): boolean {
  return element.tagName.toUpperCase() === 'TIME' || DATE_CONTAINER.test(namesOf(element));
}

function hasAncestor(element: Element, levels: number, test: (node: Element) => boolean): boolean {
  let node: Element | null = element;
  for (let level = 0; node && level < levels; level++, node = node.parentElement) {
    if (/^(BODY|HTML)$/i.test(node.tagName)) return false;
    if (test(node)) return true;
  }
  return false;
}

export function namesOf(element: Element): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''} ${element.getAttribute('itemprop') ?? ''}`;
}
