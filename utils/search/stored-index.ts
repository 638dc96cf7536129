import { INITIAL_MARKS } from './change-plan';
import { DocTable } from './doc-table';
import {
  CorruptIndexError,
  DOCS_PER_CHUNK,
  MANIFEST_KEY,
  partitionKey,
  readManifestPiece,
  readPartitionPiece,
  SEARCH_INDEX_FORMAT,
  type ChangeMarks,
  type IndexManifest,
  type PartitionPiece,
  type SegmentInfo,
  type StoredPiece,
} from './index-pieces';
import { segmentsToMerge } from './merge-policy';
import { PartitionCache } from './partition-cache';
import type { QueryableIndex } from './ranked-query';
import type { SegmentBuilder } from './segment-builder';
import { mergeSegments } from './segment-merge';
import type { SearchStore } from './search-store';
import type { TaskSlicer } from './task-slicer';

/** Another context wrote the index since this one read it: reload and try again rather than overwrite. */
export class ConcurrentWriteError extends Error {}

const freshManifest = (): IndexManifest => ({
  format: SEARCH_INDEX_FORMAT,
  generation: 0,
  nextDoc: 0,
  nextSegment: 0,
  segments: [],
  marks: INITIAL_MARKS,
  savedAt: 0,
});

/**
 * The stored index as this context knows it: manifest, document table and cached partitions, and every write to
 * it (a new segment, a merge), each one atomic and refused if another context wrote in between.
 */
export class StoredIndex {
  manifest = freshManifest();
  docs = new DocTable();
  private readonly cache: PartitionCache;
  private reservedSegment = 0;
  private committing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: SearchStore,
    private readonly slicer: TaskSlicer,
    cachedPartitions: number,
  ) {
    this.cache = new PartitionCache(cachedPartitions, (part) => this.loadPartition(part));
  }

  /** What a query reads; bound to the document table in force now. */
  queryable(): QueryableIndex {
    const { docs } = this;
    return {
      partition: (part) => this.cache.get(part),
      size: () => docs.size,
      isLive: (doc) => docs.isLive(doc),
      fieldLength: (doc, field) => docs.fieldLength(doc, field),
      averageFieldLength: (field) => docs.averageFieldLength(field),
      liveCount: () => docs.liveCount,
    };
  }

  /** Reads the manifest and document table; a missing, foreign or damaged index is dropped for a rebuild. */
  async load(): Promise<void> {
    try {
      const manifest = readManifestPiece(await this.store.readManifest());
      if (manifest === null) return await this.reset();
      const chunks = await this.store.readDocChunks();
      if (chunks.length !== Math.ceil(manifest.nextDoc / DOCS_PER_CHUNK))
        throw new CorruptIndexError('Search index document table is incomplete');
      this.docs = DocTable.fromPieces(chunks, manifest.nextDoc);
      this.manifest = manifest;
      this.cache.clear();
    } catch (error) {
      if (!(error instanceof CorruptIndexError || error instanceof RangeError)) throw error;
      console.warn('Randnotiz: the stored search index is unreadable and is rebuilt', error);
      await this.reset();
    }
  }

  async reset(): Promise<void> {
    await this.store.clear();
    this.manifest = freshManifest();
    this.docs = new DocTable();
    this.cache.clear();
  }

  /** Merges tail segments until the policy is satisfied. */
  async mergeWhileDue(): Promise<void> {
    for (
      let run = segmentsToMerge(this.manifest.segments);
      run;
      run = segmentsToMerge(this.manifest.segments)
    )
      await this.merge(run);
  }

  /** Writes the segment being built (if any), the changed document table chunks and the manifest, atomically. */
  async flush(builder: SegmentBuilder | null, marks: ChangeMarks | null): Promise<void> {
    const puts: StoredPiece[] = [];
    let segment: SegmentInfo | null = null;
    let pieces = new Map<string, PartitionPiece>();
    if (builder && builder.size > 0) {
      pieces = await builder.encode(this.slicer);
      segment = {
        id: this.allocateSegment(),
        firstDoc: builder.firstDoc,
        endDoc: this.docs.size,
        parts: [...pieces.keys()],
      };
      for (const [part, piece] of pieces) puts.push({ key: partitionKey(part, segment.id), piece });
    }
    await this.commit(
      (manifest) => ({
        ...manifest,
        nextDoc: this.docs.size,
        nextSegment: segment ? Math.max(manifest.nextSegment, segment.id + 1) : manifest.nextSegment,
        segments: segment ? [...manifest.segments, segment] : manifest.segments,
        marks: marks ?? manifest.marks,
      }),
      puts,
      [],
    );
    for (const [part, piece] of pieces) this.cache.append(part, piece);
  }

  /** Replaces consecutive segments by one, dropping the postings of deleted and replaced documents. */
  private async merge(run: readonly SegmentInfo[]): Promise<void> {
    const { segment, puts, deletes } = await mergeSegments(
      run,
      this.allocateSegment(),
      (keys) => this.store.readPieces(keys),
      (doc) => this.docs.isLive(doc),
      this.slicer,
    );
    const merged = new Set(run.map((each) => each.id));
    await this.commit(
      (manifest) => {
        const at = manifest.segments.findIndex((each) => merged.has(each.id));
        if (at < 0) throw new ConcurrentWriteError('Segments changed during a merge');
        const segments = manifest.segments.filter((each) => !merged.has(each.id));
        segments.splice(at, 0, segment);
        return { ...manifest, nextSegment: Math.max(manifest.nextSegment, segment.id + 1), segments };
      },
      puts,
      deletes,
    );
    for (const part of new Set(run.flatMap((each) => each.parts))) this.cache.drop(part);
  }

  /** Segment ids are never reused; a merge and a flush may each hold one before either is committed. */
  private allocateSegment(): number {
    const id = Math.max(this.manifest.nextSegment, this.reservedSegment);
    this.reservedSegment = id + 1;
    return id;
  }

  /** One write at a time, from the manifest in force when it starts; fails if another context wrote meanwhile. */
  private commit(
    next: (manifest: IndexManifest) => IndexManifest,
    puts: readonly StoredPiece[],
    deletes: readonly string[],
  ): Promise<void> {
    const run = this.committing.then(async () => {
      const before = this.manifest;
      const manifest: IndexManifest = {
        ...next(before),
        generation: before.generation + 1,
        savedAt: Date.now(),
      };
      const written = await this.store.commit(
        before.generation,
        [...puts, ...this.docs.takeDirtyPieces(), { key: MANIFEST_KEY, piece: manifest }],
        deletes,
      );
      if (!written) throw new ConcurrentWriteError('The search index was written by another context');
      this.manifest = manifest;
      this.cache.invalidateLoads();
    });
    this.committing = run.catch(() => undefined);
    return run;
  }

  private async loadPartition(part: string): Promise<PartitionPiece[]> {
    return (await this.store.readPartition(part)).map(readPartitionPiece);
  }
}
