import type { TextLengths } from './text-lengths';

/** Non-space characters: a teaser title, not a paragraph of prose. */
const LINK_LINE_LIMIT = 80;
/** A bare address ("https://…", "www.…") or e-mail is a source or contact the reader may want to keep. */
const ADDRESS = /^(?:https?:\/\/|www\.)|@/i;
/** A linked document (the study, the report, the form) is a source, wherever it is hosted. */
const DOCUMENT = /\.(?:pdf|docx?|odt|xlsx?|ods|pptx?|zip)(?:$|[?#])/i;

/**
 * A paragraph that is nothing but one link to another page of the same site ("Herbstlicher Ausflug in die
 * Steiermark", "Hier geht es zur Bildergalerie"): a teaser set between the article's paragraphs, not part of its
 * text. A link to another site or to a document is a source our readers cite ("Zur Studie des DCV") and stays,
 * as do paragraphs that only *contain* a link, and bare addresses.
 */
export function isLinkOnlyParagraph(el: Element, lengths: TextLengths): boolean {
  const size = lengths.text(el);
  if (el.tagName !== 'P' || size === 0 || size > LINK_LINE_LIMIT || lengths.linkText(el) < size) return false;
  const links = el.getElementsByTagName('a');
  if (links.length !== 1) return false;
  const link = links[0]!;
  return !ADDRESS.test((link.textContent ?? '').trim()) && pointsWithinSite(link);
}

function pointsWithinSite(link: Element): boolean {
  const href = link.getAttribute('href') ?? '';
  if (!href || DOCUMENT.test(href)) return false;
  try {
    const base = new URL(link.ownerDocument.baseURI);
    const target = new URL(href, base);
    return siteOf(target.hostname) === siteOf(base.hostname);
  } catch {
    return false;
  }
}

function siteOf(hostname: string): string {
  return hostname.replace(/^www\./i, '').toLowerCase();
}
