/**
 * The reading time the page itself states ("Lesedauer: 5 Minuten", "5 Min. Lesezeit", "5 min read"): the
 * publisher's figure is what the reader saw, so it wins over our estimate.
 */
const STATED =
  /(?:lesedauer|lesezeit|reading time|read time)\s*:?\s*(?:ca\.|etwa|about|~)?\s*(\d{1,3})\s*(?:min|minute)|(\d{1,3})\s*(?:min\.?|minuten|minutes?)\s*(?:lesedauer|lesezeit|read(?:ing)?(?: time)?|zum lesen)/i;

/** A statement must be a short line of its own, not a sentence in the article that mentions reading time. */
const MAX_LINE_CHARS = 120;

export function statedReadingTime(doc: Document): number | null {
  const body = doc.body;
  // One pass over the text as a string is far cheaper than selector queries, and most pages state nothing.
  if (!body || !STATED.test(body.textContent ?? '')) return null;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (!/\d/.test(value) && !/lese|read/i.test(value)) continue;
    const line = (node.parentElement?.textContent ?? value).replace(/\s+/g, ' ').trim();
    if (line.length > MAX_LINE_CHARS) continue;
    const match = STATED.exec(line);
    const minutes = Number(match?.[1] ?? match?.[2]);
    if (minutes > 0 && minutes < 300) return minutes;
  }
  return null;
}

/** Words per minute for our own estimate: a common figure for silent reading of German non-fiction. */
const WORDS_PER_MINUTE = 200;

export function estimateReadingTime(wordCount: number): number {
  return wordCount ? Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)) : 0;
}
