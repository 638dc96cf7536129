import { describe, expect, it } from 'vitest';
import {
  matchShingles,
  pagePrecision,
  pageRecall,
  shingles,
  shingleScores,
  tokenize,
} from '../../scripts/lib/scoring-shingles';

describe('tokenize (Python \\w+)', () => {
  it('keeps letters, digits and underscores, splitting on everything else', () => {
    expect(tokenize("Straße, 3,5 % – don't snake_case")).toEqual([
      'Straße',
      '3',
      '5',
      'don',
      't',
      'snake_case',
    ]);
  });

  it('splits at combining marks, which Python does not count as word characters', () => {
    expect(tokenize('Cafe\u0301 au lait')).toEqual(['Cafe', 'au', 'lait']);
  });

  it('keeps case (upstream does not fold it)', () => {
    expect(tokenize('Die die')).toEqual(['Die', 'die']);
  });

  it('is empty for nothing', () => {
    expect(tokenize(null)).toEqual([]);
    expect(tokenize('  ,. ')).toEqual([]);
  });
});

describe('shingles', () => {
  it('counts overlapping 4-word sequences with multiplicity', () => {
    const counts = shingles('a b c d a b c d');
    expect(counts.size).toBe(4);
    expect(counts.get(['a', 'b', 'c', 'd'].join('\u0000'))).toBe(2);
  });

  it('gives a text shorter than four words one shingle of all its words', () => {
    expect([...shingles('hello world').values()]).toEqual([1]);
    expect(shingles('').size).toBe(0);
  });
});

describe('matchShingles', () => {
  it('normalises TP/FP/FN of a page to sum 1', () => {
    const match = matchShingles('a b c d e', 'a b c d x');
    expect(match.tp).toBeCloseTo(1 / 3, 12);
    expect(match.fp).toBeCloseTo(1 / 3, 12);
    expect(match.fn).toBeCloseTo(1 / 3, 12);
    expect(pagePrecision(match)).toBeCloseTo(0.5, 12);
    expect(pageRecall(match)).toBeCloseTo(0.5, 12);
  });

  it('compares multisets: a repeated passage must be there twice', () => {
    // truth: abcd ×2, bcda, cdab, dabc (5 shingles); prediction: abcd once
    const match = matchShingles('a b c d a b c d', 'a b c d');
    expect(pagePrecision(match)).toBe(1);
    expect(pageRecall(match)).toBeCloseTo(1 / 5, 12);
  });

  it('ignores punctuation and block breaks between the words', () => {
    const match = matchShingles('One two three. Four five', 'One two three\n\nFour, five!');
    expect(match).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('follows upstream on empty texts', () => {
    const emptyBoth = matchShingles('', '');
    expect(emptyBoth).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(pagePrecision(emptyBoth)).toBe(1);
    const nothingFound = matchShingles('a b c d', '');
    expect(nothingFound).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(pageRecall(nothingFound)).toBe(0);
  });
});

describe('shingleScores', () => {
  it('averages precision over pages with output and recall over pages with truth, then takes F1 of the means', () => {
    const perfect = matchShingles('a b c d e f', 'a b c d e f'); // P 1, R 1
    const empty = matchShingles('a b c d e f', ''); // no output: only in recall, R 0
    const half = matchShingles('a b c d e', 'a b c d x'); // P 0.5, R 0.5
    const scores = shingleScores([perfect, empty, half]);
    expect(scores.precision).toBeCloseTo((1 + 0.5) / 2, 12);
    expect(scores.recall).toBeCloseTo((1 + 0 + 0.5) / 3, 12);
    expect(scores.f1).toBeCloseTo((2 * 0.75 * 0.5) / 1.25, 12);
  });

  it('is 0 rather than NaN without pages', () => {
    expect(shingleScores([])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
