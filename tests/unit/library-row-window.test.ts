import { describe, expect, it } from 'vitest';
import { rowOffset, rowWindow } from '../../components/library/row-window';

const rows = (count: number, height = 100) => Array.from({ length: count }, () => height);

describe('rowWindow: which rows of a long list are drawn', () => {
  it('draws the rows meeting the viewport and the overscan, and keeps the others’ height as padding', () => {
    const window = rowWindow(rows(10_000), 50_000, 50_800, 200);
    expect(window).toEqual({ start: 498, end: 510, paddingTop: 49_800, paddingBottom: (10_000 - 510) * 100 });
    expect(window.end - window.start).toBeLessThan(20);
  });

  it('sums rows of different heights', () => {
    const heights = [50, 150, 100, 300, 80];
    expect(rowWindow(heights, 160, 260, 0)).toEqual({ start: 1, end: 3, paddingTop: 50, paddingBottom: 380 });
    expect(rowOffset(heights, 3)).toBe(300);
  });

  it('keeps the focused row and the rows up to it when it is near, so Tab finds the next row', () => {
    expect(rowWindow(rows(1000), 0, 800, 0, 30)).toMatchObject({ start: 0, end: 31 });
    expect(rowWindow(rows(1000), 50_000, 50_800, 0, 470)).toMatchObject({ start: 470, end: 508 });
  });

  it('does not draw a far focused row (the list scrolls to it instead)', () => {
    expect(rowWindow(rows(1000), 0, 800, 0, 900)).toMatchObject({ start: 0, end: 8 });
  });

  it('draws the last rows when the viewport is past a list that just shrank', () => {
    expect(rowWindow(rows(5), 10_000, 10_800, 0)).toMatchObject({ start: 4, end: 5, paddingBottom: 0 });
  });
});
