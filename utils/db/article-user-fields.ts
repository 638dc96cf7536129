import { getDb } from './connection';
import type { ArticleRecord, ReadingStatus } from './records';
import type { RandnotizDb } from './schema';
import { guardStorage, StorageError } from './storage-errors';

/** The fields only the reader sets; a re-clip never touches them. */
export interface ArticleUserFields {
  status?: ReadingStatus;
  tags?: readonly string[];
  pageNote?: string;
}

/** Trimmed, inner whitespace collapsed, and "KI" and "ki" counted as one tag (the first spelling wins). */
export function normaliseTags(tags: readonly string[]): string[] {
  const byFoldedName = new Map<string, string>();
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const folded = tag.toLocaleLowerCase('de');
    if (tag !== '' && !byFoldedName.has(folded)) byFoldedName.set(folded, tag);
  }
  return [...byFoldedName.values()];
}

export async function updateArticleUserFields(
  id: string,
  fields: ArticleUserFields,
  db: RandnotizDb = getDb(),
): Promise<ArticleRecord> {
  return guardStorage(() =>
    db.transaction('rw', db.articles, async () => {
      const existing = await db.articles.get(id);
      if (!existing) throw new StorageError('not-found', `No article ${id}`);
      const updated: ArticleRecord = {
        ...existing,
        ...(fields.status !== undefined ? { status: fields.status } : {}),
        ...(fields.tags !== undefined ? { tags: normaliseTags(fields.tags) } : {}),
        ...(fields.pageNote !== undefined ? { pageNote: fields.pageNote } : {}),
        updatedAt: Date.now(),
      };
      await db.articles.put(updated);
      return updated;
    }),
  );
}
