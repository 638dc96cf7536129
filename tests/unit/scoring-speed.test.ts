import { describe, expect, it } from 'vitest';
import { percentile, ratio, speedSummary } from '../../scripts/lib/scoring-speed';

describe('percentile', () => {
  it('interpolates linearly between closest ranks, like numpy', () => {
    expect(percentile([4, 1, 3, 2], 50)).toBeCloseTo(2.5, 12);
    expect(percentile([1, 2, 3, 4], 95)).toBeCloseTo(3.85, 12);
    expect(percentile([7], 95)).toBe(7);
  });

  it('does not reorder its input and is NaN for no values', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('speedSummary and ratio', () => {
  it('summarises p50 and p95 of the pages', () => {
    const values = Array.from({ length: 101 }, (_, i) => i);
    expect(speedSummary(values)).toEqual({ pages: 101, p50: 50, p95: 95 });
  });

  it('divides ours by the reference and refuses a zero reference', () => {
    expect(ratio(15, 10)).toBeCloseTo(1.5, 12);
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(Number.NaN, 3)).toBeNaN();
  });
});
