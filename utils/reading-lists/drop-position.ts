/**
 * Where a dragged list entry would land. A drop is described by the gap it goes into: gap `g` lies before the
 * entry at index `g` (gap `count` is after the last one), which is also where the drop indicator is drawn.
 */
export type DropEdge = 'before' | 'after';

/** The gap next to the entry under the pointer: its upper half means before it, its lower half after it. */
export function dropGap(overIndex: number, pointerY: number, top: number, height: number): number {
  return pointerY < top + height / 2 ? overIndex : overIndex + 1;
}

/** The dragged entry's index after the drop, or null when the gap is right next to it (nothing would move). */
export function indexAfterDrop(fromIndex: number, gap: number): number | null {
  if (gap === fromIndex || gap === fromIndex + 1) return null;
  return gap > fromIndex ? gap - 1 : gap;
}

/** Which edge of the entry at `index` shows the indicator for `gap`: the gap before it, or after the last one. */
export function dropEdgeAt(index: number, count: number, gap: number | null): DropEdge | null {
  if (gap === null) return null;
  if (gap === index) return 'before';
  return gap === count && index === count - 1 ? 'after' : null;
}
