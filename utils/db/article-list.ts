import type { Collection } from 'dexie';
import { getDb } from './connection';
import type { ArticleRecord, LoadState, ReadingStatus } from './records';
import type { RandnotizDb } from './schema';
import { guardStorage } from './storage-errors';

export type ArticleSort = 'clippedAt' | 'updatedAt' | 'published' | 'title' | 'listPosition';

export interface ArticleQuery {
  sort?: ArticleSort;
  direction?: 'asc' | 'desc';
  status?: ReadingStatus;
  tag?: string;
  siteName?: string;
  year?: number;
  listId?: string;
  loadState?: LoadState;
  offset?: number;
  limit?: number;
}

type SortableValue = string | number | null;

function sortValue(article: ArticleRecord, sort: Exclude<ArticleSort, 'listPosition'>): SortableValue {
  return sort === 'title' ? article.titleSort : article[sort];
}

/** Orders rows in memory; rows without a value (no publication date) go last in either direction. */
function compareBy(sort: Exclude<ArticleSort, 'listPosition'>, direction: 'asc' | 'desc') {
  const sign = direction === 'asc' ? 1 : -1;
  return (a: ArticleRecord, b: ArticleRecord): number => {
    const left = sortValue(a, sort);
    const right = sortValue(b, sort);
    if (left === null || right === null) {
      if (left !== right) return left === null ? 1 : -1;
    } else if (left !== right) {
      return left < right ? -sign : sign;
    }
    return b.clippedAt - a.clippedAt;
  };
}

function hasFilter(query: ArticleQuery): boolean {
  return [query.status, query.tag, query.siteName, query.year, query.listId, query.loadState].some(
    (value) => value !== undefined,
  );
}

function matches(article: ArticleRecord, query: ArticleQuery): boolean {
  return (
    (query.status === undefined || article.status === query.status) &&
    (query.tag === undefined || article.tags.includes(query.tag)) &&
    (query.siteName === undefined || article.siteName === query.siteName) &&
    (query.year === undefined || article.year === query.year) &&
    (query.loadState === undefined || article.loadState === query.loadState)
  );
}

/** Narrows by the most selective indexed filter first, so a tag or list filter never scans the whole library. */
function narrowedCollection(db: RandnotizDb, query: ArticleQuery): Collection<ArticleRecord, string> {
  if (query.tag !== undefined) return db.articles.where('tags').equals(query.tag);
  if (query.siteName !== undefined) return db.articles.where('siteName').equals(query.siteName);
  if (query.year !== undefined) return db.articles.where('year').equals(query.year);
  if (query.status !== undefined) return db.articles.where('status').equals(query.status);
  return db.articles.toCollection();
}

async function listMembers(db: RandnotizDb, listId: string, query: ArticleQuery): Promise<ArticleRecord[]> {
  const entries = await db.listEntries
    .where('[listId+position]')
    .between([listId, -Infinity], [listId, Infinity])
    .toArray();
  const articles = await db.articles.bulkGet(entries.map((entry) => entry.articleId));
  const inListOrder = articles.filter((article): article is ArticleRecord => article !== undefined);
  return inListOrder.filter((article) => matches(article, query));
}

/**
 * Library rows (metadata only) for the list view. The unfiltered newest-first page, the view opened most often,
 * reads just `limit` rows through the index; filtered views sort the narrowed rows in memory.
 */
export async function listArticles(
  query: ArticleQuery = {},
  db: RandnotizDb = getDb(),
): Promise<ArticleRecord[]> {
  // List order only exists inside a list; elsewhere fall back to the library's default.
  const sort =
    query.listId === undefined && query.sort === 'listPosition'
      ? 'clippedAt'
      : (query.sort ?? (query.listId !== undefined ? 'listPosition' : 'clippedAt'));
  const direction = query.direction ?? (sort === 'title' || sort === 'listPosition' ? 'asc' : 'desc');
  const offset = query.offset ?? 0;
  const limit = query.limit ?? Infinity;

  return guardStorage(() =>
    db.transaction('r', [db.articles, db.listEntries], async () => {
      if (!hasFilter(query) && (sort === 'clippedAt' || sort === 'updatedAt' || sort === 'title')) {
        const ordered = db.articles.orderBy(sort === 'title' ? 'titleSort' : sort);
        const page = (direction === 'desc' ? ordered.reverse() : ordered).offset(offset);
        return Number.isFinite(limit) ? page.limit(limit).toArray() : page.toArray();
      }
      let rows: ArticleRecord[];
      if (query.listId !== undefined) {
        rows = await listMembers(db, query.listId, query);
        if (sort === 'listPosition' && direction === 'desc') rows.reverse();
      } else {
        rows = await narrowedCollection(db, query)
          .filter((article) => matches(article, query))
          .toArray();
      }
      if (sort !== 'listPosition') rows.sort(compareBy(sort, direction));
      return rows.slice(offset, offset + limit);
    }),
  );
}
