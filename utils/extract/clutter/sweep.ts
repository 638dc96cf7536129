import type { Deadline } from '../deadline';
import { kindFromAttributes, type ClutterKind } from './attribute-signals';
import { CREDIT_LIMIT, isCreditLine, trimTrailingCredit } from './credits';
import { consentBoxAround, isConsentText, CONSENT_BOX_LIMIT } from './consent';
import { createGuardContext, holdsArticle, holdsFootnotes, type GuardContext } from './content-guard';
import { formBoxAround, kindOfForm } from './forms';
import { boxUnderHeading, isHeading, isInlineLabelLine, kindFromHeading } from './labelled-boxes';
import { isLinkOnlyParagraph } from './link-lines';
import { isMetaLine } from './meta-lines';
import { isQuoteAttribution } from './quote-attribution';
import {
  adSlotAround,
  DISCLOSURE_LIMIT,
  isAdLabel,
  isDisclosureLine,
  isNavigationLabel,
  isToolLabel,
} from './page-tools';
import { controlLabel, isShareHref, isShareLabel, shareBarAround } from './share-bars';
import { measureTextLengths, shortText } from './text-lengths';

/** Blocks short enough to be a byline, a label or a control row, and shaped like one. */
const LINE_TAGS = new Set([
  'P',
  'DIV',
  'SPAN',
  'LI',
  'TIME',
  'SMALL',
  'ADDRESS',
  'DL',
  'DD',
  'DT',
  'UL',
  'SECTION',
  'HEADER',
  'STRONG',
  'EM',
  'B',
  'A',
  'FOOTER',
]);
const LINE_LIMIT = 160;
const FORM_TEXT_LIMIT = 600;
/** Blocks that carry a site's advertising or affiliate notice. */
const DISCLOSURE_TAGS = new Set(['P', 'DIV', 'SMALL', 'EM', 'I', 'B', 'STRONG', 'SPAN', 'ASIDE']);
/** Kinds whose markup is a strong enough signal to drop long boxes too (a comment thread is long). */
const LONG_KINDS = new Set<ClutterKind>(['comments', 'hidden']);
/** Content that is never a control row even when short. */
const KEEP_TAGS = new Set([
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'THEAD',
  'TBODY',
  'TR',
  'TD',
  'TH',
  'BLOCKQUOTE',
  'PRE',
  'CODE',
  'IMG',
  'PICTURE',
  'H1',
  'SUP',
  'SUB',
  'CAPTION',
]);

/**
 * One pass over `root` in document order that decides what to drop, then drops it. Elements inside an element
 * already dropped are skipped; rules that widen their target (share bar, ad slot, heading box) mark the ancestor.
 */
export function sweep(root: Element, deadline: Deadline): void {
  const lengths = measureTextLengths(root);
  const elements = lengths.elements;
  const ctx = createGuardContext(root, elements, lengths);
  const doomed = new Set<Element>();
  const drop = (el: Element, allowLongText = false) => {
    if (el === root || el.contains(root) || doomed.has(el)) return false;
    if (holdsArticle(el, ctx, allowLongText)) return false;
    doomed.add(el);
    return true;
  };
  let skipInside: Element | null = null;
  for (let i = 0; i < elements.length; i++) {
    if ((i & 511) === 0) deadline.check();
    const el = elements[i] as Element;
    if (skipInside && skipInside.contains(el)) continue;
    skipInside = null;
    if (doomed.has(el) || (judge(el, root, ctx, drop) && doomed.has(el))) skipInside = el;
  }
  for (const el of doomed) el.remove();
}

type Drop = (el: Element, allowLongText?: boolean) => boolean;

