import { liveQuery } from 'dexie';
import { countLibraryArticles } from './library-facets';
import type { ChangeMarks, StoredPiece } from '../search/index-pieces';
import { MANIFEST_KEY } from '../search/index-pieces';
import { windowStart } from '../search/change-plan';
import { searchDocumentFor } from '../search/search-documents';
import type { IndexableArticle, LibraryChanges, SearchStore } from '../search/search-store';
import { getDb } from './connection';
import type { RandnotizDb } from './schema';

const generationOf = (row: { piece: unknown } | undefined): number => {
  const piece = row?.piece as { generation?: unknown } | undefined;
  return typeof piece?.generation === 'number' ? piece.generation : 0;
};

const keyRange = (db: RandnotizDb, prefix: string) =>
  db.searchIndex.where('key').between(prefix, `${prefix}\uffff`);

/**
 * The search index's door to the database: its pieces in the `searchIndex` store, and change detection from the
 * `updatedAt` indexes of articles and annotations (plus keys-only reads when counts call for a deletion check).
 */
export function createSearchStore(db: RandnotizDb = getDb()): SearchStore {
  return {
    readManifest: async () => (await db.searchIndex.get(MANIFEST_KEY))?.piece,

    readDocChunks: async () =>
      (await keyRange(db, 'd/').toArray()).map(({ key, piece }): StoredPiece => ({ key, piece })),

    readPartition: async (part) => (await keyRange(db, `t/${part}/`).toArray()).map((row) => row.piece),

    readPieces: async (keys) => (await db.searchIndex.bulkGet([...keys])).map((row) => row?.piece),

    commit: (expected, puts, deletes) =>
      db.transaction('rw', db.searchIndex, async () => {
        if (generationOf(await db.searchIndex.get(MANIFEST_KEY)) !== expected) return false;
        if (deletes.length > 0) await db.searchIndex.bulkDelete([...deletes]);
        await db.searchIndex.bulkPut(puts.map(({ key, piece }) => ({ key, piece })));
        return true;
      }),

    clear: () => db.searchIndex.clear(),

    readChanges: (marks: ChangeMarks) =>
      db.transaction(
        'r',
        [db.articles, db.annotations, db.libraryFacets],
        async (): Promise<LibraryChanges> => {
          const articlesSince = db.articles.where('updatedAt').aboveOrEqual(windowStart(marks.articleTime));
          const [times, ids, annotations, articleCount, annotationCount] = await Promise.all([
            articlesSince.keys(),
            articlesSince.primaryKeys(),
            db.annotations.where('updatedAt').aboveOrEqual(windowStart(marks.annotationTime)).toArray(),
            countLibraryArticles(db),
            db.annotations.count(),
          ]);
          return {
            articles: ids.map((id, index) => ({ id, updatedAt: Number(times[index]) })),
            annotations: annotations.map(({ id, articleId, createdAt, updatedAt }) => ({
              id,
              articleId,
              createdAt,
              updatedAt,
            })),
            articleCount,
            annotationCount,
          };
        },
      ),

    readArticleIds: () => db.articles.toCollection().primaryKeys(),

    readAnnotationCounts: async () => {
      const counts = new Map<string, number>();
      for (const articleId of await db.annotations.orderBy('articleId').keys())
        counts.set(String(articleId), (counts.get(String(articleId)) ?? 0) + 1);
      return counts;
    },

    loadArticles: (ids) =>
      db.transaction('r', [db.articles, db.bodies, db.annotations], async (): Promise<IndexableArticle[]> => {
        // One exact-key read per article: `anyOf` walks a cursor, which some IndexedDB engines restart per key.
        const [articles, bodies, annotations] = await Promise.all([
          db.articles.bulkGet([...ids]),
          db.bodies.bulkGet([...ids]),
          Promise.all(ids.map((id) => db.annotations.where('articleId').equals(id).toArray())),
        ]);
        return articles.flatMap((article, index) => {
          if (!article) return [];
          const own = annotations[index] ?? [];
          return [{ document: searchDocumentFor(article, bodies[index], own), annotationCount: own.length }];
        });
      }),

    watch: (onChange) => {
      // Counts and newest times change with every write, in this context or any other (Dexie propagates them).
      const subscription = liveQuery(() =>
        Promise.all([
          countLibraryArticles(db),
          db.annotations.count(),
          db.articles.orderBy('updatedAt').reverse().limit(1).keys(),
          db.annotations.orderBy('updatedAt').reverse().limit(1).keys(),
        ]),
      ).subscribe({
        next: () => onChange(),
        error: (error: unknown) =>
          console.error('Randnotiz: search index could not follow the library', error),
      });
      return () => subscription.unsubscribe();
    },
  };
}
