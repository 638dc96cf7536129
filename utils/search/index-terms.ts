import { foldGerman } from './german-folding';
import { STOP_WORDS } from './stop-words';

/** Letters, digits and combining marks: hyphens, apostrophes and punctuation separate words. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const PLAIN_ASCII = /^[a-z0-9]+$/;
/** Longer runs are hashes, URLs or glued-together junk: never searched for, but costly to store. */
const MAX_TERM_LENGTH = 48;

/**
 * Folding every word of every article was a sixth of an index build: most words recur, so their folded form is
 * remembered. The cache is dropped whole when it grows, which keeps it cheap and bounded.
 */
const folded = new Map<string, string | null>();
const FOLD_CACHE_LIMIT = 100_000;

function indexTerm(word: string): string | null {
  const cached = folded.get(word);
  if (cached !== undefined) return cached;
  const lower = word.toLowerCase();
  const term = PLAIN_ASCII.test(lower) ? lower : foldGerman(word);
  const result = term === '' || term.length > MAX_TERM_LENGTH || STOP_WORDS.has(term) ? null : term;
  if (folded.size >= FOLD_CACHE_LIMIT) folded.clear();
  folded.set(word, result);
  return result;
}

export interface TextTerms {
  /** The folded, searchable terms in order (repeats kept, stop words dropped). */
  terms: string[];
  /** Every word, stop words included: the field length that relevance is normalised by. */
  words: number;
}

export function indexTerms(text: string): TextTerms {
  const terms: string[] = [];
  let words = 0;
  for (const match of text.matchAll(WORD)) {
    words += 1;
    const term = indexTerm(match[0]);
    if (term !== null) terms.push(term);
  }
  return { terms, words };
}

/** The distinct terms of a query, in the order typed. */
export function queryTerms(query: string): string[] {
  return [...new Set(indexTerms(query).terms)];
}

/**
 * Which stored partition holds a term: its first two letters. A query word loads only its own partition, and a
 * prefix search stays inside it because a prefix of three or more letters shares them.
 */
export function partitionOf(term: string): string {
  return term.slice(0, 2);
}
