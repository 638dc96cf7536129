import { fuzzyMatchQuote } from './fuzzy-quote-match';
import { SHORT_QUOTE_LENGTH } from './thresholds';
import type { TextAnchor, TextQuoteSelector, TextSelectors } from './types';

function findOccurrences(text: string, quote: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
  return starts;
}

function sharedSuffixLength(a: string, b: string): number {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[a.length - 1 - shared] === b[b.length - 1 - shared])
    shared++;
  return shared;
}

function sharedPrefixLength(a: string, b: string): number {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  return shared;
}

/** How many characters of the stored prefix and suffix still surround the occurrence at `start`. */
function contextAgreement(text: string, start: number, quote: TextQuoteSelector): number {
  const before = text.slice(Math.max(0, start - quote.prefix.length), start);
  const afterStart = start + quote.exact.length;
  const after = text.slice(afterStart, afterStart + quote.suffix.length);
  return sharedSuffixLength(before, quote.prefix) + sharedPrefixLength(after, quote.suffix);
}

/** Characters of agreeing context that make a short quote credible (one shared space is chance). */
const MIN_CONTEXT_AGREEMENT_FOR_SHORT_QUOTES = 5;

function isCredible(agreement: number, quote: TextQuoteSelector): boolean {
  if (quote.exact.length >= SHORT_QUOTE_LENGTH) return true;
  if (quote.prefix === '' && quote.suffix === '') return true;
  return agreement >= MIN_CONTEXT_AGREEMENT_FOR_SHORT_QUOTES;
}

/** The exact occurrence the context points to; null when there is none, or the context cannot decide or vouch. */
function pickExactOccurrence(text: string, quote: TextQuoteSelector): number | null {
  const occurrences = findOccurrences(text, quote.exact);
  if (occurrences.length === 0) return null;
  const ranked = occurrences
    .map((start) => ({ start, agreement: contextAgreement(text, start, quote) }))
    .sort((a, b) => b.agreement - a.agreement);
  const [first, second] = ranked;
  if (!first || (second && second.agreement === first.agreement)) return null;
  return isCredible(first.agreement, quote) ? first.start : null;
}

/**
 * Finds a stored highlight in (possibly changed) text, the way Hypothesis re-anchors: the exact quote where its
 * context identifies it, else the stored position if the quote is still there, else an approximate match.
 * Null means the highlight is orphaned: callers keep it and show its quote instead of dropping it.
 */
export function anchor(text: string, selectors: TextSelectors): TextAnchor | null {
  const { exact } = selectors.quote;
  if (exact.length === 0 || text.length === 0) return null;

  const exactStart = pickExactOccurrence(text, selectors.quote);
  if (exactStart !== null) return { start: exactStart, end: exactStart + exact.length, method: 'exact' };

  const { start, end } = selectors.position;
  if (text.slice(start, end) === exact) return { start, end, method: 'position' };

  return fuzzyMatchQuote(text, selectors);
}
