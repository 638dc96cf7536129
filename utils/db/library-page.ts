import { getDb } from './connection';
import type { OrderField } from './library-order';
import type { LibraryFilters, LibrarySort } from './library-query';
import { countRows, readIds, readRows, type PageCursor, type RowsQuery } from './library-rows';
import type { ArticleRecord } from './records';
import type { RandnotizDb } from './schema';

export type { PageCursor } from './library-rows';

export interface LibraryRow {
  article: ArticleRecord;
  highlightCount: number;
}

/** Rows of one page, and where the next page starts (null at the end). */
export interface LibraryRows {
  rows: LibraryRow[];
  next: PageCursor | null;
}

export interface LibraryPage extends LibraryRows {
  /** How many articles match in all, of which `rows` are the first. */
  total: number;
}

export interface LibraryPageRequest {
  filters: LibraryFilters;
  sort: LibrarySort;
  /** Article ids best match first while a search is active; null when there is no search. */
  ranked: readonly string[] | null;
  limit: number;
  /** "Show more": continue after the previous page's `next` (keyset pagination: the cost of a page is constant). */
  after?: PageCursor | null;
  /** Re-reading an existing page: up to the next page's start, so a change never opens a gap between pages. */
  until?: PageCursor | null;
}

/** A library page request without its page size: which articles match, in which order. */
export type LibraryMatchRequest = Pick<LibraryPageRequest, 'filters' | 'sort' | 'ranked'>;

const FIELDS: Record<string, OrderField> = { clippedAt: 'clippedAt', published: 'published', title: 'title' };

function rowsQuery({ filters, sort, ranked }: LibraryMatchRequest): RowsQuery {
  if (sort === 'relevance' && ranked !== null) return { filters, ranked, order: 'relevance' };
  const [field, direction] = (sort === 'relevance' ? 'clippedAt-desc' : sort).split('-');
  return {
    filters,
    ranked,
    order: { field: FIELDS[field ?? ''] ?? 'clippedAt', direction: direction === 'asc' ? 'asc' : 'desc' },
  };
}

/** Highlights per article on the page: one index count each (no annotation rows read), in one transaction. */
async function highlightCounts(db: RandnotizDb, ids: readonly string[]): Promise<number[]> {
  if (ids.length === 0) return [];
  return db.transaction('r', db.annotations, () =>
    Promise.all(ids.map((id) => db.annotations.where('articleId').equals(id).count())),
  );
}

// The readers below run each index read in its own short transaction instead of one around them all: they await
// their own helpers between reads, and a read-only snapshot across a page gains nothing worth Dexie's rule that
// nothing but its own promises may be awaited inside a transaction.

/** One page of rows (metadata only) with their highlight counts, without counting all matches. */
export async function loadLibraryRows(
  request: LibraryPageRequest,
  db: RandnotizDb = getDb(),
): Promise<LibraryRows> {
  const { rows, next } = await readRows(db, rowsQuery(request), request);
  const counts = await highlightCounts(
    db,
    rows.map((article) => article.id),
  );
  return { rows: rows.map((article, i) => ({ article, highlightCount: counts[i] ?? 0 })), next };
}

/** How many articles match, from index counts and keys. */
export async function loadLibraryTotal(
  request: LibraryMatchRequest,
  db: RandnotizDb = getDb(),
): Promise<number> {
  return countRows(db, rowsQuery(request));
}

/** Ids of every article the request matches, in the library's order (the rows of an unlimited page). */
export async function loadMatchingArticleIds(
  request: LibraryMatchRequest,
  db: RandnotizDb = getDb(),
): Promise<string[]> {
  return readIds(db, rowsQuery(request));
}

/** One page of the library view with the number of matches: `loadLibraryRows` and `loadLibraryTotal` at once. */
export async function loadLibraryPage(
  request: LibraryPageRequest,
  db: RandnotizDb = getDb(),
): Promise<LibraryPage> {
  const [page, total] = await Promise.all([loadLibraryRows(request, db), loadLibraryTotal(request, db)]);
  return { ...page, total };
}
