/**
 * The elements of a tag under `root` (`'*'` for all), in document order, as an array. Walked with a TreeWalker:
 * jsdom's live HTMLCollection re-walks the tree on reads once anything changed, so `Array.from` (and even indexed
 * reads) of `getElementsByTagName` cost up to a second per 30 pages in the CLI and benchmark, which run in jsdom.
 */
export function elementsByTag(root: Element | Document, tag: string): Element[] {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  const wanted = tag.toLowerCase();
  const elements: Element[] = [];
  if (!doc) return elements;
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as Element;
    if (wanted === '*' || element.localName === wanted) elements.push(element);
  }
  return elements;
}
