/**
 * Full-text scoring of the scrapinghub article-extraction-benchmark (evaluate.py): both texts are split into
 * word tokens (Python's `\w+`), compared as multisets of 4-word shingles, and each page's TP/FP/FN are
 * normalised to sum 1 so long pages weigh no more than short ones. Precision is the mean over pages with
 * TP + FP > 0, recall the mean over pages with TP + FN > 0, and F1 the harmonic mean of those two means.
 */

export interface ShingleMatch {
  tp: number;
  fp: number;
  fn: number;
}

export interface ShingleScores {
  precision: number;
  recall: number;
  f1: number;
}

/** Python 3's `\w` in Unicode mode: letters, numbers and the underscore (not combining marks). */
const WORD = /[\p{L}\p{N}_]+/gu;
export const SHINGLE_SIZE = 4;

export function tokenize(text: string | null): string[] {
  return text ? (text.match(WORD) ?? []) : [];
}

/** Counts of each n-token sequence; a text shorter than n yields one shingle of all its tokens. */
export function shingles(text: string | null, n = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n);
    if (!shingle.length) continue;
    const key = shingle.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function matchShingles(
  truth: string | null,
  predicted: string | null,
  n = SHINGLE_SIZE,
): ShingleMatch {
  const want = shingles(truth, n);
  const got = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...want.keys(), ...got.keys()])) {
    const w = want.get(key) ?? 0;
    const g = got.get(key) ?? 0;
    tp += Math.min(w, g);
    fp += Math.max(0, g - w);
    fn += Math.max(0, w - g);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function pagePrecision({ tp, fp, fn }: ShingleMatch): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: ShingleMatch): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(values: number[]): number {
  return values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : 0;
}

export function shingleScores(matches: readonly ShingleMatch[]): ShingleScores {
  const precision = mean(matches.filter((m) => m.tp + m.fp > 0).map(pagePrecision));
  const recall = mean(matches.filter((m) => m.tp + m.fn > 0).map(pageRecall));
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
