import type { SearchDocument } from './search-documents';
import { searchDocumentFor } from './search-documents';
import type { SearchIndexRecord } from '../db/records';
import type { RandnotizDb } from '../db/schema';

/** The one row of the `searchIndex` store that holds the library's index. */
export const LIBRARY_INDEX_KEY = 'library';

/** The documents for `ids`, read in one snapshot; ids no longer in the library are simply absent. */
export async function loadSearchDocuments(
  db: RandnotizDb,
  ids: readonly string[],
): Promise<SearchDocument[]> {
  return db.transaction('r', [db.articles, db.bodies, db.annotations], async () => {
    const [articles, bodies, annotations] = await Promise.all([
      db.articles.bulkGet([...ids]),
      db.bodies.bulkGet([...ids]),
      db.annotations
        .where('articleId')
        .anyOf([...ids])
        .toArray(),
    ]);
    return articles.flatMap((article, index) =>
      article
        ? [
            searchDocumentFor(
              article,
              bodies[index],
              annotations.filter((annotation) => annotation.articleId === article.id),
            ),
          ]
        : [],
    );
  });
}

export async function readStoredIndex(db: RandnotizDb): Promise<SearchIndexRecord | null> {
  return (await db.searchIndex.get(LIBRARY_INDEX_KEY)) ?? null;
}

export async function writeStoredIndex(
  db: RandnotizDb,
  record: Omit<SearchIndexRecord, 'key'>,
): Promise<void> {
  await db.searchIndex.put({ key: LIBRARY_INDEX_KEY, ...record });
}
