import { elementsByTag } from '../elements-by-tag';
/**
 * The attribution line of a quote — "— Anna Müller, Sozialarbeiterin", `<cite>`, a `<footer>` inside a
 * `<blockquote>`, the `<figcaption>` of a quote figure, a "quote-author" line right after the quote — belongs to
 * the text: a quote without its speaker cannot be cited. Its markup looks like furniture (a footer, an "author"
 * class, a short capitalised line) so the clutter rules must leave it alone. Only quotes of quote size count:
 * some sites put a whole press release, author box and all, in one `<blockquote>`.
 */
const ATTRIBUTION_LIMIT = 200;
const QUOTE_LIMIT = 2000;
const QUOTE_NAMES =
  /(?:^|[\s_-])(?:quote|quotes|zitat|zitate|cite|citation|pullquote|blockquote|testimonial)(?:$|[\s_-])/i;
/** "— Anna Müller", "– Prof. Anna Müller, HAW", "~ Name": a dash, then a capitalised name. */
const DASH_LINE = /^[—–―~-]{1,2}\s*\p{Lu}/u;
/** What Readability takes for the article's byline (and removes): its own pattern, plus rel/itemprop author. */
const BYLINE_MARKUP = /byline|author|dateline|writtenby|p-author/i;

export function isQuoteAttribution(el: Element, textLength: number): boolean {
  if (textLength === 0 || textLength > ATTRIBUTION_LIMIT || isLinkOnly(el)) return false;
  const text = (el.textContent ?? '').trim();
  // "quote-author", "zitat__quelle": the element says what it is.
  if (namedAsQuote(el)) return true;
  const quote = quoteAround(el);
  if (quote) {
    if (el.closest('footer, cite, figcaption') && quote.contains(el.closest('footer, cite, figcaption')))
      return true;
    return (
      isLastIn(el, quote) && (DASH_LINE.test(text) || BYLINE_MARKUP.test(markupOf(el)) || el.tagName === 'P')
    );
  }
  // "<blockquote>…</blockquote><p>— Anna Müller, Sozialarbeiterin</p>"
  return el.previousElementSibling?.tagName === 'BLOCKQUOTE' && DASH_LINE.test(text);
}

/** The quote the element sits in: a `<blockquote>`, `<q>`, a quote figure or a box named as a quote. */
function quoteAround(el: Element): Element | null {
  const figure = el.closest('figure');
  const candidates = [
    el.closest('blockquote, q'),
    figure?.querySelector('blockquote') ? figure : null,
    namedAncestor(el),
  ];
  for (const quote of candidates) {
    if (quote && (quote.textContent ?? '').length <= QUOTE_LIMIT) return quote;
  }
  return null;
}

function namedAsQuote(el: Element): boolean {
  return QUOTE_NAMES.test(markupOf(el)) && !el.querySelector('blockquote, p');
}

function namedAncestor(el: Element): Element | null {
  let node = el.parentElement;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    if (QUOTE_NAMES.test(markupOf(node))) return node;
  }
  return null;
}

/** Nothing with text follows the element inside the quote: attributions close a quote. */
function isLastIn(el: Element, quote: Element): boolean {
  for (let node: Element | null = el; node && node !== quote; node = node.parentElement) {
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) {
      if ((next.textContent ?? '').trim()) return false;
    }
  }
  return true;
}

/** A related-post embed (`<blockquote class="wp-embedded-content"><a>Titel</a>`) is a link, not a speaker. */
function isLinkOnly(el: Element): boolean {
  const links = el.getElementsByTagName('a');
  if (links.length === 0) return false;
  let linked = 0;
  for (const link of Array.from(links)) linked += (link.textContent ?? '').trim().length;
  return linked >= (el.textContent ?? '').trim().length;
}

function markupOf(el: Element): string {
  return ['class', 'id', 'rel', 'itemprop'].map((name) => el.getAttribute(name) ?? '').join(' ');
}

/**
 * Readability removes every `<footer>` and the first element that looks like a byline, which is where quote
 * attributions live; before it runs, such an attribution becomes a plain paragraph without byline markup.
 */
export function preserveQuoteAttributions(root: Element): void {
  const doc = root.ownerDocument;
  // No `:has()`: Firefox ESR 115 does not know it.
  for (const footer of Array.from(root.querySelectorAll('blockquote footer, figure figcaption footer'))) {
    const quote = quoteAround(footer);
    if (!quote || (footer.textContent ?? '').length > ATTRIBUTION_LIMIT) continue;
    const p = doc.createElement('p');
    while (footer.firstChild) p.appendChild(footer.firstChild);
    footer.replaceWith(p);
  }
  // One pass: byline-like markup first (cheap), then whether the element sits in or right after a quote, and
  // only then the text checks. Descendant selectors with case-insensitive attribute matches cost a tenth of the
  // whole extraction in jsdom, and text lengths of big "author" containers as much again.
  for (const el of elementsByTag(root, '*')) {
    if (!BYLINE_MARKUP.test(markupOf(el)) || !nearQuote(el)) continue;
    if (!isQuoteAttribution(el, (el.textContent ?? '').length)) continue;
    for (const name of ['class', 'id', 'rel', 'itemprop']) el.removeAttribute(name);
  }
}

/** Inside a `<blockquote>`, `<q>`, a figure or a box whose class names a quote, named as a quote, or right after one. */
function nearQuote(el: Element): boolean {
  if (QUOTE_NAMES.test(markupOf(el)) || el.previousElementSibling?.tagName === 'BLOCKQUOTE') return true;
  for (let node = el.parentElement; node; node = node.parentElement) {
    if (node.tagName === 'BLOCKQUOTE' || node.tagName === 'Q' || node.tagName === 'FIGURE') return true;
    if (/quote|zitat/i.test(node.getAttribute('class') ?? '')) return true;
  }
  return false;
}