function judge(el: Element, root: Element, ctx: GuardContext, drop: Drop): boolean {
  const tag = el.tagName;
  const { lengths } = ctx;
  // Measured before any edit below: the table keeps the lengths of the page as it came in.
  const size = lengths.text(el);
  // A caption that is nothing but "Foto: …" says nothing about the picture; the picture itself stays.
  if (tag === 'FIGCAPTION' && size <= CREDIT_LIMIT && isCreditLine(shortText(el), el)) return drop(el);
  // The only edit inside a kept block: a "© Agentur" tail glued to a short caption's text.
  if ((tag === 'FIGCAPTION' || LINE_TAGS.has(tag)) && size <= LINE_LIMIT && size > 0) trimTrailingCredit(el);
  if (KEEP_TAGS.has(tag)) return false;
  const kind = kindFromAttributes(el);
  // A quote's speaker line looks like a footer or a byline; only markup that hides it outweighs that.
  if (kind !== 'hidden' && isQuoteAttribution(el, size)) return false;
  // The wording the rules below look at, read once and only when a rule needs it (after the trim above).
  let wording: string | undefined;
  const textOf = () => (wording ??= shortText(el));
  if (kind && !(tag === 'FOOTER' && holdsFootnotes(el, ctx))) {
    if (drop(el, LONG_KINDS.has(kind))) return true;
  }
  if (tag === 'FORM' || el.hasAttribute('data-rn-form')) {
    const formKind = kindOfForm(el);
    // Shops and old CMSs wrap real content in forms: only comment forms may be long.
    if (formKind && (formKind === 'comments' || size <= FORM_TEXT_LIMIT))
      return drop(formBoxAround(el, root, lengths), formKind === 'comments');
  }
  if (tag === 'A') return judgeLink(el, root, ctx, drop);
  if (isHeading(el)) {
    if (size > 80) return false;
    const headingKind = kindFromHeading(textOf());
    if (!headingKind) return false;
    for (const part of boxUnderHeading(el, headingKind, root, lengths))
      drop(part, headingKind === 'comments');
    return true;
  }
  if (size <= LINE_LIMIT && LINE_TAGS.has(tag)) {
    if (size === 0) return judgeIconOnly(el, root, ctx, drop);
    const text = textOf();
    if (isAdLabel(text)) return drop(adSlotAround(el, root, lengths));
    if (isShareLabel(text) || isToolLabel(text) || isNavigationLabel(text))
      return drop(shareBarAround(el, root, lengths));
    const headingKind = kindFromHeading(text);
    if (headingKind && isLabelLike(el, text)) {
      for (const part of boxUnderHeading(el, headingKind, root, lengths))
        drop(part, headingKind === 'comments');
      return true;
    }
    if (isMetaLine(text) && !el.querySelector('h1, h2, h3, img, figure')) return drop(el);
    if (isCreditLine(text, el) && !el.querySelector('img, picture, video')) return drop(el);
    if ((tag === 'P' || tag === 'DIV') && isInlineLabelLine(el, text, lengths)) return drop(el);
    if (isLinkOnlyParagraph(el, lengths)) return drop(el);
  }
  // Notices and consent texts sit in the element's own text nodes (DISCLOSURE_LIMIT < CONSENT_BOX_LIMIT).
  const ownText = size > 0 && size <= CONSENT_BOX_LIMIT && hasOwnText(el);
  if (ownText && size <= DISCLOSURE_LIMIT && DISCLOSURE_TAGS.has(tag) && isDisclosureLine(textOf()))
    return drop(el);
  if (ownText && isConsentText(textOf())) {
    return drop(consentBoxAround(el, root, lengths));
  }
  return false;
}

function judgeLink(el: Element, root: Element, ctx: GuardContext, drop: Drop): boolean {
  const href = el.getAttribute('href') ?? '';
  const label = controlLabel(el, shortText(el));
  if (isShareHref(href) || isShareLabel(label)) return drop(shareBarAround(el, root, ctx.lengths));
  if (isToolLabel(label) || isNavigationLabel(label)) return drop(el);
  return false;
}

/** Icon-only controls (an `<i class="fa fa-twitter">` inside a span, an svg with a title) carry no text at all. */
function judgeIconOnly(el: Element, root: Element, ctx: GuardContext, drop: Drop): boolean {
  if (!el.firstElementChild && !el.hasAttribute('aria-label') && !el.hasAttribute('title')) return false;
  const label = controlLabel(el, '');
  if (label && isShareLabel(label)) return drop(shareBarAround(el, root, ctx.lengths));
  return false;
}

/** A stand-alone label: the element is a block of its own or wraps the block's whole text. */
function isLabelLike(el: Element, text: string): boolean {
  const parent = el.parentElement;
  if (
    el.tagName === 'P' ||
    el.tagName === 'DIV' ||
    (el.tagName === 'SPAN' && !!parent && shortText(parent) === text)
  )
    return true;
  return !!parent && /^(?:P|DIV|LI|SECTION|HEADER)$/.test(parent.tagName) && shortText(parent) === text;
}

function hasOwnText(el: Element): boolean {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && /\S/.test(child.nodeValue ?? '')) return true;
  }
  return false;
}
