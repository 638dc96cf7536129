import { withIndexKeys } from './article-index-keys';
import { walkIds, walkRows, type Walked } from './index-walk';
import { countMatching, idsMatching, rankedMatching } from './library-matches';
import {
  compareInPlan,
  hasIndexFilter,
  matchesFilters,
  orderPlan,
  type Direction,
  type IndexFilters,
  type KeyCursor,
  type OrderField,
} from './library-order';
import type { ArticleRecord } from './records';
import type { RandnotizDb } from './schema';

/** Which articles, in which order. `ranked` (search hits, best first) narrows to those; null = no search. */
export interface RowsQuery {
  filters: IndexFilters & { listId?: string };
  order: { field: OrderField; direction: Direction } | 'relevance' | 'listPosition';
  ranked: readonly string[] | null;
}

/**
 * Where a page ends: a position in an index walk, or a count of rows for orders kept in memory (a reading list,
 * a few search hits) or given by the search (relevance).
 */
export type PageCursor = KeyCursor | { position: number };

export interface RowsRange {
  after?: PageCursor | null;
  /** Inclusive end of an existing page: re-reading it keeps its bounds, so pages neither overlap nor leave gaps. */
  until?: PageCursor | null;
  limit: number;
}

export interface Rows {
  rows: ArticleRecord[];
  /** Where the next page starts; null when this page reached the end. */
  next: PageCursor | null;
}

/** Up to this many search hits are read and sorted in memory; more are picked out of the sorted index instead. */
const FEW_HITS = 200;

const keyCursor = (cursor: PageCursor | null | undefined): KeyCursor | null =>
  cursor && 'segment' in cursor ? cursor : null;
/** The range with index-walk cursors only (a position cursor from another order starts from the top). */
const keyRange = (range: RowsRange) => ({
  ...range,
  after: keyCursor(range.after),
  until: keyCursor(range.until),
});
/** Search order and list order have no index; everything else falls back to the library's default. */
const orderOf = (query: RowsQuery) =>
  typeof query.order === 'string' ? { field: 'clippedAt' as const, direction: 'desc' as const } : query.order;
const positionOf = (cursor: PageCursor | null | undefined): number | null =>
  cursor && 'position' in cursor ? cursor.position : null;

function slice<T>(items: readonly T[], range: RowsRange): { items: T[]; next: PageCursor | null } {
  const start = positionOf(range.after) ?? 0;
  const end = positionOf(range.until) ?? start + range.limit;
  const items_ = items.slice(start, end);
  const reachedEnd = end >= items.length && positionOf(range.until) === null;
  return { items: items_, next: reachedEnd ? null : { position: end } };
}

async function rowsByIds(db: RandnotizDb, ids: readonly string[]): Promise<ArticleRecord[]> {
  return (await db.articles.bulkGet([...ids])).filter((row): row is ArticleRecord => row !== undefined);
}

/** The members of a reading list in list order, filtered: lists are small, so their rows are read whole. */
async function listRows(db: RandnotizDb, listId: string, filters: IndexFilters): Promise<ArticleRecord[]> {
  const entries = await db.listEntries
    .where('[listId+position]')
    .between([listId, -Infinity], [listId, Infinity])
    .toArray();
  const rows = await rowsByIds(
    db,
    entries.map((entry) => entry.articleId),
  );
  return rows.filter((row) => matchesFilters(row, filters));
}

/** Orders a small set of rows exactly as the index walk would, or keeps the given order. */
function ordered(rows: ArticleRecord[], query: RowsQuery, filters: IndexFilters): ArticleRecord[] {
  if (typeof query.order === 'string') return rows;
  const compare = compareInPlan(orderPlan(filters, query.order.field, query.order.direction));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return rows
    .map(withIndexKeys)
    .sort(compare)
    .map((row) => byId.get(row.id)!);
}

function fromWalk(walked: Walked<ArticleRecord>): Rows {
  return { rows: walked.items, next: walked.last };
}

async function fromIdWalk(db: RandnotizDb, walked: Walked<string>): Promise<Rows> {
  return { rows: await rowsByIds(db, walked.items), next: walked.last };
}

/** One page of the query's rows. Reads index entries up to the page's end, and only the page's rows. */
export async function readRows(db: RandnotizDb, query: RowsQuery, range: RowsRange): Promise<Rows> {
  const { listId, ...filters } = query.filters;
  if (listId !== undefined) {
    let rows = await listRows(db, listId, filters);
    if (query.ranked !== null) {
      const rank = new Map(query.ranked.map((id, index) => [id, index]));
      rows = rows.filter((row) => rank.has(row.id));
      if (query.order === 'relevance') rows.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
    }
    const page = slice(ordered(rows, query, filters), range);
    return { rows: page.items, next: page.next };
  }
  if (query.ranked !== null) {
    const hits = await rankedMatching(db, query.ranked, filters, null);
    // Decided by the search alone, not by what the filters leave: a page re-read after an edit keeps its strategy.
    if (typeof query.order === 'string' || query.ranked.length <= FEW_HITS) {
      const inOrder =
        typeof query.order === 'string'
          ? hits
          : ordered(await rowsByIds(db, hits), query, filters).map((r) => r.id);
      const page = slice(inOrder, range);
      return { rows: await rowsByIds(db, page.items), next: page.next };
    }
    const accepted = new Set(hits);
    const plan = orderPlan(filters, query.order.field, query.order.direction);
    return fromIdWalk(db, await walkIds(db, plan, keyRange(range), (id) => accepted.has(id)));
  }
  const order = orderOf(query);
  const plan = orderPlan(filters, order.field, order.direction);
  if (!hasIndexFilter(plan.residual)) return fromWalk(await walkRows(db, plan, keyRange(range)));
  const allowed = (await idsMatching(db, plan.residual))!;
  return fromIdWalk(db, await walkIds(db, plan, keyRange(range), (id) => allowed.has(id)));
}

/** Every matching id in order (an export of the current filter or search): index keys only, no rows. */
export async function readIds(db: RandnotizDb, query: RowsQuery): Promise<string[]> {
  const { listId, ...filters } = query.filters;
  if (listId !== undefined || (query.ranked !== null && typeof query.order === 'string')) {
    return (await readRows(db, query, { limit: Infinity })).rows.map((row) => row.id);
  }
  const order = orderOf(query);
  const plan = orderPlan(filters, order.field, order.direction);
  const allowed =
    query.ranked !== null
      ? new Set(await rankedMatching(db, query.ranked, filters, null))
      : await idsMatching(db, plan.residual);
  return (await walkIds(db, plan, { limit: Infinity }, (id) => allowed === null || allowed.has(id))).items;
}

/** How many articles the query matches, from index counts and keys (no rows, except a reading list's). */
export async function countRows(db: RandnotizDb, query: RowsQuery): Promise<number> {
  const { listId, ...filters } = query.filters;
  if (listId !== undefined) {
    const rows = await listRows(db, listId, filters);
    if (query.ranked === null) return rows.length;
    const hits = new Set(query.ranked);
    return rows.filter((row) => hits.has(row.id)).length;
  }
  if (query.ranked !== null) {
    return hasIndexFilter(filters)
      ? (await rankedMatching(db, query.ranked, filters, null)).length
      : query.ranked.length;
  }
  return countMatching(db, filters);
}
