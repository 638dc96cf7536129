/**
 * Bylines without any markup: a line "Von: Christian Müller", "Text: Anna Schmidt" or
 * "Veröffentlicht am 3. März 2021 von Prof. Dr. Anna Schmidt". Only short lines count, so prose that happens to
 * contain "von" never yields an author.
 */
import { namesFromByline } from './byline-text';
import { articleContainer, inNonArticleZone, spacedText, type PageFrame } from './page-zones';

/** A text node that opens a byline, or ends with the "von"/"by" that precedes a linked name. */
const OPENS_BYLINE =
  /^\s*(?:(?:geschrieben|verfasst|erstellt|veröffentlicht|posted|written|published)\b[^.!?]{0,60}?\s)?(?:von|by|autor(?:in|en)?|verfasser(?:in)?|text|interview|author)\s*(?::|\s|$)|\s(?:von|by)\s*:?\s*$/i;
/** "Ein Beitrag von", "Posted on 3 March 2021 by": a short or dated lead-in, not prose ending in "… Bilder von". */
const SHORT_LEAD_IN = /^\s*(?:\S+\s+){0,3}(?:von|by)\s*:?\s*$|\d.*\s(?:von|by)\s*:?\s*$/i;
const INLINE = new Set([
  'A',
  'SPAN',
  'STRONG',
  'B',
  'EM',
  'I',
  'SMALL',
  'TIME',
  'ABBR',
  'FONT',
  'U',
  'SUB',
  'SUP',
  'MARK',
  'CITE',
]);
const MAX_LINE = 160;
const MAX_TEXT_NODES = 20_000;

export function bylineLineAuthors(doc: Document, { headline, scope }: PageFrame): string[] {
  const root = doc.body;
  if (!root) return [];
  // 4 = NodeFilter.SHOW_TEXT; the global is missing in workers and some test environments.
  const walker = doc.createTreeWalker(root, 4);
  let fallback: string[] = [];
  for (let i = 0, node = walker.nextNode(); node && i < MAX_TEXT_NODES; i++, node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length > MAX_LINE || !OPENS_BYLINE.test(value)) continue;
    if (/\s(?:von|by)\s*:?\s*$/i.test(value) && !SHORT_LEAD_IN.test(value)) continue;
    const line = lineOf(node.parentElement) ?? brDelimitedBlock(node);
    if (!line || inNonArticleZone(line, headline)) continue;
    const names = namesOnLine(node, line);
    if (!names.length) continue;
    const container = articleContainer(line);
    if (!scope || scope.contains(line) || (container === null && !fallback.length)) {
      if (!scope || scope.contains(line)) return names;
      fallback = names;
    }
  }
  return fallback;
}

/**
 * The names on the byline's own line. A short block may still hold several lines: "Von <b>A</b> und <b>B</b><br>
 * Kakuma/Kenia" ends at the <br>, or the place joins the last name.
 */
function namesOnLine(node: Node, line: Element): string[] {
  if (line !== node.parentElement) return namesFromLine(line);
  if (!lineOf(line)) return namesFromByline(brLine(node));
  const ownLine = line.getElementsByTagName('br').length ? namesFromByline(brLine(node)) : [];
  return ownLine.length ? ownLine : namesFromLine(line);
}

/** A long block whose lines are separated by `<br>` ("Quelle: …<br><br>Autor: <a>…</a> Sebastian Einbock"). */
function brDelimitedBlock(node: Node): Element | null {
  const parent = node.parentElement;
  return parent && parent.getElementsByTagName('br').length ? parent : null;
}

/** The text from this node up to the next `<br>`: one visual line of a `<br>`-separated block. */
function brLine(node: Node): string {
  let text = node.nodeValue ?? '';
  for (let next = node.nextSibling; next && text.length < MAX_LINE; next = next.nextSibling) {
    if (next.nodeType === 1 && (next as Element).tagName.toUpperCase() === 'BR') break;
    text += ` ${next.nodeType === 1 ? spacedText(next as Element, MAX_LINE) : (next.nodeValue ?? '')}`;
  }
  return text;
}

/** A label alone on its line ("<h5>Autor:</h5> Peter Maahn"): the name is what follows it. */
const LABEL_ONLY = /^(?:von|by|autor(?:in|en|[*:_]in)?|verfasser(?:in)?|text|interview|author)\s*:?$/i;

function namesFromLine(line: Element): string[] {
  const text = spacedText(line, MAX_LINE + 40);
  if (!LABEL_ONLY.test(text)) return namesFromByline(text);
  let following = '';
  for (let next = line.nextSibling; next && following.length < MAX_LINE; next = next.nextSibling) {
    if (next.nodeType === 3) following += next.nodeValue ?? '';
    else if (next.nodeType === 1) {
      const el = next as Element;
      if (el.tagName.toUpperCase() === 'BR' && following.trim()) break;
      following += ` ${spacedText(el, MAX_LINE)} `;
      if (!INLINE.has(el.tagName.toUpperCase())) break;
    }
  }
  return namesFromByline(`${text} ${following}`);
}

/**
 * The block around an inline run of text: the "line" a reader sees. When that block is a long teaser text, the
 * inline element itself ("<span>von Andreas Kürten</span> New York ist …"); null when neither is short.
 */
function lineOf(el: Element | null): Element | null {
  let node = el;
  let outerInline: Element | null = null;
  while (node && INLINE.has(node.tagName.toUpperCase()) && node.parentElement) {
    outerInline = node;
    node = node.parentElement;
  }
  if (!node) return null;
  if ((node.textContent ?? '').length <= MAX_LINE * 2) return node;
  return outerInline && (outerInline.textContent ?? '').length <= MAX_LINE ? outerInline : null;
}
