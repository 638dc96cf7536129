import { describe, expect, it } from 'vitest';
import { dropEdgeAt, dropGap, indexAfterDrop } from '../../utils/reading-lists/drop-position';

describe('where a dragged list entry lands', () => {
  it('takes the upper half of a row for "before it" and the lower half for "after it"', () => {
    expect(dropGap(2, 109, 100, 20)).toBe(2);
    expect(dropGap(2, 110, 100, 20)).toBe(3);
  });

  it('turns the gap into the entry’s new index, and a gap next to it into no move', () => {
    // [a b c d]: dragging b (1)
    expect(indexAfterDrop(1, 0)).toBe(0);
    expect(indexAfterDrop(1, 1)).toBeNull();
    expect(indexAfterDrop(1, 2)).toBeNull();
    expect(indexAfterDrop(1, 3)).toBe(2);
    expect(indexAfterDrop(1, 4)).toBe(3);
  });

  it('draws the indicator above the row of the gap, or below the last row', () => {
    expect([0, 1, 2].map((index) => dropEdgeAt(index, 3, 1))).toEqual([null, 'before', null]);
    expect([0, 1, 2].map((index) => dropEdgeAt(index, 3, 3))).toEqual([null, null, 'after']);
    expect(dropEdgeAt(0, 3, null)).toBeNull();
  });
});
