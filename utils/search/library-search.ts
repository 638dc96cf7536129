import { liveQuery } from 'dexie';
import { getDb } from '../db/connection';
import type { RandnotizDb } from '../db/schema';
import { loadSearchDocuments, readStoredIndex, writeStoredIndex } from './index-storage';
import { diffWatermarks, readWatermarks, type Watermarks } from './index-watermarks';
import {
  createSearchEngine,
  loadSearchEngine,
  removeDocument,
  SEARCH_INDEX_FORMAT,
  searchEngine,
  upsertDocument,
  type RankedHit,
  type SearchEngine,
} from './search-engine';

export interface SearchStatus {
  /** 'loading' until the stored index is read; 'indexing' while articles are (re)indexed; then 'ready'. */
  phase: 'idle' | 'loading' | 'indexing' | 'ready';
  indexed: number;
  total: number;
}

export interface LibrarySearchOptions {
  /** Articles indexed per step; the page gets the main thread back between steps. */
  batchSize?: number;
  /** How long after the last change the index is written back to the database. */
  saveDelayMs?: number;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The library's full-text index: read from the database on open, brought up to date incrementally from the
 * watermarks (only new, changed and removed articles are touched), and written back a moment after changes so a
 * restart starts from where it left off.
 */
export class LibrarySearch {
  private engine: SearchEngine = createSearchEngine();
  private indexed = new Map<string, string>();
  private opened: Promise<void> | null = null;
  private pending: Watermarks | null = null;
  private draining: Promise<void> | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private dirty = false;
  private readonly listeners = new Set<(status: SearchStatus) => void>();
  private current: SearchStatus = { phase: 'idle', indexed: 0, total: 0 };
  private readonly batchSize: number;
  private readonly saveDelayMs: number;

  constructor(
    private readonly db: RandnotizDb = getDb(),
    options: LibrarySearchOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 50;
    this.saveDelayMs = options.saveDelayMs ?? 1500;
  }

  get status(): SearchStatus {
    return this.current;
  }

  subscribe(listener: (status: SearchStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Loads the stored index once; a missing, foreign-format or unreadable one means a rebuild from scratch. */
  open(): Promise<void> {
    this.opened ??= (async () => {
      this.setStatus({ phase: 'loading' });
      const stored = await readStoredIndex(this.db).catch(() => null);
      if (stored && stored.format === SEARCH_INDEX_FORMAT) {
        try {
          this.engine = await loadSearchEngine(stored.index);
          this.indexed = new Map(Object.entries(stored.watermarks));
        } catch {
          this.engine = createSearchEngine();
          this.indexed = new Map();
        }
      }
      // A stored index answers at once (slightly stale until the first sync); without one, results fill in as
      // the rebuild proceeds.
      this.setStatus({ phase: this.indexed.size > 0 ? 'ready' : 'indexing', indexed: this.indexed.size });
    })();
    return this.opened;
  }

  /** Brings the index up to `target`; calls made while a sync runs are folded into one follow-up pass. */
  async sync(target: Watermarks): Promise<void> {
    await this.open();
    this.pending = target;
    this.draining ??= this.drain().finally(() => {
      this.draining = null;
    });
    return this.draining;
  }

  /** Keeps the index in step with the database (in this and every other extension context) until unsubscribed. */
  watch(): () => void {
    const subscription = liveQuery(() => readWatermarks(this.db)).subscribe({
      next: (watermarks) => void this.sync(watermarks),
      error: (error: unknown) => console.error('Randnotiz: search index could not follow the library', error),
    });
    return () => subscription.unsubscribe();
  }

  /** Throws the index away and indexes the whole library again (the settings view offers this as a remedy). */
  async rebuild(): Promise<void> {
    await this.open();
    await this.draining;
    this.engine = createSearchEngine();
    this.indexed = new Map();
    this.setStatus({ phase: 'indexing', indexed: 0 });
    await this.sync(await readWatermarks(this.db));
    await this.save();
  }

  /** Ranked ids, or null while there is no index to ask yet (the stored one is still loading). */
  search(query: string): RankedHit[] | null {
    if (this.current.phase === 'idle' || this.current.phase === 'loading') return null;
    return searchEngine(this.engine, query);
  }

  /** Writes the index and its watermarks to the database now. */
  async save(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    this.dirty = false;
    await writeStoredIndex(this.db, {
      format: SEARCH_INDEX_FORMAT,
      index: JSON.stringify(this.engine),
      watermarks: Object.fromEntries(this.indexed),
      savedAt: Date.now(),
    });
  }

  /** Stops the pending save timer; writes it now if anything is unsaved. */
  async close(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    if (this.dirty) await this.save();
  }

  private async drain(): Promise<void> {
    while (this.pending) {
      const target = this.pending;
      this.pending = null;
      const { changed, removed } = diffWatermarks(this.indexed, target);
      if (changed.length === 0 && removed.length === 0) {
        this.setStatus({ phase: 'ready', indexed: this.indexed.size, total: target.size });
        continue;
      }
      for (const id of removed) {
        removeDocument(this.engine, id);
        this.indexed.delete(id);
      }
      this.setStatus({ phase: 'indexing', indexed: target.size - changed.length, total: target.size });
      for (let start = 0; start < changed.length; start += this.batchSize) {
        const batch = changed.slice(start, start + this.batchSize);
        const documents = await loadSearchDocuments(this.db, batch);
        const found = new Set(documents.map((document) => document.id));
        for (const document of documents) upsertDocument(this.engine, document);
        for (const id of batch) {
          const signature = target.get(id);
          if (found.has(id) && signature !== undefined) this.indexed.set(id, signature);
          else {
            // Deleted between reading the watermarks and the documents: the next pass sees it gone.
            removeDocument(this.engine, id);
            this.indexed.delete(id);
          }
        }
        this.setStatus({ indexed: target.size - changed.length + start + batch.length });
        await nextTask();
      }
      this.setStatus({ phase: 'ready', indexed: this.indexed.size, total: target.size });
      this.scheduleSave();
    }
  }

  private scheduleSave(): void {
    this.dirty = true;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save().catch(() => (this.dirty = true)), this.saveDelayMs);
  }

  private setStatus(changes: Partial<SearchStatus>): void {
    this.current = { ...this.current, ...changes };
    for (const listener of this.listeners) listener(this.current);
  }
}
