import type { AnnotationRecord, ArticleRecord } from '../db/records';
import type { RandnotizDb } from '../db/schema';
import type { LibraryIndex } from './library-index';

/** Requests in flight at once while reading ahead: issued together they share round trips instead of queueing. */
const READ_BATCH = 500;

async function inBatches(ids: string[], read: (batch: string[]) => Promise<void>): Promise<void> {
  for (let from = 0; from < ids.length; from += READ_BATCH) await read(ids.slice(from, from + READ_BATCH));
}

/**
 * The highlights and texts of the articles a backup merges into. They are read ahead in bulk (one awaited query
 * per merged article cost seconds at 10,000 articles) and kept current as the import goes: its writes wait in
 * `PendingWrites` until the end, so the database alone would not show an article the same import added or
 * changed. Whatever the read-ahead missed is read by `readMissing` before the merge that needs it.
 */
export class MergeTargets {
  private readonly annotations = new Map<string, AnnotationRecord[]>();
  private readonly texts = new Map<string, string | undefined>();

  constructor(private readonly db: RandnotizDb) {}

  /** Reads what merging `articles` into the library articles `index` finds for them will need. */
  async readAhead(
    index: LibraryIndex,
    articles: readonly ArticleRecord[],
    incoming: ReadonlyMap<string, readonly AnnotationRecord[]>,
  ): Promise<void> {
    const annotationsOf = new Set<string>();
    // A superset of the texts needed: re-anchoring also depends on the merged record, known only while merging.
    const textsOf = new Set<string>();
    for (const imported of articles) {
      if (!incoming.get(imported.id)?.length) continue;
      const existing = index.find(imported);
      if (!existing) continue;
      annotationsOf.add(existing.id);
      if (existing.contentHash !== imported.contentHash) textsOf.add(existing.id);
    }
    const { db } = this;
    await inBatches([...annotationsOf], async (batch) => {
      const found = await Promise.all(
        batch.map((id) => db.annotations.where('articleId').equals(id).toArray()),
      );
      batch.forEach((id, i) => this.annotations.set(id, found[i] ?? []));
    });
    await inBatches([...textsOf], async (batch) => {
      const bodies = await db.bodies.bulkGet(batch);
      batch.forEach((id, i) => this.texts.set(id, bodies[i]?.text));
    });
  }

  /**
   * Reads what merging into `articleId` needs and the read-ahead did not fetch; null when there is nothing to read,
   * so that the caller awaits only real database requests.
   */
  readMissing(articleId: string, needsText: boolean): Promise<void> | null {
    const annotations = !this.annotations.has(articleId);
    const text = needsText && !this.texts.has(articleId);
    if (!annotations && !text) return null;
    return (async () => {
      if (annotations) {
        this.annotations.set(
          articleId,
          await this.db.annotations.where('articleId').equals(articleId).toArray(),
        );
      }
      if (text) this.texts.set(articleId, (await this.db.bodies.get(articleId))?.text);
    })();
  }

  /** The article's highlights as the library will hold them; the import pushes to and replaces in this array. */
  annotationsOf(articleId: string): AnnotationRecord[] {
    const known = this.annotations.get(articleId);
    if (!known) throw new Error(`The highlights of ${articleId} were not read before merging`);
    return known;
  }

  textOf(articleId: string): string | undefined {
    if (!this.texts.has(articleId)) throw new Error(`The text of ${articleId} was not read before merging`);
    return this.texts.get(articleId);
  }

  /** Records an article the import adds, with its highlights and text, for later backup articles merging into it. */
  added(articleId: string, annotations: AnnotationRecord[], text: string | undefined): void {
    this.annotations.set(articleId, annotations);
    this.texts.set(articleId, text);
  }

  /** Records the text an article takes from the backup (a "not yet loaded" entry gaining its clip). */
  textChanged(articleId: string, text: string): void {
    this.texts.set(articleId, text);
  }
}
