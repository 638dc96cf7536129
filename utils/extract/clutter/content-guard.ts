import type { TextLengths } from './text-lengths';

/**
 * Markup names are only a hint: WordPress puts `tag-sharing` or `category-social` on the article itself, themes
 * put `has-sidebar` on the page wrapper and comment plugins mark the body. Before a rule removes an element, the
 * guard checks that it does not hold the article: its title, its marked body, or a run of real prose.
 */
const ARTICLE_CLASSES =
  /(?:^|\s)(?:entry-content|article-body|article__body|post-content|articleBody)(?:\s|$)/;
const FOOTNOTE_CLASSES = /(?:^|\s)footnotes?(?:\s|$)/;
const FOOTNOTE_IDS = /^(?:fn|footnote)/;

/** Prose longer than this, with few links, is article text whatever the box is called. */
const PROSE_CHARS = 1200;
/** Even in a link-heavy box, this much running prose in long paragraphs is an article. */
const PROSE_PARAGRAPHS = 700;

export interface GuardContext {
  lengths: TextLengths;
  /** Text length of the whole region being cleaned, to judge what "most of the page" means. */
  regionText: number;
  /** Found once per sweep: a selector query per candidate costs more than the whole sweep otherwise. */
  articleMarkers: Element[];
  footnoteMarkers: Element[];
}

/** Markers are picked out of the element list the sweep has anyway; a selector query costs more on big pages. */
export function createGuardContext(
  root: Element,
  elements: ArrayLike<Element>,
  lengths: TextLengths,
): GuardContext {
  const ctx: GuardContext = {
    lengths,
    regionText: lengths.text(root),
    articleMarkers: [],
    footnoteMarkers: [],
  };
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i] as Element;
    const cls = el.getAttribute('class') ?? '';
    if (
      el.tagName === 'H1' ||
      el.getAttribute('itemprop') === 'articleBody' ||
      (cls && ARTICLE_CLASSES.test(cls))
    ) {
      ctx.articleMarkers.push(el);
    }
    const role = el.getAttribute('role');
    if (
      (cls && FOOTNOTE_CLASSES.test(cls)) ||
      role === 'doc-endnotes' ||
      role === 'doc-footnote' ||
      FOOTNOTE_IDS.test(el.id)
    ) {
      ctx.footnoteMarkers.push(el);
    }
  }
  return ctx;
}

export function holdsArticle(el: Element, ctx: GuardContext, allowLongText = false): boolean {
  const tag = el.tagName;
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN') return true;
  if (ctx.articleMarkers.some((marker) => el.contains(marker))) return true;
  const text = ctx.lengths.text(el);
  // Inside Readability's pick the region is the article: whatever holds most of it is its wrapper.
  if (text > 200 && text >= ctx.regionText * 0.5) return true;
  if (allowLongText) return text > ctx.regionText * 0.6 && text > PROSE_CHARS;
  if (text > PROSE_CHARS && ctx.lengths.linkDensity(el) < 0.35) return true;
  return text >= PROSE_PARAGRAPHS && proseIn(el, ctx.lengths) >= PROSE_PARAGRAPHS;
}

/** Paragraph text that reads as running prose: long paragraphs with hardly any links. */
function proseIn(el: Element, lengths: TextLengths): number {
  let prose = 0;
  const paragraphs = el.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Element;
    const length = lengths.text(p);
    if (length >= 250 && lengths.linkDensity(p) < 0.2) prose += length;
  }
  return prose;
}

/** Footnotes live in article footers; a footer carrying them is content. */
export function holdsFootnotes(el: Element, ctx: GuardContext): boolean {
  return ctx.footnoteMarkers.some((marker) => el.contains(marker));
}
