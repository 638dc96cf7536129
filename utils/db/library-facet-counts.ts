import Dexie, { type DBCoreTable, type DBCoreTransaction } from 'dexie';
import type { ArticleRecord } from './records';

/**
 * How many articles carry each tag, site, year and reading status, and how many there are in all (schema v4), kept
 * by the article write middleware in the same transaction as every article write, so the filter menus read a few
 * hundred small rows instead of walking the tag, site and year indexes over the whole library, and the list's
 * totals are one read instead of a count over an index (which IndexedDB answers by walking it).
 */
export const FACET_STORE = 'libraryFacets';

export type FacetKind = 'tag' | 'site' | 'year' | 'status' | 'all';

/** The one count of every article: its own kind, with an empty value. */
export const ALL_ARTICLES_KEY: [FacetKind, string] = ['all', ''];

export interface FacetCountRecord {
  kind: FacetKind;
  value: string | number;
  count: number;
}

type FacetSource = Partial<Pick<ArticleRecord, 'tags' | 'siteName' | 'year' | 'status'>>;

/**
 * The facet values one article contributes: each tag once, its site (when named), its year (when dated), its
 * reading status, and one to the count of all articles.
 */
export function facetEntries(row: FacetSource): [FacetKind, string | number][] {
  const tags = Array.isArray(row.tags) ? new Set(row.tags.filter((tag) => typeof tag === 'string')) : [];
  return [
    ...[...tags].map((tag): [FacetKind, string] => ['tag', tag]),
    ...(typeof row.siteName === 'string' && row.siteName !== ''
      ? [['site', row.siteName] as [FacetKind, string]]
      : []),
    ...(typeof row.year === 'number' ? [['year', row.year] as [FacetKind, number]] : []),
    ...(typeof row.status === 'string' ? [['status', row.status] as [FacetKind, string]] : []),
    ALL_ARTICLES_KEY,
  ];
}

/** Net change per facet value when `removed` rows are replaced by `added` rows (zero changes are left out). */
export function facetDeltas(
  removed: readonly FacetSource[],
  added: readonly FacetSource[],
): FacetCountRecord[] {
  const deltas = new Map<string, FacetCountRecord>();
  const add = (rows: readonly FacetSource[], sign: number) => {
    for (const row of rows) {
      for (const [kind, value] of facetEntries(row)) {
        const key = JSON.stringify([kind, value]);
        const entry = deltas.get(key) ?? { kind, value, count: 0 };
        entry.count += sign;
        deltas.set(key, entry);
      }
    }
  };
  add(removed, -1);
  add(added, 1);
  return [...deltas.values()].filter((entry) => entry.count !== 0);
}

/**
 * Adds `deltas` to the stored counts; a value no article carries any more is deleted. Chained on Dexie's promise,
 * not awaited: Dexie's own middlewares below find the transaction in its zone, which a native await would lose.
 */
export function applyFacetDeltas(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  deltas: readonly FacetCountRecord[],
): Promise<unknown> {
  if (deltas.length === 0) return Dexie.Promise.resolve();
  const keys = deltas.map((delta) => [delta.kind, delta.value]);
  return Dexie.Promise.resolve(table.getMany({ trans, keys })).then(
    (current: (FacetCountRecord | undefined)[]) => {
      const next = deltas.map((delta, i) => ({ ...delta, count: (current[i]?.count ?? 0) + delta.count }));
      const kept = next.filter((entry) => entry.count > 0);
      const gone = next.filter((entry) => entry.count <= 0).map((entry) => [entry.kind, entry.value]);
      return Dexie.Promise.all([
        kept.length ? table.mutate({ trans, type: 'put', values: kept }) : null,
        gone.length ? table.mutate({ trans, type: 'delete', keys: gone }) : null,
      ]);
    },
  );
}

/** Counts of a whole set of rows, for the migration that creates the store. */
export function countFacets(rows: readonly FacetSource[]): FacetCountRecord[] {
  return facetDeltas([], rows);
}
