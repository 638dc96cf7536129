import { normaliseTags } from '../db/article-user-fields';
import { pendingArticleRecord } from '../db/article-record';
import { withStrictDurability } from '../db/connection';
import type { ArticleRecord } from '../db/records';
import type { RandnotizDb } from '../db/schema';
import { guardStorage } from '../db/storage-errors';
import { urlKeyFor } from '../db/url-keys';
import { escapeHtml } from '../export/html-escape';
import type { ImportOptions } from './import-backup';
import { LibraryIndex } from './library-index';
import { PendingWrites } from './pending-writes';
import type { ReadLaterEntry } from './read-later-entry';

export interface ReadLaterSummary {
  /** New "not yet loaded" entries. */
  added: number;
  /** Already in the library (or twice in the file): tags added, nothing else changed. */
  alreadyInLibrary: number;
  /** Addresses that cannot be stored (not http/https), listed so the UI can show them. */
  skipped: string[];
}

function pendingEntry(entry: ReadLaterEntry, key: string, now: number): ArticleRecord {
  const savedAt = entry.addedAt ?? now;
  const selections = entry.selection
    ? [{ id: crypto.randomUUID(), html: `<p>${escapeHtml(entry.selection)}</p>`, savedAt }]
    : [];
  return {
    ...pendingArticleRecord(key, entry.title || key, savedAt, selections),
    tags: normaliseTags(entry.tags),
    status: entry.status,
  };
}

/**
 * Adds links from Pocket, Instapaper or Omnivore as "not yet loaded" entries (clipped when first opened), in ONE
 * transaction. A link the library already has keeps everything and only gains the service's tags.
 */
export async function importReadLaterEntries(
  entries: readonly ReadLaterEntry[],
  { db, now = Date.now }: ImportOptions = {},
): Promise<ReadLaterSummary> {
  const run = (target: RandnotizDb) =>
    guardStorage(() =>
      target.transaction('rw', target.articles, async () => {
        const summary: ReadLaterSummary = { added: 0, alreadyInLibrary: 0, skipped: [] };
        const writes = new PendingWrites(target);
        const index = new LibraryIndex(await target.articles.toArray());
        const at = now();
        for (const entry of entries) {
          const key = urlKeyFor(entry.url);
          if (key === null || key.startsWith('file:')) {
            summary.skipped.push(entry.url);
            continue;
          }
          const record = pendingEntry(entry, key, at);
          const existing = index.find(record);
          if (!existing) {
            writes.articles.add(record);
            index.set(record);
            summary.added++;
            continue;
          }
          const tags = normaliseTags([...existing.tags, ...record.tags]);
          if (tags.length !== existing.tags.length) {
            const updated = { ...existing, tags, updatedAt: at };
            writes.articles.put(updated);
            index.set(updated);
          }
          summary.alreadyInLibrary++;
        }
        // Bulk and chunked, still in this transaction: an id or address taken in the meantime fails the whole import.
        await writes.flush();
        return summary;
      }),
    );
  return db ? run(db) : withStrictDurability(run);
}
