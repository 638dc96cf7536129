/**
 * Parts of a page whose names are not the article's authors: comments (each comment has an "author"), sidebars,
 * related-post teasers, navigation. Author-bio boxes do name the author, but with extra text, so they are a
 * separate, last-resort zone. Works on class/id strings only: the clone has no styles to look at.
 */
import { compact } from '../title/site-suffix';
import { isPressRelease } from './press-release';
import { elementsByTag } from '../../elements-by-tag';

/** Class or id segments ("post-comments", "sidebar_right") that mark a non-article zone. */
const NOT_ARTICLE_SEGMENT =
  /^(?:comments?|commentlist|kommentare?|respond|replies|disqus|discussion|sidebar|related|teaser|teasers|recommended|recommendations|empfehlungen|breadcrumbs?|navigation|nav|navbar|menu|newsletter|cookies?|consent|share|sharing|shariff|social)$/i;
const NOT_ARTICLE_TAGS = new Set(['NAV', 'ASIDE', 'FIGCAPTION']);
const FOOTER_MARKER = /(?:^|\s)(?:site-?footer|page-?footer|footer|colophon)(?:$|\s)/i;
const ARTICLE_CONTAINER = /Article|BlogPosting|Posting|Report/;
/** Page-wide classes ("no-sidebar", "has-comments") say nothing about where an element sits. */
const PAGE_TAGS = new Set(['HTML', 'BODY']);

/**
 * Layout switches on a page wrapper ("has-sidebar", "with-navigation", "one-sidebar", "sidebar-position-right")
 * say that a sidebar exists somewhere, not that this element is one.
 */
const LAYOUT_MODIFIER =
  /^(?:has|with|without|no|one|two|three|left|right|show|hide|is|page|layout)$|positi?on/i;

/**
 * Whole class tokens of boxes whose names are no authors: photo captions and credits ("wp-caption-text",
 * "image-credit", "bildnachweis") and press contacts ("pressekontakt", "ansprechpartnerin").
 */
const CREDIT_OR_CONTACT_TOKEN =
  /^(?:(?:wp-)?caption(?:-text)?|figcaption|bildunterschrift|bildnachweis|bildquelle|fotonachweis|(?:image|img|photo|foto|bild|picture|media)[-_]?(?:credits?|copyright|source|quelle|nachweis|caption)|copyright|presse?-?kontakt|press-?contacts?|media-?contacts?|medien-?kontakt|pressestelle)$/i;
/**
 * A contact person ("Ansprechpartnerin", "contact-person") is the press officer on a press release, but on an
 * analysis or a study page the expert who wrote it; only on press releases are these names no authors.
 */
const PERSON_CONTACT_TOKEN =
  /^(?:ansprechpartner(?:in|innen)?|ansprechperson|contact-?persons?|kontakt-?person(?:en)?)$/i;

function isZoneMarker(markers: string, pressRelease: () => boolean): boolean {
  for (const token of markers.split(/\s+/)) {
    if (!token) continue;
    if (CREDIT_OR_CONTACT_TOKEN.test(token)) return true;
    if (PERSON_CONTACT_TOKEN.test(token) && pressRelease()) return true;
    const segments = token.split(/[-_]+/);
    if (segments.some((segment) => LAYOUT_MODIFIER.test(segment))) continue;
    if (segments.some((segment) => NOT_ARTICLE_SEGMENT.test(segment))) return true;
  }
  return false;
}

const BIO_ZONE =
  /author[-_]?(?:bio|box|info|description|about|profile|details|card|meta-?box)|about[-_]?(?:the[-_]?)?author|autor(?:en|in)?[-_]?(?:box|info|profil|bio)|(?:^|\s)(?:vcard-?box|bio|biography)(?:$|\s)/i;

/** Characters of text up to which an author box is a byline rather than a biography. */
const SHORT_BOX = 120;

function markers(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

/**
 * Whether the element sits in comments, sidebars, teasers or navigation. An element that holds the page's
 * `headline` is a page wrapper whatever its class says ("content-area" with id "sidebar", "navigation-container").
 */
export function inNonArticleZone(el: Element, headline?: Element | null): boolean {
  // A footer inside an article holds its byline ("Posted by …"); the page footer holds theme credits.
  let inFooter = false;
  const pressRelease = () => isPressRelease(el.ownerDocument);
  let depth = 0;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const tag = node.tagName.toUpperCase();
    if (PAGE_TAGS.has(tag)) return inFooter;
    const isArticle = tag === 'ARTICLE' || ARTICLE_CONTAINER.test(node.getAttribute('itemtype') ?? '');
    if (isArticle) inFooter = false;
    // Reached the block shared with the headline: a footer right below the page level is the site's footer.
    if (headline && node.contains(headline))
      return inFooter && PAGE_TAGS.has(node.parentElement?.tagName.toUpperCase() ?? 'HTML');
    // An aside within the headline's own article is its info box (byline, date), not a sidebar.
    if (
      NOT_ARTICLE_TAGS.has(tag) &&
      !(tag === 'ASIDE' && headline && articleContainer(node)?.contains(headline))
    )
      return true;
    if (!isArticle && (tag === 'FOOTER' || FOOTER_MARKER.test(markers(node)))) inFooter = true;
    const m = markers(node);
    if (m.length > 1 && isZoneMarker(m, pressRelease)) return true;
    if (node.getAttribute('itemtype')?.includes('Comment')) return true;
    if (depth++ < CONTACT_LABEL_DEPTH && labelledContact(node, pressRelease)) return true;
  }
  return false;
}

