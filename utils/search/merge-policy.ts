import type { SegmentInfo } from './index-pieces';

/**
 * Segments are merged four at a time, like a counter in base four: four of about the same size (by the range
 * of document numbers they span) at the end of the list become one. A library of n documents thus keeps at most
 * about 3·log4(n) segments (a query reads one row per segment that has its partition), and each document is
 * rewritten about log4(n) times over its life instead of the whole index on every clip.
 */
export const MERGE_FACTOR = 4;

const levelOf = (segment: SegmentInfo) =>
  Math.floor(Math.log(Math.max(1, segment.endDoc - segment.firstDoc)) / Math.log(MERGE_FACTOR));

/** The consecutive segments at the end to merge now, or null. */
export function segmentsToMerge(segments: readonly SegmentInfo[]): SegmentInfo[] | null {
  if (segments.length < MERGE_FACTOR) return null;
  const tail = segments.slice(-MERGE_FACTOR);
  const level = levelOf(tail[0]!);
  return tail.every((segment) => levelOf(segment) === level) ? tail : null;
}
