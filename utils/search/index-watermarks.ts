import type { RandnotizDb } from '../db/schema';

/**
 * Article id → a signature of everything the index holds for it: the article's updatedAt plus its annotations'
 * count and newest updatedAt (a deleted annotation changes the count, an edited or added one the newest time).
 * Read from index keys only, so it stays cheap enough to recompute on every change to the library.
 */
export type Watermarks = ReadonlyMap<string, string>;

function zip<K, V>(keys: readonly unknown[], values: readonly unknown[]): Map<K, V> {
  const map = new Map<K, V>();
  keys.forEach((key, index) => map.set(key as K, values[index] as V));
  return map;
}

export async function readWatermarks(db: RandnotizDb): Promise<Watermarks> {
  return db.transaction('r', [db.articles, db.annotations], async () => {
    const [
      articleTimes,
      articleIds,
      annotationArticles,
      annotationIdsByArticle,
      annotationTimes,
      annotationIds,
    ] = await Promise.all([
      db.articles.orderBy('updatedAt').keys(),
      db.articles.orderBy('updatedAt').primaryKeys(),
      db.annotations.orderBy('articleId').keys(),
      db.annotations.orderBy('articleId').primaryKeys(),
      db.annotations.orderBy('updatedAt').keys(),
      db.annotations.orderBy('updatedAt').primaryKeys(),
    ]);
    const articleOf = zip<string, string>(annotationIdsByArticle, annotationArticles);
    const timeOf = zip<string, number>(annotationIds, annotationTimes);
    const perArticle = new Map<string, { count: number; newest: number }>();
    for (const [annotationId, articleId] of articleOf) {
      const entry = perArticle.get(articleId) ?? { count: 0, newest: 0 };
      entry.count += 1;
      entry.newest = Math.max(entry.newest, timeOf.get(annotationId) ?? 0);
      perArticle.set(articleId, entry);
    }
    const watermarks = new Map<string, string>();
    articleIds.forEach((id, index) => {
      const annotations = perArticle.get(id) ?? { count: 0, newest: 0 };
      watermarks.set(id, `${String(articleTimes[index])}:${annotations.count}:${annotations.newest}`);
    });
    return watermarks;
  });
}

export interface IndexChanges {
  /** New articles and articles whose metadata, text or annotations changed since they were indexed. */
  changed: string[];
  /** Articles in the index that are no longer in the library. */
  removed: string[];
}

export function diffWatermarks(indexed: Watermarks, current: Watermarks): IndexChanges {
  const changed: string[] = [];
  for (const [id, signature] of current) if (indexed.get(id) !== signature) changed.push(id);
  const removed = [...indexed.keys()].filter((id) => !current.has(id));
  return { changed, removed };
}
