import { byGermanCollation } from '../i18n/locale';
import { getDb } from './connection';
import { readReadingListNames, type ReadingListName } from './reading-list-names';
import type { RandnotizDb } from './schema';

export interface LibraryFacets {
  tags: string[];
  sites: string[];
  /** Newest first. */
  years: number[];
  lists: ReadingListName[];
}

/** The values the filters offer, read from index keys (no article rows), so it stays fast for large libraries. */
export async function loadLibraryFacets(db: RandnotizDb = getDb()): Promise<LibraryFacets> {
  return db.transaction('r', [db.articles, db.readingLists], async () => {
    const [tags, sites, years, lists] = await Promise.all([
      db.articles.orderBy('tags').uniqueKeys(),
      db.articles.orderBy('siteName').uniqueKeys(),
      db.articles.orderBy('year').uniqueKeys(),
      readReadingListNames(db),
    ]);
    return {
      tags: tags.map(String).sort(byGermanCollation),
      sites: sites
        .map(String)
        .filter((site) => site !== '')
        .sort(byGermanCollation),
      years: years.map(Number).sort((a, b) => b - a),
      lists,
    };
  });
}

export interface LibraryTotals {
  articles: number;
  highlights: number;
}

export async function loadLibraryTotals(db: RandnotizDb = getDb()): Promise<LibraryTotals> {
  const [articles, highlights] = await Promise.all([db.articles.count(), db.annotations.count()]);
  return { articles, highlights };
}
