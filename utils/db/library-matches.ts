import type { FacetKind } from './library-facet-counts';
import { countLibraryArticles } from './library-facets';
import type { IndexFilters } from './library-order';
import type { RandnotizDb } from './schema';

type FilterName = keyof IndexFilters;
const FILTER_INDEXES: Record<FilterName, string> = {
  tag: 'tags',
  status: 'status',
  siteName: 'siteName',
  year: 'year',
  loadState: 'loadState',
};

function definedFilters(filters: IndexFilters): [FilterName, string | number][] {
  return (Object.keys(FILTER_INDEXES) as FilterName[]).flatMap((name) =>
    filters[name] === undefined ? [] : [[name, filters[name]] as [FilterName, string | number]],
  );
}

/**
 * Ids of the articles matching every filter, read from index keys (no rows): null when there is no filter. For a
 * search or a second filter, whose matches are then picked out of an ordered index walk.
 */
export async function idsMatching(db: RandnotizDb, filters: IndexFilters): Promise<Set<string> | null> {
  const defined = definedFilters(filters);
  // Returned before any await: awaiting a promise that is not Dexie's would leave the caller's transaction.
  if (defined.length === 0) return null;
  const sets = await Promise.all(
    defined.map(
      async ([name, value]) =>
        new Set((await db.articles.where(FILTER_INDEXES[name]).equals(value).primaryKeys()).map(String)),
    ),
  );
  sets.sort((a, b) => a.size - b.size);
  const [smallest, ...others] = sets;
  return new Set([...smallest!].filter((id) => others.every((set) => set.has(id))));
}

/** The facet count that answers a single filter (the load state has none: imports only). */
const FILTER_FACETS: Partial<Record<FilterName, FacetKind>> = {
  tag: 'tag',
  status: 'status',
  siteName: 'site',
  year: 'year',
};

/** How many articles match the filters: one facet count row for none or a single filter, index keys otherwise. */
export async function countMatching(db: RandnotizDb, filters: IndexFilters): Promise<number> {
  const defined = definedFilters(filters);
  if (defined.length === 0) return countLibraryArticles(db);
  if (defined.length === 1) {
    const [name, value] = defined[0]!;
    const kind = FILTER_FACETS[name];
    if (kind) return (await db.libraryFacets.get([kind, value]))?.count ?? 0;
    return db.articles.where(FILTER_INDEXES[name]).equals(value).count();
  }
  return (await idsMatching(db, filters))?.size ?? 0;
}

/** Search hits, best first, narrowed by the filters (from index keys; the rows are read only for the page). */
export async function rankedMatching(
  db: RandnotizDb,
  ranked: readonly string[],
  filters: IndexFilters,
  members: ReadonlySet<string> | null,
): Promise<string[]> {
  const allowed = await idsMatching(db, filters);
  return ranked.filter(
    (id) => (allowed === null || allowed.has(id)) && (members === null || members.has(id)),
  );
}
