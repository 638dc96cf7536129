import { detectChanges } from './detect-changes';
import { CorruptIndexError } from './index-pieces';
import { rankDocuments } from './ranked-query';
import { SegmentBuilder } from './segment-builder';
import type { SearchStore } from './search-store';
import { ConcurrentWriteError, StoredIndex } from './stored-index';
import { TaskSlicer } from './task-slicer';

export interface SearchStatus {
  /** 'loading' until the manifest is read; 'indexing' while articles are (re)indexed; then 'ready'. */
  phase: 'idle' | 'loading' | 'indexing' | 'ready';
  indexed: number;
  total: number;
}

export interface LibrarySearchOptions {
  /** Articles read from the library per step. */
  batchSize?: number;
  /** Articles held in memory before they are written as a segment (a rebuild writes several). */
  segmentSize?: number;
  /** Longest stretch of index work before the thread is handed back. */
  sliceMs?: number;
  /** Partitions kept in memory between queries. */
  cachedPartitions?: number;
}

export interface RankedHit {
  id: string;
  score: number;
}

/**
 * The library's full-text index, stored in pieces (see index-pieces): opening reads the manifest and document
 * table only, a query loads the partitions of its words, and a sync indexes only what changed since the last
 * one into a new small segment, written at once; segments are merged in the background.
 *
 * Why an index of our own: measured by scripts/bench-search.ts on 10,000 synthetic German articles (120 MB of
 * text, 27,000 annotations; Node, fake-indexeddb, load average 11–17 on 2 cores), MiniSearch 7.2 — as the panel
 * used it — built in one 190 s task, serialised to 46.6 M characters (10 s to stringify, 10 s to load, +268 MB
 * heap) and answered 2-word queries at 3.4 s p95; it can only be stored and loaded whole. FlexSearch 0.8's
 * persistent mode keeps its index in IndexedDB databases of its own (one per index, object stores per field),
 * outside the schema and transactions of ours, and stores every prefix of every word for partial matches. This
 * index: 18 MB in 284 pieces, open in 0.2 s, queries 58–117 ms p95 at that load with thousands of hits each.
 * Scoring is BM25+ with MiniSearch's parameters, so rankings stay as they were.
 */
export class LibrarySearch {
  private readonly index: StoredIndex;
  private opened: Promise<void> | null = null;
  private syncWanted = false;
  private draining: Promise<void> | null = null;
  private merging: Promise<void> | null = null;
  private readonly listeners = new Set<(status: SearchStatus) => void>();
  private current: SearchStatus = { phase: 'idle', indexed: 0, total: 0 };
  private readonly batchSize: number;
  private readonly segmentSize: number;
  private readonly slicer: TaskSlicer;

  constructor(
    private readonly store: SearchStore,
    options: LibrarySearchOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 50;
    this.segmentSize = options.segmentSize ?? 1000;
    this.slicer = new TaskSlicer(options.sliceMs ?? 12);
    this.index = new StoredIndex(store, this.slicer, options.cachedPartitions ?? 64);
  }

  get status(): SearchStatus {
    return this.current;
  }

