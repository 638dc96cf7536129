import { boundedText } from './bounded-text';
import { type CalendarDay } from './calendar-day';
import { type MachineReading } from './machine-date';
import { datesInLine } from './visible-date';

/**
 * Last resort when nothing near the headline, in structured data or in the URL dates a page: a date the page
 * itself calls its publication date ("Erschienen am: 01.11.2023"), wherever it is printed. Review journals and
 * institutional sites put that line in the page footer, which the main scan skips as a whole. Only the explicit
 * verbs count (not "Datum" or "erstellt", which footers use for the site's own stamps), never inside comments,
 * sidebars or teaser lists, and only when the page names exactly one such day.
 */
const STRICT_LABEL =
  /(?<![a-zäöüß])(?:veröffentlicht|veroeffentlicht|erschienen|publiziert|published|first\s+published)\s*(?:am|on|:)?\s*:?\s*$/i;
const LABEL_HINT = /veröffentlicht|veroeffentlicht|erschienen|publiziert|published/i;
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

export function labelledDateAnywhere(body: Element, reading: MachineReading): CalendarDay | null {
  const days = new Set<CalendarDay>();
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
        if (line) for (const day of labelledDays(line, reading)) days.add(day);
      }
    }
    return true;
  };
  visit(body);
  return days.size === 1 ? ([...days][0] ?? null) : null;
}

function labelledDays(line: string, reading: MachineReading): CalendarDay[] {
  return datesInLine(line, reading.order, reading.bounds)
    .filter(({ index }) => STRICT_LABEL.test(line.slice(Math.max(0, index - LABEL_REACH), index)))
    .map(({ day }) => day);
}
