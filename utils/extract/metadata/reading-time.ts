/**
 * The reading time the page itself states ("Lesedauer: 5 Minuten", "5 Min. Lesezeit", "5 min read"): the
 * publisher's figure is what the reader saw, so it wins over our estimate.
 */
const STATED =
  /(?:lesedauer|lesezeit|reading time|read time)\s*:?\s*(?:ca\.|etwa|about|~)?\s*(\d{1,3})\s*(?:min|minute)|(\d{1,3})\s*(?:min\.?|minuten|minutes?)\s*(?:lesedauer|lesezeit|read(?:ing)?(?: time)?|zum lesen)/i;

const CANDIDATES =
  '[class*="reading-time" i], [class*="readingtime" i], [class*="read-time" i], [class*="lesedauer" i], [class*="lesezeit" i], [class*="reading_time" i], [class*="meta" i], [class*="info" i], header p, header span, time';

export function statedReadingTime(doc: Document): number | null {
  for (const el of Array.from(doc.querySelectorAll(CANDIDATES)).slice(0, 200)) {
    const text = el.textContent ?? '';
    if (text.length > 200) continue;
    const match = STATED.exec(text);
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
