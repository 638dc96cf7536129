import { listArticles, type ArticleQuery, type ArticleSort } from './article-list';
import { getDb } from './connection';
import { activeFilterCount, type LibraryFilters, type LibrarySort } from './library-query';
import type { ArticleRecord } from './records';
import type { RandnotizDb } from './schema';

export interface LibraryRow {
  article: ArticleRecord;
  highlightCount: number;
}

export interface LibraryPage {
  rows: LibraryRow[];
  /** How many articles match in all, of which `rows` are the first. */
  total: number;
}

export interface LibraryPageRequest {
  filters: LibraryFilters;
  sort: LibrarySort;
  /** Article ids best match first while a search is active; null when there is no search. */
  ranked: readonly string[] | null;
  limit: number;
}

/** A library page request without its page size: which articles match, in which order. */
export type LibraryMatchRequest = Omit<LibraryPageRequest, 'limit'>;

function articleQuery(filters: LibraryFilters, sort: LibrarySort): ArticleQuery {
  const [field, direction] = (sort === 'relevance' ? 'clippedAt-desc' : sort).split('-') as [
    ArticleSort,
    'asc' | 'desc',
  ];
  return { ...filters, sort: field, direction };
}

/** Highlights per article for the rows on screen, counted from index keys alone. */
async function highlightCounts(db: RandnotizDb, ids: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (ids.length === 0) return counts;
  const keys = await db.annotations
    .where('articleId')
    .anyOf([...ids])
    .keys();
  for (const key of keys) counts.set(String(key), (counts.get(String(key)) ?? 0) + 1);
  return counts;
}

async function matchingArticles(db: RandnotizDb, request: LibraryMatchRequest): Promise<ArticleRecord[]> {
  const query = articleQuery(request.filters, request.sort);
  if (request.ranked === null) return listArticles(query, db);
  const filtered = activeFilterCount(request.filters) > 0 ? await listArticles(query, db) : null;
  if (request.sort !== 'relevance') {
    const hits = new Set(request.ranked);
    return (filtered ?? (await listArticles(query, db))).filter((article) => hits.has(article.id));
  }
  const allowed = filtered ? new Set(filtered.map((article) => article.id)) : null;
  const ids = allowed ? request.ranked.filter((id) => allowed.has(id)) : [...request.ranked];
  return (await db.articles.bulkGet(ids)).filter(
    (article): article is ArticleRecord => article !== undefined,
  );
}

/** Ids of every article the request matches, in the library's order (the rows of an unlimited page). */
export async function loadMatchingArticleIds(
  request: LibraryMatchRequest,
  db: RandnotizDb = getDb(),
): Promise<string[]> {
  return db.transaction('r', [db.articles, db.listEntries], async () =>
    (await matchingArticles(db, request)).map((article) => article.id),
  );
}

/**
 * One page of the library view: rows (metadata only) with their highlight counts and the number of matches.
 * The view opened most often — everything, newest first — reads just `limit` rows through the index.
 */
export async function loadLibraryPage(
  request: LibraryPageRequest,
  db: RandnotizDb = getDb(),
): Promise<LibraryPage> {
  return db.transaction('r', [db.articles, db.listEntries, db.annotations], async () => {
    let articles: ArticleRecord[];
    let total: number;
    if (request.ranked === null && activeFilterCount(request.filters) === 0) {
      [articles, total] = await Promise.all([
        listArticles({ ...articleQuery(request.filters, request.sort), limit: request.limit }, db),
        db.articles.count(),
      ]);
    } else {
      const all = await matchingArticles(db, request);
      total = all.length;
      articles = all.slice(0, request.limit);
    }
    const counts = await highlightCounts(
      db,
      articles.map((article) => article.id),
    );
    return {
      rows: articles.map((article) => ({ article, highlightCount: counts.get(article.id) ?? 0 })),
      total,
    };
  });
}
