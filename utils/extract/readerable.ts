import { nonSpaceLength } from './clutter/text-lengths';
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
 * `headings` are the body's `teaserHeadings` when the caller already has them.
 */
export function looksLikeListing(doc: Document, headings?: Element[]): boolean {
  const body = doc.body;
  if (!body) return false;
  headings ??= teaserHeadings(body);
  const posts = postItems(body);
  const cards = posts.length >= MIN_TEASERS ? posts : teaserCards(headings);
  if (cards.length < MIN_TEASERS) return false;
  // News pages surround the article with teaser strips; on a listing the teasers are the page.
  const cardText = cards.reduce((sum, card) => sum + nonSpaceLength(card), 0);
  if (cardText < nonSpaceLength(body) * CARD_SHARE) return false;
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
    if (nonSpaceLength(card) <= MAX_CARD_CHARS) cards.push(card);
  }
  return cards;
}

/** Headings that link elsewhere: the first line of each teaser on a listing. */
export function teaserHeadings(root: Element): Element[] {
  const found: Element[] = [];
  for (const heading of Array.from(root.querySelectorAll(TEASER_HEADINGS))) {
    const text = nonSpaceLength(heading);
    if (!text) continue;
    let linked = 0;
    for (const link of Array.from(heading.querySelectorAll('a[href]'))) linked += nonSpaceLength(link);
    if (linked / text > 0.6 || insideLink(heading, true)) found.push(heading);
  }
  return found;
}

/**
 * An element wrapped in a link (a heading: the whole card is one link, when `needsHref`; a paragraph: any `<a>`).
 * A parent walk: `closest()` is slow in jsdom.
 */
function insideLink(el: Element, needsHref: boolean): boolean {
  for (let node = el.parentElement; node; node = node.parentElement) {
    if (node.tagName.toUpperCase() === 'A' && (!needsHref || node.hasAttribute('href'))) return true;
  }
  return false;
}

/** The most paragraph text under one parent: an article keeps its paragraphs side by side. */
function longestParagraphRun(root: Element): number {
  const runs = new Map<Element, number>();
  let longest = 0;
  for (const p of Array.from(root.querySelectorAll('p'))) {
    const parent = p.parentElement;
    // A <p> is never an <a> itself, so its ancestors are all there is to check.
    if (!parent || insideLink(p, false)) continue;
    const run = (runs.get(parent) ?? 0) + nonSpaceLength(p);
    runs.set(parent, run);
    if (run > longest) longest = run;
  }
  return longest;
}

/**
 * The verdict from the listing signal, the extracted article's word count and whether its text reads as prose
 * (`isProse`, asked only when there are words).
 */
export function judgeReaderable(
  isListing: boolean,
  wordCount: number,
  isProse: () => boolean = () => true,
): ReaderableVerdict {
  if (wordCount === 0) return { readerable: false, reason: 'no-content' };
  if (!isProse()) return { readerable: false, reason: 'not-text' };
  if (isListing) return { readerable: false, reason: 'listing' };
  if (wordCount < 80) return { readerable: false, reason: 'too-little-text' };
  return { readerable: true, reason: 'article' };
}
