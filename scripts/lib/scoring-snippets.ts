/**
 * Snippet scoring of the trafilatura evaluation (tests/eval_common.py): whitespace-normalised, case-sensitive
 * substring search. Each `must_include` snippet found is a true positive, each one missing a false negative;
 * each `must_not_include` snippet found is a false positive, each one absent a true negative. Counts are pooled
 * over all pages before precision, recall and F1 are computed.
 */

export interface SnippetCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface SnippetScores {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

export const NO_SNIPPETS: Readonly<SnippetCounts> = { tp: 0, fp: 0, fn: 0, tn: 0 };

export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Which of `snippets` occur in the text, in order (null = the tool failed, which finds nothing). */
export function snippetHits(text: string | null, snippets: readonly string[]): boolean[] {
  const haystack = text === null ? null : normaliseWhitespace(text);
  return snippets.map((snippet) => haystack !== null && haystack.includes(normaliseWhitespace(snippet)));
}

/** Scores one page's extracted text (null = the tool failed, which counts as finding nothing). */
export function countSnippets(
  text: string | null,
  mustInclude: readonly string[],
  mustNotInclude: readonly string[],
): SnippetCounts {
  const tp = snippetHits(text, mustInclude).filter(Boolean).length;
  const fp = snippetHits(text, mustNotInclude).filter(Boolean).length;
  return { tp, fp, fn: mustInclude.length - tp, tn: mustNotInclude.length - fp };
}

export function addSnippetCounts(a: SnippetCounts, b: SnippetCounts): SnippetCounts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, tn: a.tn + b.tn };
}

/** Each score is 0 when its denominator is empty, as upstream. */
export function snippetScores(counts: SnippetCounts): SnippetScores {
  const { tp, fp, fn, tn } = counts;
  const total = tp + fp + fn + tn;
  return {
    precision: tp + fp ? tp / (tp + fp) : 0,
    recall: tp + fn ? tp / (tp + fn) : 0,
    f1: 2 * tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 0,
    accuracy: total ? (tp + tn) / total : 0,
  };
}
