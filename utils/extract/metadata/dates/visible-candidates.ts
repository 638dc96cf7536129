import { boundedText } from './bounded-text';
import { type CalendarDay } from './calendar-day';
import { DATE_CONTAINER, labelBefore, MODIFIED_CONTAINER, type LabelKind } from './date-labels';
import { type MachineReading } from './machine-date';
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
}

const CONTEXT_LIMIT = 160;

/**
 * Collects the visible dates of a page as the scan meets its text nodes: each node is widened to its short
 * line, so a label in a sibling ("Veröffentlicht am" <span>02.07.2019</span>) is read with it.
 */
export class VisibleDateReader {
  readonly dates: VisibleDate[] = [];
  private readonly seen = new Set<Element>();
  private lines = 0;

  constructor(private readonly reading: MachineReading) {}

  read = (node: Text, afterHeadline: boolean): boolean => {
    const parent = node.parentElement;
    if (!parent) return false;
    const element = widen(parent);
    if (this.seen.has(element)) return false;
    this.seen.add(element);
    const context = boundedText(element, CONTEXT_LIMIT) ?? normalise(node.nodeValue ?? '');
    const found = datesInLine(context, this.reading.order, this.reading.bounds);
    if (found.length === 0) return false;
    const inDateContainer = hasAncestor(parent, 4, isDateContainer);
    const modifiedContainer = hasAncestor(parent, 3, (el) => MODIFIED_CONTAINER.test(namesOf(el)));
    const line = this.lines;
    for (const { day, index } of found) {
      const label = labelBefore(context, index)?.kind ?? null;
      this.dates.push({ day, label, inDateContainer, modifiedContainer, afterHeadline, line });
    }
    this.lines++;
    return true;
  };

  /** The dates with lines counted from the headline: the first line after it is 0, a dateline above it -1. */
  finish(hasHeadline: boolean): VisibleDate[] {
    const firstAfter = this.dates.find((date) => date.afterHeadline)?.line ?? this.lines;
    if (hasHeadline) for (const date of this.dates) date.line -= firstAfter;
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
