import { partitionKey, readPartitionPiece, type SegmentInfo, type StoredPiece } from './index-pieces';
import { mergePartition } from './posting-lists';
import type { TaskSlicer } from './task-slicer';

export interface MergedSegment {
  segment: SegmentInfo;
  puts: StoredPiece[];
  deletes: string[];
}

/**
 * Merges consecutive segments (`run`, in document order) into segment `id`, one partition at a time so that only
 * one partition is decoded in memory and the thread is handed back between partitions. Postings of documents
 * `isLive` rejects are dropped: merging is also how deleted and replaced articles leave the stored index.
 */
export async function mergeSegments(
  run: readonly SegmentInfo[],
  id: number,
  readPieces: (keys: readonly string[]) => Promise<unknown[]>,
  isLive: (doc: number) => boolean,
  slicer: TaskSlicer,
): Promise<MergedSegment> {
  const firstDoc = run[0]!.firstDoc;
  const parts = [...new Set(run.flatMap((segment) => segment.parts))].sort();
  const puts: StoredPiece[] = [];
  const deletes: string[] = [];
  const kept: string[] = [];
  for (const part of parts) {
    const keys = run
      .filter((segment) => segment.parts.includes(part))
      .map((segment) => partitionKey(part, segment.id));
    const pieces = (await readPieces(keys)).map(readPartitionPiece);
    const piece = mergePartition(pieces, firstDoc, isLive);
    if (piece) {
      puts.push({ key: partitionKey(part, id), piece });
      kept.push(part);
    }
    deletes.push(...keys);
    await slicer.pause();
  }
  const segment: SegmentInfo = { id, firstDoc, endDoc: run[run.length - 1]!.endDoc, parts: kept };
  return { segment, puts, deletes };
}
