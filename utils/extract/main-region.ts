import { nonSpaceLength } from './clutter/text-lengths';
import { teaserHeadings } from './readerable';

/**
 * The page's main region for "save as cleaned full page" and for listings, where Readability would keep only one
 * teaser: the landmark the page itself marks as main; else the smallest block that holds the page title and the
 * teasers; else the body. Run after clutter removal. `headings` are the body's `teaserHeadings` when the caller
 * already has them (not modified here).
 */
export function mainRegion(doc: Document, headings?: readonly Element[]): Element | null {
  const body = doc.body;
  if (!body) return null;
  const landmark = doc.querySelector('main, [role="main"]');
  // Some themes mark only a sliver (a slider, the title bar) as main: trust it only if it holds real text.
  if (landmark && nonSpaceLength(landmark) >= nonSpaceLength(body) * 0.3) return landmark;
  const anchors = headings ? [...headings] : teaserHeadings(body);
  const title = body.querySelector('h1');
  if (title) anchors.unshift(title);
  if (anchors.length < 2) return landmark ?? body;
  return commonAncestor(anchors) ?? body;
}

function commonAncestor(elements: Element[]): Element | null {
  let candidate: Element | null = elements[0] ?? null;
  for (const el of elements.slice(1)) {
    while (candidate && !candidate.contains(el)) candidate = candidate.parentElement;
  }
  return candidate;
}