/** How a press-contact box introduces itself: "Pressekontakt:", "Ihre Ansprechpartnerin", "Kontakt für Medien". */
const PRESS_CONTACT_HEADING =
  /^(?:ihre?\s+|unsere?\s+)?(?:presse?kontakt|pressekontakt|medienkontakt|pressestelle|kontakt\s+für\s+(?:die\s+)?(?:presse|medien|journalist\p{L}*)|press\s+contacts?|media\s+contacts?|media\s+enquiries|press\s+office)\b/iu;
/** "Ihre Ansprechpartnerin", "Kontaktperson": a press officer only on a press release (see PERSON_CONTACT_TOKEN). */
const PERSON_CONTACT_HEADING =
  /^(?:ihre?\s+|unsere?\s+)?(?:ansprechpartner(?:in|innen|\*innen|:innen|_innen)?|ansprechperson(?:en)?|kontaktperson(?:en)?|contact\s+persons?)\b/iu;

/** How far above a name its box's label may sit: further up, "the heading before" is just some other page part. */
const CONTACT_LABEL_DEPTH = 4;
/** Headings may go on after the label ("Pressekontakt Diakonie Hamburg"); other elements are the label alone. */
const HEADING_TAGS = /^(?:H[2-6]|DT|LEGEND|STRONG|B)$/;
const LABEL_TAGS = /^(?:P|SPAN|DIV|HEADER|LABEL)$/;

/** A box whose own heading, or the heading right before it, says it holds a press contact. */
function labelledContact(node: Element, pressRelease: () => boolean): boolean {
  const first = node.firstElementChild;
  const previous = node.previousElementSibling;
  for (const label of [first, previous]) {
    if (!label || label === node) continue;
    const tag = label.tagName.toUpperCase();
    const text = (label.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 50 || !(HEADING_TAGS.test(tag) || LABEL_TAGS.test(tag))) continue;
    const heading = HEADING_TAGS.test(tag);
    if (labelSays(PRESS_CONTACT_HEADING, text, heading)) return true;
    if (labelSays(PERSON_CONTACT_HEADING, text, heading) && pressRelease()) return true;
  }
  return false;
}

function labelSays(label: RegExp, text: string, heading: boolean): boolean {
  const match = label.exec(text);
  if (!match) return false;
  return heading || /^\s*:?\s*$/.test(text.slice(match[0].length));
}

/** Whether the element sits in an author-bio box ("Über die Autorin …"). */
export function inBioBox(el: Element): boolean {
  for (
    let node: Element | null = el;
    node && !PAGE_TAGS.has(node.tagName.toUpperCase());
    node = node.parentElement
  ) {
    const m = markers(node);
    // "author-box" / "author-info" holding just a name and a date is the byline itself, not a biography.
    if (m.length > 1 && BIO_ZONE.test(m))
      return (node.textContent ?? '').replace(/\s+/g, ' ').trim().length > SHORT_BOX;
  }
  return false;
}

/** Where the article sits: its headline and the article element around it (either may be unknown). */
export interface PageFrame {
  headline: Element | null;
  scope: Element | null;
}

/**
 * The article's headline: the first `<h1>` that is not the site logo (empty, in navigation, or just the site's
 * name). Preferably one outside any zone; a page whose every h1 looks zoned still has its headline among them.
 */
export function findFrame(doc: Document, isSiteName: (text: string) => boolean): PageFrame {
  const candidates = elementsByTag(doc, 'h1')
    .slice(0, 8)
    .filter((h1) => {
      const text = spacedText(h1, 200);
      return text.length > 3 && !isSiteName(text) && !h1.closest('nav, aside');
    });
  const title = compact(documentTitle(doc));
  const headline =
    candidates.find((h1) => {
      const text = compact(spacedText(h1, 200));
      return text.length > 3 && title.includes(text);
    }) ??
    candidates.find((h1) => !inNonArticleZone(h1)) ??
    candidates[0] ??
    null;
  return { headline, scope: headline ? articleContainer(headline) : null };
}

/** The title the page gives itself; its headline repeats it, a "While you are here…" box does not. */
function documentTitle(doc: Document): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  return `${og ?? ''} ${doc.title ?? ''}`;
}

/** The nearest element that holds one article or teaser, used to tell one article from a list of them. */
export function articleContainer(el: Element): Element | null {
  for (let node: Element | null = el.parentElement; node; node = node.parentElement) {
    if (
      node.tagName.toUpperCase() === 'ARTICLE' ||
      ARTICLE_CONTAINER.test(node.getAttribute('itemtype') ?? '')
    )
      return node;
  }
  return null;
}

/** Text with a space at every element boundary: `<span>Anna</span><span>Schmidt</span>` must not glue. */
export function spacedText(el: Element, limit = 400): string {
  let out = '';
  const walk = (node: Node): void => {
    if (out.length > limit) return;
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      // Dates are read elsewhere; here they would only hide the name ("12.05.2020 von Anna Schmidt").
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TIME') {
        out += ' · ';
        return;
      }
      out += ' ';
      for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
      out += ' ';
    }
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}
