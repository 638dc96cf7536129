import Dexie, { type Table, type Transaction } from 'dexie';
import type { AnnotationRecord, ArticleBodyRecord, ArticleRecord } from '../db/records';
import type { RandnotizDb } from '../db/schema';

/**
 * Rows per bulk request. One awaited request per row cost a round trip to the browser's storage process each (25 s
 * for 10,000 articles); one bulk request for all of them would structured-clone ~150 MB of bodies at once.
 */
const WRITE_CHUNK_ROWS = 1_000;

/**
 * The rows one table will receive, kept by primary key until the import flushes them inside its transaction. A row
 * the import changes again before the flush (an article merged into one it added itself) is written once, in its
 * final form; a new row stays an add, so a key taken in the meantime still fails the whole import.
 */
class TableWrites<T> {
  private readonly adds = new Map<string, T>();
  private readonly puts = new Map<string, T>();

  constructor(
    private readonly table: Table<T>,
    private readonly keyOf: (row: T) => string,
    private readonly transaction: Transaction,
  ) {}

  add(row: T): void {
    const key = this.keyOf(row);
    // The per-row add this replaced would have failed here with a ConstraintError; so does the import.
    if (this.adds.has(key)) {
      const message = `${this.table.name}: ${key} added twice in one import`;
      throw Object.assign(new Error(message), { name: 'ConstraintError' });
    }
    this.adds.set(key, row);
  }

  put(row: T): void {
    const key = this.keyOf(row);
    if (this.adds.has(key)) this.adds.set(key, row);
    else this.puts.set(key, row);
  }

  async flush(): Promise<void> {
    await this.inChunks([...this.adds.values()], (rows) => this.table.bulkAdd(rows));
    await this.inChunks([...this.puts.values()], (rows) => this.table.bulkPut(rows));
    this.adds.clear();
    this.puts.clear();
  }

  private async inChunks(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
    for (let from = 0; from < rows.length; from += WRITE_CHUNK_ROWS) {
      // Outside the import's transaction Dexie would quietly open one per request: a chunk committed on its
      // own survives a later failure. Refuse instead, which rolls the import back.
      if (Dexie.currentTransaction !== this.transaction) {
        throw new Error(`${this.table.name}: bulk write outside the import's transaction`);
      }
      await write(rows.slice(from, from + WRITE_CHUNK_ROWS));
    }
  }
}

/** What an import writes to the article tables, flushed in bulk at the end of its one transaction. */
export class PendingWrites {
  readonly articles: TableWrites<ArticleRecord>;
  readonly bodies: TableWrites<ArticleBodyRecord>;
  readonly annotations: TableWrites<AnnotationRecord>;

  /** Call inside the import's transaction: that is the one every write must go into. */
  constructor(db: RandnotizDb) {
    const transaction = Dexie.currentTransaction;
    if (!transaction) throw new Error('PendingWrites needs the import transaction');
    this.articles = new TableWrites(db.articles, (row) => row.id, transaction);
    this.bodies = new TableWrites(db.bodies, (row) => row.articleId, transaction);
    this.annotations = new TableWrites(db.annotations, (row) => row.id, transaction);
  }

  async flush(): Promise<void> {
    await this.articles.flush();
    await this.bodies.flush();
    await this.annotations.flush();
  }
}
