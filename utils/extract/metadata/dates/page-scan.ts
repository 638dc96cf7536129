import { isNoise } from './noise-zones';
import { DATE_HINT } from './written-date';

/** What one bounded pass over the page yields for dating it. */
export interface PageScan {
  /** The article's headline: the first `<h1>` outside noise zones (or an `itemprop="headline"` element). */
  headline: Element | null;
  /** `<time>` elements outside noise zones, in document order. */
  times: Element[];
  /** Elements with a date `itemprop` (published, created, modified) outside noise zones. */
  microdata: Element[];
}

/** Reads one text node that may hold a date; says whether it did. `afterHeadline` is false without one. */
export type DatedTextReader = (node: Text, afterHeadline: boolean) => boolean;

// An article's own date sits near its top; a long page holds hundreds of dated strings further down (archives,
// teasers, footnotes), and reading them costs time and only adds wrong answers.
const MAX_DATED_LINES = 40;
const MAX_AFTER_HEADLINE = 24;
// Hard stops for pathological pages (huge unmarked menus, year archives, tables of numbers) so the pass stays
// in the millisecond range on any page. Framework pages (custom elements, icon wrappers) put the article's date
// past 4,000 nodes, hence 8,000.
const MAX_TESTED_TEXTS = 300;
const NODE_BUDGET = 8000;
// Past the headline, the byline comes within a few hundred nodes; the rest is the article body.
const NODES_AFTER_HEADLINE = 1000;
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SVG',
  'IFRAME',
  'SELECT',
]);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DATE_PROPS = /\b(datepublished|datecreated|datemodified)\b/i;

/**
 * Walks the page once in document order, skipping noise zones (comments, sidebars, navigation, related posts)
 * as whole subtrees, so their dates are never even looked at, and stops once enough dated text has been read.
 */
export function scanPage(body: Element, readText: DatedTextReader): PageScan {
  const scan: PageScan = { headline: null, times: [], microdata: [] };
  const budget = { visited: 0, tested: 0, dated: 0, datedAfter: 0, atHeadline: 0 };
  // Plain recursion over child links: jsdom's TreeWalker with a filter costs several times more per node.
  const visit = (parent: Node): boolean => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (++budget.visited > NODE_BUDGET) return false;
      if (scan.headline && budget.visited - budget.atHeadline > NODES_AFTER_HEADLINE) return false;
      if (node.nodeType === ELEMENT_NODE) {
        const element = node as Element;
        if (isSkipped(element, scan)) continue;
        const hadHeadline = scan.headline !== null;
        noteElement(element, scan);
        if (!hadHeadline && scan.headline) budget.atHeadline = budget.visited;
        if (!visit(element)) return false;
      } else if (node.nodeType === TEXT_NODE && !readIfDated(node as Text)) return false;
    }
    return true;
  };
  const readIfDated = (node: Text): boolean => {
    const text = node.nodeValue ?? '';
    if (text.length < 4 || text.length > 2000 || !DATE_HINT.test(text)) return true;
    if (++budget.tested > MAX_TESTED_TEXTS) return false;
    if (!readText(node, scan.headline !== null)) return true;
    budget.dated++;
    if (scan.headline) budget.datedAfter++;
    return budget.dated < MAX_DATED_LINES && budget.datedAfter < MAX_AFTER_HEADLINE;
  };
  visit(body);
  return scan;
}

function isSkipped(element: Element, scan: PageScan): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (!isNoise(element)) return false;
  // Themes put words such as "ads" or "with-navigation" on wrappers around the whole page; a zone that holds
  // the headline is the page, not noise.
  return scan.headline !== null || element.getElementsByTagName('h1').length === 0;
}

function noteElement(element: Element, scan: PageScan): void {
  const tag = element.tagName.toUpperCase();
  if (tag === 'TIME') scan.times.push(element);
  else if (tag === 'H1' && !scan.headline) scan.headline = element;
  const prop = element.getAttribute('itemprop');
  if (!prop) return;
  if (DATE_PROPS.test(prop)) scan.microdata.push(element);
  else if (!scan.headline && tag !== 'META' && /\bheadline\b/i.test(prop)) scan.headline = element;
}
