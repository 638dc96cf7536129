import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import { INDEX_KEY_SOURCES, articleIndexKeys, withoutIndexKeys } from './article-index-keys';
import { FACET_STORE, applyFacetDeltas, facetDeltas } from './library-facet-counts';
import type { ArticleRecord } from './records';
import type { RandnotizDb } from './schema';

const ARTICLES = 'articles';

function touchesKeySources(changes: Record<string, unknown>): boolean {
  return Object.keys(changes).some((path) =>
    (INDEX_KEY_SOURCES as readonly string[]).includes(path.split('.')[0] ?? ''),
  );
}

/** `updates` lists every key asked for, `values` only the rows found: match them by id, not by position. */
function specsWithKeys(
  updates: { keys: unknown[]; changeSpecs: Record<string, unknown>[] },
  values: readonly ArticleRecord[],
): Record<string, unknown>[] {
  const byId = new Map(values.map((value) => [value.id, value]));
  return updates.changeSpecs.map((spec, index) => {
    const value = byId.get(String(updates.keys[index]));
    return value ? { ...spec, ...articleIndexKeys(value) } : spec;
  });
}

/**
 * Adds the index keys to every article value on its way into IndexedDB. A DBCore middleware sees every write —
 * add, put, bulk writes, `update`, `modify`, imports, migrations — in one place, and works on copies, so a caller's
 * object never gains the fields (Dexie's 'creating'/'updating' hooks would write into the caller's object).
 */
function withKeys(request: DBCoreMutateRequest): DBCoreMutateRequest {
  if (request.type !== 'add' && request.type !== 'put') return request;
  const values: ArticleRecord[] = request.values.map((value: ArticleRecord) => ({
    ...value,
    ...articleIndexKeys(value),
  }));
  if (request.type === 'add') return { ...request, values };
  const { changeSpec, criteria, updates, ...put } = request;
  // Dexie's live-query cache replays these specs onto cached rows; they must carry the new keys too, and a
  // collection-wide spec cannot (each row has its own keys), so it is dropped and the cache reads the values.
  const keepSpec = changeSpec !== undefined && !touchesKeySources(changeSpec);
  return {
    ...put,
    values,
    ...(keepSpec ? { changeSpec, criteria } : {}),
    ...(updates ? { updates: { ...updates, changeSpecs: specsWithKeys(updates, values) } } : {}),
  };
}

/** The rows a write replaces or deletes, read in its transaction before it runs (none for an add). */
function rowsBefore(
  table: DBCoreTable,
  request: DBCoreMutateRequest,
): Promise<(ArticleRecord | undefined)[]> {
  const { trans } = request;
  switch (request.type) {
    case 'add':
      return Dexie.Promise.resolve([]);
    case 'put':
      return table.getMany({
        trans,
        keys: request.keys ?? request.values.map((value: ArticleRecord) => value.id),
      });
    case 'delete':
      return table.getMany({ trans, keys: request.keys });
    case 'deleteRange':
      return Dexie.Promise.resolve(
        table.query({ trans, values: true, query: { index: table.schema.primaryKey, range: request.range } }),
      ).then((response) => response.result as ArticleRecord[]);
  }
}

/**
 * Runs an article write and moves the facet counts by what it changed, counting only the operations that succeeded.
 * Chained on Dexie's promise, never awaited: the middlewares below read the transaction from Dexie's zone, which
 * a native `await` would leave.
 */
function mutateCountingFacets(
  table: DBCoreTable,
  facets: DBCoreTable,
  request: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  return Dexie.Promise.resolve(rowsBefore(table, request)).then((before) =>
    Dexie.Promise.resolve(table.mutate(request)).then((response) => {
      const succeeded = (_: unknown, index: number) => !(index in response.failures);
      const removed = before.filter(
        (row, index): row is ArticleRecord => row !== undefined && succeeded(row, index),
      );
      const added = request.type === 'add' || request.type === 'put' ? request.values.filter(succeeded) : [];
      return Dexie.Promise.resolve(applyFacetDeltas(facets, request.trans, facetDeltas(removed, added))).then(
        () => response,
      );
    }),
  );
}

/** True when the transaction can write the facet counts (not in an upgrade to a version before the store). */
function hasFacetStore(trans: DBCoreTransaction): boolean {
  return (trans as unknown as IDBTransaction).objectStoreNames?.contains(FACET_STORE) ?? false;
}

/**
 * Keeps the data derived from article rows right on every write path, in one place: the index keys on the row
 * itself, and the facet counts in their own store, which every read-write transaction over `articles` is widened
 * to include.
 */
export const articleIndexKeysMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ArticleIndexKeys',
  // Above Dexie's own middlewares (levels -1…2), so its observability and cache see the keys and the counts.
  level: 5,
  create: (down) => {
    const withFacets = down.schema.tables.some((table) => table.name === FACET_STORE);
    return {
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(
          withFacets && mode === 'readwrite' && stores.includes(ARTICLES) && !stores.includes(FACET_STORE)
            ? [...stores, FACET_STORE]
            : stores,
          mode,
          options,
        ),
      table: (name) => {
        const table = down.table(name);
        if (name !== ARTICLES) return table;
        return {
          ...table,
          mutate: (request) => {
            const keyed = withKeys(request);
            return hasFacetStore(keyed.trans)
              ? mutateCountingFacets(table, down.table(FACET_STORE), keyed)
              : table.mutate(keyed);
          },
        };
      },
    };
  },
};

export function maintainArticleIndexKeys(db: RandnotizDb): void {
  db.use(articleIndexKeysMiddleware);
  db.articles.hook('reading', (row: ArticleRecord) => withoutIndexKeys(row));
}