  subscribe(listener: (status: SearchStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads the manifest and document table once; a missing, foreign or damaged index is dropped for a rebuild. */
  open(): Promise<void> {
    this.opened ??= (async () => {
      this.setStatus({ phase: 'loading' });
      await this.index.load();
      const { liveCount } = this.index.docs;
      this.setStatus({
        phase: liveCount > 0 ? 'ready' : 'indexing',
        indexed: liveCount,
        total: Math.max(liveCount, this.index.manifest.marks.articleCount),
      });
    })();
    return this.opened;
  }

  /** Brings the index up to date with the library; calls made while a sync runs fold into one follow-up pass. */
  async sync(): Promise<void> {
    await this.open();
    this.syncWanted = true;
    this.draining ??= this.drain().finally(() => {
      this.draining = null;
    });
    return this.draining;
  }

  /** Keeps the index in step with the library (changes from every extension context) until stopped. */
  watch(): () => void {
    return this.store.watch(() => {
      this.sync().catch((error: unknown) => console.error('Randnotiz: search index could not follow', error));
    });
  }

  /** Throws the index away and indexes the whole library again (the settings view offers this as a remedy). */
  async rebuild(): Promise<void> {
    await this.open();
    await this.idle();
    await this.index.reset();
    this.setStatus({ phase: 'indexing', indexed: 0 });
    await this.sync();
  }

  /** Resolves when no sync or merge is running. */
  async idle(): Promise<void> {
    while (this.draining || this.merging) await (this.draining ?? this.merging);
  }

  async close(): Promise<void> {
    await this.idle().catch(() => undefined);
  }

  /** Ranked article ids, or null while there is no index to ask yet. A damaged piece means a rebuild, not an error. */
  async search(query: string): Promise<RankedHit[] | null> {
    if (this.current.phase === 'idle' || this.current.phase === 'loading') return null;
    const { docs } = this.index;
    try {
      const scored = await rankDocuments(this.index.queryable(), query);
      return scored.flatMap(({ doc, score }) => {
        const id = docs.articleOf(doc);
        return id === null ? [] : [{ id, score }];
      });
    } catch (error) {
      if (!(error instanceof CorruptIndexError)) throw error;
      console.warn('Randnotiz: the search index is damaged and is rebuilt', error);
      void this.rebuild().catch((cause: unknown) => console.error('Randnotiz: rebuild failed', cause));
      return [];
    }
  }

  private async drain(): Promise<void> {
    for (let attempt = 0; this.syncWanted;) {
      this.syncWanted = false;
      try {
        await this.syncOnce();
        attempt = 0;
      } catch (error) {
        const recoverable =
          error instanceof ConcurrentWriteError ||
          error instanceof CorruptIndexError ||
          error instanceof RangeError;
        if (!recoverable || (attempt += 1) > 3) throw error;
        await this.index.load();
        this.syncWanted = true;
      }
    }
    this.merging ??= this.index
      .mergeWhileDue()
      .catch((error: unknown) => console.warn('Randnotiz: search index merge postponed', error))
      .finally(() => {
        this.merging = null;
      });
  }

  private async syncOnce(): Promise<void> {
    const before = this.index.manifest.marks;
    const { changed: ids, deleted, marks, total } = await detectChanges(this.store, before, this.index.docs);
    for (const id of deleted) this.index.docs.remove(id);
    if (ids.length === 0) {
      if (deleted.length > 0 || JSON.stringify(marks) !== JSON.stringify(before))
        await this.index.flush(null, marks);
      this.setStatus({ phase: 'ready', indexed: this.index.docs.liveCount, total });
      return;
    }
    this.setStatus({ phase: 'indexing', indexed: total - ids.length, total });
    let builder: SegmentBuilder | null = null;
    for (let start = 0; start < ids.length; start += this.batchSize) {
      const batch = ids.slice(start, start + this.batchSize);
      const articles = await this.store.loadArticles(batch);
      // Replaced documents become tombstones; those deleted since the changes were read simply stay away.
      for (const id of batch) this.index.docs.remove(id);
      for (const { document, annotationCount } of articles) {
        builder ??= new SegmentBuilder(this.index.docs.size);
        const lengths = builder.add(this.index.docs.size, document);
        this.index.docs.add(document.id, lengths, annotationCount);
        await this.slicer.pause();
      }
      if (builder && builder.size >= this.segmentSize) {
        await this.index.flush(builder, null);
        builder = null;
      }
      this.setStatus({ indexed: total - ids.length + start + batch.length });
    }
    await this.index.flush(builder, marks);
    this.setStatus({ phase: 'ready', indexed: this.index.docs.liveCount, total });
  }

  private setStatus(changes: Partial<SearchStatus>): void {
    this.current = { ...this.current, ...changes };
    for (const listener of this.listeners) listener(this.current);
  }
}
