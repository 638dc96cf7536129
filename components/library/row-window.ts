/** Which rows of a long list are drawn: those near the viewport, with the space of the others kept as padding. */
export interface RowWindow {
  /** First row drawn. */
  start: number;
  /** One past the last row drawn. */
  end: number;
  /** Height of the rows above `start` and below `end`, so the scrollbar and positions stay true. */
  paddingTop: number;
  paddingBottom: number;
}

/**
 * Rows whose box meets [top - overscan, bottom + overscan] (pixels from the list's top edge), plus `pinned` (the
 * row holding the keyboard focus) and the rows between it and the window when it is near — so Tab and Shift+Tab
 * always find the next row drawn, and focus is never dropped by scrolling. A far pinned row is not drawn.
 */
export function rowWindow(
  heights: readonly number[],
  top: number,
  bottom: number,
  overscan: number,
  pinned: number | null = null,
  maxPinnedDistance = 100,
): RowWindow {
  let start = heights.length;
  let end = 0;
  let offset = 0;
  for (let index = 0; index < heights.length; index += 1) {
    const height = heights[index]!;
    if (offset + height > top - overscan && offset < bottom + overscan) {
      start = Math.min(start, index);
      end = index + 1;
    }
    offset += height;
  }
  if (start >= end) {
    // The viewport is past the rows (a list that just shrank): draw the last screenful.
    start = Math.max(0, heights.length - 1);
    end = heights.length;
  }
  if (pinned !== null && pinned >= 0 && pinned < heights.length) {
    if (pinned < start && start - pinned <= maxPinnedDistance) start = pinned;
    if (pinned >= end && pinned - end < maxPinnedDistance) end = pinned + 1;
  }
  const sum = (from: number, to: number) => heights.slice(from, to).reduce((total, h) => total + h, 0);
  return { start, end, paddingTop: sum(0, start), paddingBottom: sum(end, heights.length) };
}

/** Pixels from the list's top to the top of row `index`. */
export function rowOffset(heights: readonly number[], index: number): number {
  return heights.slice(0, index).reduce((total, h) => total + h, 0);
}
