import { byGermanCollation } from '../i18n/locale';
import { getDb } from './connection';
import { ALL_ARTICLES_KEY, type FacetKind } from './library-facet-counts';
import { readReadingListNames, type ReadingListName } from './reading-list-names';
import type { RandnotizDb } from './schema';

export interface LibraryFacets {
  tags: string[];
  sites: string[];
  /** Newest first. */
  years: number[];
  lists: ReadingListName[];
}

/**
 * The values the filters offer, from the facet counts (one small row per tag, site and year in use), so it costs
 * the same at 100 articles as at 50,000.
 */
export async function loadLibraryFacets(db: RandnotizDb = getDb()): Promise<LibraryFacets> {
  return db.transaction('r', [db.libraryFacets, db.readingLists], async () => {
    const [counts, lists] = await Promise.all([db.libraryFacets.toArray(), readReadingListNames(db)]);
    const values = (kind: FacetKind) =>
      counts.filter((entry) => entry.kind === kind && entry.count > 0).map((entry) => entry.value);
    return {
      tags: values('tag').map(String).sort(byGermanCollation),
      sites: values('site').map(String).sort(byGermanCollation),
      years: values('year')
        .map(Number)
        .sort((a, b) => b - a),
      lists,
    };
  });
}

export interface LibraryTotals {
  articles: number;
  highlights: number;
}

/**
 * How many articles the library holds: the middleware's running count, one row read. Prefer it to
 * `db.articles.count()`, which IndexedDB answers by walking the whole primary index.
 */
export async function countLibraryArticles(db: RandnotizDb = getDb()): Promise<number> {
  return (await db.libraryFacets.get(ALL_ARTICLES_KEY))?.count ?? 0;
}

export async function loadLibraryTotals(db: RandnotizDb = getDb()): Promise<LibraryTotals> {
  const [articles, highlights] = await Promise.all([countLibraryArticles(db), db.annotations.count()]);
  return { articles, highlights };
}
