import { boundedText } from './bounded-text';
import { type CalendarDay } from './calendar-day';
import { type MachineReading } from './machine-date';
import { datesInLine } from './visible-date';

/** The days a page labels, anywhere outside comments and teasers, as its publication or its last change. */
export interface LabelledDays {
  /** The only day the page calls its publication date, or null when it names none or several. */
  published: CalendarDay | null;
  /** The only day the page says it was last changed, or null. */
  modified: CalendarDay | null;
}

/**
 * Last resort when nothing near the headline, in structured data or in the URL dates a page: a date the page
 * itself calls its publication date ("Erschienen am: 01.11.2023"), wherever it is printed. Review journals and
 * institutional sites put that line in the page footer, which the main scan skips as a whole. Only the explicit
 * verbs count (not "Datum" or "erstellt", which footers use for the site's own stamps), never inside comments,
 * sidebars or teaser lists, and only when the page names exactly one such day. Wikis and institutional pages
 * give only the day of their last change ("Diese Seite wurde zuletzt am 29. Januar 2020 geändert", "Letzte
 * Änderung: …"), read the same way; "Stand" is left out, since site footers print it for their own imprint.
 */
const STRICT_LABEL =
  /(?<![a-zäöüß])(?:veröffentlicht|veroeffentlicht|erschienen|publiziert|published|first\s+published)\s*(?:am|on|:)?\s*:?\s*$/i;
const MODIFIED_LABEL =
  /(?<![a-zäöüß])(?:zuletzt\s+(?:geändert|aktualisiert|bearbeitet|überarbeitet)|letzte\s+(?:änderung|aktualisierung|bearbeitung|überarbeitung)|aktualisiert|last\s+(?:edited|modified|updated|changed|revised)|updated)\s*(?:am|on|:)?\s*:?\s*$/i;
// "Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert": the verb follows the date.
const MODIFIED_OPENING = /(?<![a-zäöüß])zuletzt\s+am\s*$/i;
const MODIFIED_CLOSING =
  /^[^.!?]{0,30}?(?<![a-zäöüß])(?:geändert|aktualisiert|bearbeitet|überarbeitet)(?![a-zäöüß])/i;
const LABEL_HINT =
  /veröffentlicht|veroeffentlicht|erschienen|publiziert|published|zuletzt|letzte|aktualisiert|last|updated/i;
const FOREIGN_ZONE =
  /(?:^|[-_\s])(comments?|kommentare?|respond|replies|disqus|sidebar|related|teasers?|recommend\w*|empfehlung\w*|more-?articles|weitere\w*)(?=$|[-_\s])/i;
const FOREIGN_TAGS = new Set([
  'ASIDE',
  'NAV',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SELECT',
  'TEXTAREA',
]);
const NODE_BUDGET = 20_000;
const LINE_LIMIT = 160;
// The label sits right before its date: "Erschienen am: " and a space or two.
const LABEL_REACH = 40;

export function labelledDaysAnywhere(body: Element, reading: MachineReading): LabelledDays {
  const published = new Set<CalendarDay>();
  const modified = new Set<CalendarDay>();
  let visited = 0;
  const visit = (parent: Element): boolean => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (++visited > NODE_BUDGET) return false;
      if (node.nodeType === 1) {
        const element = node as Element;
        if (FOREIGN_TAGS.has(element.tagName.toUpperCase())) continue;
        const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
        if (FOREIGN_ZONE.test(names)) continue;
        if (!visit(element)) return false;
      } else if (node.nodeType === 3 && LABEL_HINT.test(node.nodeValue ?? '')) {
        const line = node.parentElement ? boundedText(node.parentElement, LINE_LIMIT) : null;
        if (line) readLine(line, reading, published, modified);
      }
    }
    return true;
  };
  visit(body);
  return { published: onlyDay(published), modified: onlyDay(modified) };
}

function readLine(
  line: string,
  reading: MachineReading,
  published: Set<CalendarDay>,
  modified: Set<CalendarDay>,
): void {
  for (const { day, index, end } of datesInLine(line, reading.order, reading.bounds)) {
    const before = line.slice(Math.max(0, index - LABEL_REACH), index);
    if (STRICT_LABEL.test(before)) published.add(day);
    else if (
      MODIFIED_LABEL.test(before) ||
      (MODIFIED_OPENING.test(before) && MODIFIED_CLOSING.test(line.slice(end)))
    )
      modified.add(day);
  }
}

function onlyDay(days: Set<CalendarDay>): CalendarDay | null {
  return days.size === 1 ? ([...days][0] ?? null) : null;
}
