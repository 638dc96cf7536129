import { describe, expect, it } from 'vitest';
import {
  addSnippetCounts,
  countSnippets,
  NO_SNIPPETS,
  snippetScores,
} from '../../scripts/lib/scoring-snippets';

const TEXT = 'Weltweit finanzieren Banken\n\nund Investoren   Unternehmungen, die dem Klima schaden.';

describe('countSnippets', () => {
  it('finds must-include snippets across blank lines and runs of spaces', () => {
    expect(countSnippets(TEXT, ['Banken und Investoren Unternehmungen', 'JPMorgan Chase'], [])).toEqual({
      tp: 1,
      fp: 0,
      fn: 1,
      tn: 0,
    });
  });

  it('counts a must-not-include snippet found as a false positive and one absent as a true negative', () => {
    expect(countSnippets(TEXT, [], ['dem Klima', 'Cookies & Tracking'])).toEqual({
      tp: 0,
      fp: 1,
      fn: 0,
      tn: 1,
    });
  });

  it('is case-sensitive, as upstream', () => {
    expect(countSnippets(TEXT, ['weltweit finanzieren'], []).tp).toBe(0);
  });

  it('normalises whitespace inside the snippet too', () => {
    expect(countSnippets(TEXT, ['  Weltweit \n finanzieren '], []).tp).toBe(1);
  });

  it('scores a failed extraction (null) as finding nothing', () => {
    expect(countSnippets(null, ['a', 'b'], ['c'])).toEqual({ tp: 0, fp: 0, fn: 2, tn: 1 });
  });
});

describe('snippetScores', () => {
  it('pools counts over pages before computing precision, recall, F1 and accuracy', () => {
    const pageA = countSnippets('alpha beta gamma', ['alpha', 'beta'], ['gamma', 'delta']); // tp2 fp1 tn1
    const pageB = countSnippets('epsilon', ['epsilon', 'zeta'], ['eta']); // tp1 fn1 tn1
    const pooled = addSnippetCounts(addSnippetCounts(NO_SNIPPETS, pageA), pageB);
    expect(pooled).toEqual({ tp: 3, fp: 1, fn: 1, tn: 2 });
    const scores = snippetScores(pooled);
    expect(scores.precision).toBeCloseTo(0.75, 12);
    expect(scores.recall).toBeCloseTo(0.75, 12);
    expect(scores.f1).toBeCloseTo(0.75, 12);
    expect(scores.accuracy).toBeCloseTo(5 / 7, 12);
  });

  it('differs from averaging per page (pooling weighs every snippet alike)', () => {
    const perfect = countSnippets('a b', ['a', 'b', 'a b'], []); // tp3
    const miss = countSnippets('', ['x'], []); // fn1
    const pooled = snippetScores(addSnippetCounts(perfect, miss));
    expect(pooled.recall).toBeCloseTo(0.75, 12);
    expect(pooled.f1).toBeCloseTo(6 / 7, 12);
  });

  it('gives 0 for empty denominators instead of NaN', () => {
    expect(snippetScores(NO_SNIPPETS)).toEqual({ precision: 0, recall: 0, f1: 0, accuracy: 0 });
  });
});
