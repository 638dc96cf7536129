/**
 * The page's main region for "save as cleaned full page" and for listings, where Readability would keep only one
 * teaser: the landmark the page itself marks as main, else the body. Run after clutter removal.
 */
export function mainRegion(doc: Document): Element | null {
  return doc.querySelector('main, [role="main"]') ?? doc.body;
}
