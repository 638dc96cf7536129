import Dexie, { cmp } from 'dexie';
import type { ArticleIndexKeys, StoredArticleRow } from './article-index-keys';
import type { ArticleRecord, LoadState, ReadingStatus } from './records';

/** An IndexedDB key as the library's indexes hold them: numbers, strings and arrays of them. */
export type IndexKey = number | string | IndexKey[];

/** Sorts after every string, number and array of them. */
const MAX_KEY = Dexie.maxKey as IndexKey;

export type OrderField = 'clippedAt' | 'updatedAt' | 'published' | 'title';
export type Direction = 'asc' | 'desc';

/** The filters an index can narrow by (a reading list is read from its entries instead: lists are small). */
export interface IndexFilters {
  status?: ReadingStatus;
  tag?: string;
  siteName?: string;
  year?: number;
  loadState?: LoadState;
}

/**
 * One index range walked in one direction. A sort is one segment, except by publication date: dated rows in the
 * direction asked, then undated rows newest clip first, so "no date" comes last both ways.
 */
export interface OrderSegment {
  index: string;
  /** Inclusive. */
  lower: IndexKey;
  /** Exclusive. */
  upper: IndexKey;
  reverse: boolean;
  /** The row's key in this index; its last element is always the article id. */
  keyOf: (row: StoredArticleRow) => IndexKey;
}

export interface OrderPlan {
  segments: OrderSegment[];
  /** Filters the chosen index does not cover; the caller narrows by them through their own indexes. */
  residual: IndexFilters;
}

/** Where a walk stopped: after this key of this segment. */
export interface KeyCursor {
  segment: number;
  key: IndexKey;
}

type PrefixFilter = 'tag' | 'siteName' | 'year' | 'status';
/** Most selective first: a tag or a site narrows far more than a year or a reading status. */
const PREFIX_ORDER: readonly PrefixFilter[] = ['tag', 'siteName', 'year', 'status'];

const TAG_INDEX: Record<Exclude<OrderField, 'updatedAt'>, keyof ArticleIndexKeys> = {
  clippedAt: 'tagClipped',
  published: 'tagPublished',
  title: 'tagTitle',
};

/** The sort key columns after the filter column, as named in the compound indexes. */
const SORT_COLUMNS: Record<OrderField, string[]> = {
  clippedAt: ['clippedAt', 'id'],
  updatedAt: ['updatedAt', 'id'],
  published: ['publishedKey', 'clippedAt', 'id'],
  title: ['titleSort', 'id'],
};

function compoundKeyOf(columns: readonly string[]) {
  return (row: StoredArticleRow): IndexKey =>
    columns.map((column) => (row as unknown as Record<string, IndexKey>)[column]!);
}

function tagKeyOf(index: keyof ArticleIndexKeys, tag: string) {
  return (row: StoredArticleRow): IndexKey => {
    const entries = row[index] as unknown as IndexKey[][];
    return entries.find((entry) => entry[0] === tag) ?? [tag];
  };
}

/**
 * Chooses the index for a filter + sort: the most selective filter that has a compound index with this sort, else
 * the plain sort index. Filters left over go to `residual`.
 */
export function orderPlan(filters: IndexFilters, field: OrderField, direction: Direction): OrderPlan {
  const residual: IndexFilters = { ...filters };
  let prefixFilter: PrefixFilter | undefined = PREFIX_ORDER.find((name) => filters[name] !== undefined);
  // No compound index pairs a tag or any filter with "last updated": that order is only offered unfiltered.
  if (field === 'updatedAt') prefixFilter = undefined;
  if (prefixFilter !== undefined) delete residual[prefixFilter];

  let index: string;
  let prefix: IndexKey[] = [];
  let keyOf: OrderSegment['keyOf'];
  if (prefixFilter === 'tag' && field !== 'updatedAt') {
    index = TAG_INDEX[field];
    prefix = [filters.tag!];
    keyOf = tagKeyOf(TAG_INDEX[field], filters.tag!);
  } else {
    const columns = prefixFilter ? [prefixFilter, ...SORT_COLUMNS[field]] : SORT_COLUMNS[field];
    index = `[${columns.join('+')}]`;
    if (prefixFilter) prefix = [filters[prefixFilter] as IndexKey];
    keyOf = compoundKeyOf(columns);
  }
  const reverse = direction === 'desc';
  const segments: OrderSegment[] =
    field === 'published'
      ? [
          // '' is the undated key; every date sorts after '\u0000'.
          { index, lower: [...prefix, '\u0000'], upper: [...prefix, MAX_KEY], reverse, keyOf },
          { index, lower: [...prefix, ''], upper: [...prefix, '', MAX_KEY], reverse: true, keyOf },
        ]
      : [{ index, lower: prefix.length ? prefix : -Infinity, upper: [...prefix, MAX_KEY], reverse, keyOf }];
  return { segments, residual };
}

/** Orders rows (small sets: a reading list, a few search hits) exactly as walking the plan's indexes would. */
export function compareInPlan(plan: OrderPlan) {
  const position = (row: StoredArticleRow): KeyCursor => {
    for (const [segment, range] of plan.segments.entries()) {
      const key = range.keyOf(row);
      if (cmp(key, range.lower) >= 0 && cmp(key, range.upper) < 0) return { segment, key };
    }
    return { segment: plan.segments.length, key: row.id };
  };
  return (a: StoredArticleRow, b: StoredArticleRow): number =>
    comparePositions(plan, position(a), position(b));
}

/** Negative when `a` comes before `b` in the walk. */
export function comparePositions(plan: OrderPlan, a: KeyCursor, b: KeyCursor): number {
  if (a.segment !== b.segment) return a.segment - b.segment;
  const order = cmp(a.key, b.key);
  return plan.segments[a.segment]?.reverse ? -order : order;
}

export function matchesFilters(row: ArticleRecord, filters: IndexFilters): boolean {
  return (
    (filters.status === undefined || row.status === filters.status) &&
    (filters.tag === undefined || row.tags.includes(filters.tag)) &&
    (filters.siteName === undefined || row.siteName === filters.siteName) &&
    (filters.year === undefined || row.year === filters.year) &&
    (filters.loadState === undefined || row.loadState === filters.loadState)
  );
}

export function hasIndexFilter(filters: IndexFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}
