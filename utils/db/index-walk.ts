import { withoutIndexKeys, type StoredArticleRow } from './article-index-keys';
import {
  comparePositions,
  type IndexKey,
  type KeyCursor,
  type OrderPlan,
  type OrderSegment,
} from './library-order';
import type { ArticleRecord } from './records';
import type { RandnotizDb } from './schema';

export interface WalkRange {
  /** Start strictly after this position; from the first row when absent. */
  after?: KeyCursor | null;
  /** Stop after this position (inclusive): a page that already exists keeps its end when rows change. */
  until?: KeyCursor | null;
  /** At most this many rows; ignored when `until` is given. */
  limit: number;
}

export interface Walked<T> {
  items: T[];
  /** The position of the last item, for the next page; null when the walk reached the end. */
  last: KeyCursor | null;
}

/** Reads up to `count` index entries of `segment` strictly after `from` (all from the start when null). */
function segmentRange(db: RandnotizDb, segment: OrderSegment, from: IndexKey | null) {
  const where = db.articles.where(segment.index);
  if (from === null) {
    const all = where.between(segment.lower, segment.upper, true, false);
    return segment.reverse ? all.reverse() : all;
  }
  return segment.reverse
    ? where.between(segment.lower, from, true, false).reverse()
    : where.between(from, segment.upper, false, false);
}

/**
 * Walks the plan's index ranges from `after`, `read(batchSize)` at a time, keeping what `accept` takes, until
 * `limit` are kept or `until` is passed. Cost is proportional to the entries read, never to the library's size.
 */
async function walk<Entry, T>(
  plan: OrderPlan,
  range: WalkRange,
  read: (segment: OrderSegment, from: IndexKey | null, count: number) => Promise<Entry[]>,
  keyOf: (entry: Entry, segment: OrderSegment) => IndexKey,
  accept: (entry: Entry) => T | null,
  firstBatch: number,
): Promise<Walked<T>> {
  const items: T[] = [];
  const limit = range.until ? Infinity : range.limit;
  let last: KeyCursor | null = range.after ?? null;
  for (let segment = range.after?.segment ?? 0; segment < plan.segments.length; segment += 1) {
    const spec = plan.segments[segment]!;
    let from = last !== null && last.segment === segment ? last.key : null;
    let batch = firstBatch;
    for (;;) {
      const entries = await read(spec, from, batch);
      for (const entry of entries) {
        const position: KeyCursor = { segment, key: keyOf(entry, spec) };
        if (range.until && comparePositions(plan, position, range.until) > 0)
          return { items, last: range.until };
        last = position;
        const item = accept(entry);
        if (item !== null) items.push(item);
        if (items.length >= limit) return { items, last };
      }
      if (entries.length < batch) break;
      from = last!.key;
      // Filters that match rarely read further: grow the batch, up to a bound that keeps each read short.
      batch = Math.min(batch * 2, 1000);
    }
  }
  return { items, last: range.until ?? null };
}

/** Article rows in the plan's order (the plan must have no residual filters). */
export function walkRows(db: RandnotizDb, plan: OrderPlan, range: WalkRange): Promise<Walked<ArticleRecord>> {
  return walk<StoredArticleRow, ArticleRecord>(
    plan,
    range,
    (segment, from, count) =>
      segmentRange(db, segment, from).raw().limit(count).toArray() as unknown as Promise<StoredArticleRow[]>,
    (row, segment) => segment.keyOf(row),
    (row) => withoutIndexKeys(row),
    range.until ? 100 : range.limit,
  );
}

/**
 * Article ids in the plan's order, read from index keys alone (every key ends with the id), keeping those
 * `accept` takes: for a search or several filters, where most rows are skipped and reading them would cost most.
 */
export function walkIds(
  db: RandnotizDb,
  plan: OrderPlan,
  range: WalkRange,
  accept: (id: string) => boolean,
): Promise<Walked<string>> {
  return walk<IndexKey, string>(
    plan,
    range,
    (segment, from, count) => segmentRange(db, segment, from).limit(count).keys() as Promise<IndexKey[]>,
    (key) => key,
    (key) => {
      const id = Array.isArray(key) ? String(key[key.length - 1]) : String(key);
      return accept(id) ? id : null;
    },
    Math.max(range.limit, 200),
  );
}
