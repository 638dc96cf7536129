/**
 * Wall-clock limits of a clip, the last resort only: extraction itself is bounded by a step budget and always
 * ends with an answer, so these limits fire only when the page's main thread is stuck in its own work.
 */

/** Time the page gets to answer at all (the size probe before extraction). */
export const CLIP_TIMEOUT_MS = 10_000;

/**
 * The synthetic 6 MB page of tests/unit/extract-big-page.test.ts (19,000 elements) took 3.1 s to extract in
 * jsdom on two cores at load average 18, 0.16 ms per element; a browser's DOM is faster than jsdom. Three times
 * that per element on top of the base leaves room for a slow laptop without letting a stuck page hang for long.
 */
const MS_PER_ELEMENT = 0.5;
const MAX_EXTRACTION_MS = 180_000;

/** The extraction limit for a page of `elements` elements: in proportion to its size, never under the base. */
export function extractionTimeLimitMs(elements: number): number {
  const size = Number.isFinite(elements) && elements > 0 ? elements : 0;
  return Math.min(MAX_EXTRACTION_MS, Math.round(CLIP_TIMEOUT_MS + size * MS_PER_ELEMENT));
}

/** "12.5 s" for messages. */
export function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
