import approxSearch from 'approx-string-match';
import { SHORT_QUOTE_LENGTH } from './thresholds';
import type { TextAnchor, TextSelectors } from './types';

/** A quote may differ from the new text by at most this share of its length (typo fixes, re-worded clauses). */
const MAX_ERROR_RATE = 0.25;
/** Caps the search cost, which grows with the error budget (Myers' algorithm works in 32-character blocks). */
const MAX_ERRORS = 1000;
/** Below this length a fuzzy hit is as likely to be a different word as the edited quote. */
const MIN_FUZZY_QUOTE_LENGTH = 4;
const MIN_CONTEXT_SUPPORT_FOR_SHORT_QUOTES = 0.5;

// Weights follow the order of evidence: the quote itself, then its surroundings, then where it used to be.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const PROXIMITY_WEIGHT = 10;

/** Similarity in [0, 1] between the text found beside a candidate and the context stored with the quote. */
function contextSimilarity(found: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (found.length === 0) return 0;
  const matches = approxSearch(found, expected, expected.length);
  const fewestErrors = Math.min(...matches.map((match) => match.errors));
  return Number.isFinite(fewestErrors) ? Math.max(0, 1 - fewestErrors / expected.length) : 0;
}

/**
 * Finds an edited quote in `text`: the candidate with the fewest edits, then the best-matching surroundings,
 * then the one nearest the old position. Returns null rather than a doubtful highlight.
 */
export function fuzzyMatchQuote(text: string, selectors: TextSelectors): TextAnchor | null {
  const { exact, prefix, suffix } = selectors.quote;
  if (exact.length < MIN_FUZZY_QUOTE_LENGTH || text.length === 0) return null;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(exact.length * MAX_ERROR_RATE));
  const candidates = approxSearch(text, exact, maxErrors);
  const oldStart = selectors.position.start;

  let best: { start: number; end: number; score: number } | null = null;
  for (const candidate of candidates) {
    const quoteSimilarity = 1 - candidate.errors / exact.length;
    const prefixSimilarity = contextSimilarity(
      text.slice(Math.max(0, candidate.start - prefix.length), candidate.start),
      prefix,
    );
    const suffixSimilarity = contextSimilarity(
      text.slice(candidate.end, candidate.end + suffix.length),
      suffix,
    );
    const contextSupport = (prefixSimilarity + suffixSimilarity) / 2;
    if (exact.length < SHORT_QUOTE_LENGTH && contextSupport < MIN_CONTEXT_SUPPORT_FOR_SHORT_QUOTES) continue;
    const proximity = 1 - Math.abs(candidate.start - oldStart) / Math.max(text.length, oldStart, 1);
    const score =
      QUOTE_WEIGHT * quoteSimilarity +
      CONTEXT_WEIGHT * (prefixSimilarity + suffixSimilarity) +
      PROXIMITY_WEIGHT * proximity;
    if (best === null || score > best.score) best = { start: candidate.start, end: candidate.end, score };
  }
  return best === null ? null : { start: best.start, end: best.end, method: 'fuzzy' };
}
