import type { ReaderableReason } from './types';

export interface ReaderableVerdict {
  readerable: boolean;
  reason: ReaderableReason;
}

/**
 * A teaser: a heading whose words are (mostly) one link to another page. Article subheadings are not links; on
 * a blog list or topic page every entry starts with one.
 */
const TEASER_HEADINGS = 'h2, h3, h4';
const POST_PROP = /^(?:blogPost|itemListElement)$/;
const POST_TYPE = /schema\.org\/(?:BlogPosting|NewsArticle|Article)/;
/** Fewer teasers than this is a related-posts strip under an article, not a listing. */
const MIN_TEASERS = 3;
/** A run of sibling paragraphs this long is an article body; teasers are a sentence or two each. */
const ARTICLE_RUN_CHARS = 1200;
/** Share of the cleaned page's text the teasers must hold. */
const CARD_SHARE = 0.5;
const MAX_CARD_CHARS = 1500;

/**
 * Whether the (cleaned, pre-Readability) page is a listing of teasers rather than one article: several linked
 * headings or marked-up posts, and no run of sibling paragraphs long enough to be an article of its own.
 */
export function looksLikeListing(doc: Document): boolean {
  const body = doc.body;
  if (!body) return false;
  const headings = teaserHeadings(body);
  const posts = postItems(body);
  const cards = posts.length >= MIN_TEASERS ? posts : teaserCards(headings);
  if (cards.length < MIN_TEASERS) return false;
  // News pages surround the article with teaser strips; on a listing the teasers are the page.
  const cardText = cards.reduce((sum, card) => sum + textLength(card), 0);
  if (cardText < textLength(body) * CARD_SHARE) return false;
  return longestParagraphRun(body) < ARTICLE_RUN_CHARS;
}

/**
 * Marked-up posts. Filtered here rather than by a selector with substring matches, which jsdom (the CLI and the
 * benchmark) evaluates several times slower than a plain attribute test.
 */
function postItems(root: Element): Element[] {
  return Array.from(root.querySelectorAll('[itemprop], [itemtype]')).filter(
    (el) =>
      POST_PROP.test(el.getAttribute('itemprop') ?? '') || POST_TYPE.test(el.getAttribute('itemtype') ?? ''),
  );
}

/** Each teaser heading's card: its ancestors up to (not including) one that holds another teaser too. */
function teaserCards(headings: Element[]): Element[] {
  const counts = new Map<Element, number>();
  for (const heading of headings) {
    for (let el = heading.parentElement; el; el = el.parentElement) counts.set(el, (counts.get(el) ?? 0) + 1);
  }
  const cards: Element[] = [];
  for (const heading of headings) {
    let card = heading;
    while (card.parentElement && counts.get(card.parentElement) === 1) card = card.parentElement;
    // A "card" that swallowed a whole article is not a teaser.
    if (textLength(card) <= MAX_CARD_CHARS) cards.push(card);
  }
  return cards;
}

/** Headings that link elsewhere: the first line of each teaser on a listing. */
export function teaserHeadings(root: Element): Element[] {
  const found: Element[] = [];
  for (const heading of Array.from(root.querySelectorAll(TEASER_HEADINGS))) {
    const text = textLength(heading);
    if (!text) continue;
    let linked = 0;
    for (const link of Array.from(heading.querySelectorAll('a[href]'))) linked += textLength(link);
    if (linked / text > 0.6 || insideLink(heading)) found.push(heading);
  }
  return found;
}

/** A heading wrapped in a link (the whole card is one link). A parent walk: `closest()` is slow in jsdom. */
function insideLink(el: Element): boolean {
  for (let node = el.parentElement; node; node = node.parentElement) {
    if (node.tagName.toUpperCase() === 'A' && node.hasAttribute('href')) return true;
  }
  return false;
}

/** The most paragraph text under one parent: an article keeps its paragraphs side by side. */
function longestParagraphRun(root: Element): number {
  const runs = new Map<Element, number>();
  let longest = 0;
  for (const p of Array.from(root.querySelectorAll('p'))) {
    const parent = p.parentElement;
    if (!parent || insideAnchor(p)) continue;
    const run = (runs.get(parent) ?? 0) + textLength(p);
    runs.set(parent, run);
    if (run > longest) longest = run;
  }
  return longest;
}

function insideAnchor(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.tagName.toUpperCase() === 'A') return true;
  }
  return false;
}

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}

/** The verdict from the listing signal and the extracted article's word count. */
export function judgeReaderable(isListing: boolean, wordCount: number): ReaderableVerdict {
  if (wordCount === 0) return { readerable: false, reason: 'no-content' };
  if (isListing) return { readerable: false, reason: 'listing' };
  if (wordCount < 80) return { readerable: false, reason: 'too-little-text' };
  return { readerable: true, reason: 'article' };
}
