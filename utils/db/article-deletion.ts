import { getDb } from './connection';
import type { AnnotationRecord, ArticleBodyRecord, ArticleRecord, ListEntryRecord } from './records';
import type { RandnotizDb } from './schema';
import { guardStorage, StorageError } from './storage-errors';

/** Everything a deletion removed, held by the UI for "undo". */
export interface DeletedArticle {
  article: ArticleRecord;
  body: ArticleBodyRecord | null;
  annotations: AnnotationRecord[];
  listEntries: ListEntryRecord[];
}

/** Deletes an article with its body, annotations and list memberships in one transaction; null if it was gone. */
export async function deleteArticle(id: string, db: RandnotizDb = getDb()): Promise<DeletedArticle | null> {
  return guardStorage(() =>
    db.transaction('rw', [db.articles, db.bodies, db.annotations, db.listEntries], async () => {
      const article = await db.articles.get(id);
      if (!article) return null;
      const body = (await db.bodies.get(id)) ?? null;
      const annotations = await db.annotations.where('articleId').equals(id).toArray();
      const listEntries = await db.listEntries.where('articleId').equals(id).toArray();
      await db.listEntries.where('articleId').equals(id).delete();
      await db.annotations.where('articleId').equals(id).delete();
      await db.bodies.delete(id);
      await db.articles.delete(id);
      return { article, body, annotations, listEntries };
    }),
  );
}

/**
 * Undo for `deleteArticle`: puts everything back in one transaction. Memberships of lists deleted in the meantime
 * are dropped with the list. Fails with kind 'conflict' if the page was clipped again since, rather than
 * overwriting the new clip.
 */
export async function restoreArticle(deleted: DeletedArticle, db: RandnotizDb = getDb()): Promise<void> {
  await guardStorage(() =>
    db.transaction(
      'rw',
      [db.articles, db.bodies, db.annotations, db.listEntries, db.readingLists],
      async () => {
        const sameAddress = await db.articles.where('urlKey').equals(deleted.article.urlKey).first();
        if (sameAddress) {
          throw new StorageError(
            'conflict',
            `${deleted.article.urlKey} was clipped again after it was deleted`,
          );
        }
        await db.articles.add(deleted.article);
        if (deleted.body) await db.bodies.put(deleted.body);
        await db.annotations.bulkPut(deleted.annotations);
        const listIds = [...new Set(deleted.listEntries.map((entry) => entry.listId))];
        const existingLists = new Set(
          (await db.readingLists.bulkGet(listIds)).flatMap((list) => (list ? [list.id] : [])),
        );
        await db.listEntries.bulkPut(deleted.listEntries.filter((entry) => existingLists.has(entry.listId)));
      },
    ),
  );
}
