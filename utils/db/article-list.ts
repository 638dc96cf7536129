import { getDb } from './connection';
import { readRows, type RowsQuery } from './library-rows';
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

function rowsQuery(query: ArticleQuery): RowsQuery {
  const { sort: asked, direction: askedDirection, offset: _offset, limit: _limit, ...filters } = query;
  // List order only exists inside a list; elsewhere fall back to the library's default.
  const sort =
    query.listId === undefined && asked === 'listPosition'
      ? 'clippedAt'
      : (asked ?? (query.listId !== undefined ? 'listPosition' : 'clippedAt'));
  if (sort === 'listPosition') return { filters, ranked: null, order: 'listPosition' };
  const direction = askedDirection ?? (sort === 'title' ? 'asc' : 'desc');
  return { filters, ranked: null, order: { field: sort, direction } };
}

/**
 * Library rows (metadata only), filtered and sorted through the schema-v4 indexes: reads `offset + limit` index
 * entries at most, never the whole table. The library view pages with cursors instead (see `loadLibraryRows`).
 */
export async function listArticles(
  query: ArticleQuery = {},
  db: RandnotizDb = getDb(),
): Promise<ArticleRecord[]> {
  const offset = query.offset ?? 0;
  const limit = query.limit ?? Infinity;
  return guardStorage(async () => {
    const plan = rowsQuery(query);
    // A list's own order backwards: lists are small, read it whole and turn it round.
    const backwards = plan.order === 'listPosition' && query.direction === 'desc';
    const { rows } = await readRows(db, plan, { limit: backwards ? Infinity : offset + limit });
    return (backwards ? rows.reverse() : rows).slice(offset, offset + limit);
  });
}
