import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newArticleRecord } from '../../utils/db/article-record';
import {
  loadLibraryPage,
  loadLibraryRows,
  loadLibraryTotal,
  loadMatchingArticleIds,
  type LibraryPageRequest,
  type PageCursor,
} from '../../utils/db/library-page';
import { LIBRARY_SORTS, type LibraryFilters, type LibrarySort } from '../../utils/db/library-query';
import type { ArticleRecord, ReadingStatus } from '../../utils/db/records';
import type { RandnotizDb } from '../../utils/db/schema';
import { openTestDb } from '../fixtures/db/test-database';
import { SAMPLE_ARTICLE } from '../support/sample-article';

const COUNT = 260;
const STATUSES: ReadingStatus[] = ['unread', 'reading', 'read'];
const TAGS = ['Pflege', 'KI', 'Datenschutz', 'Teilhabe'];

/** A library with ties everywhere: three articles per clip time, repeated titles, undated rows, shared dates. */
function article(n: number): ArticleRecord {
  const published =
    n % 5 === 0 ? null : `${2015 + (n % 4)}-0${1 + (n % 3)}${n % 7 === 0 ? '' : '-1' + (n % 9)}`;
  const record = newArticleRecord(
    {
      ...SAMPLE_ARTICLE,
      title: ['Zukunft der Pflege', 'Ärger mit der E-Akte', 'abc der Teilhabe', `KI ${n % 11}`][n % 4]!,
      published,
      siteName: n % 6 === 0 ? null : `Website ${n % 5}`,
      canonicalUrl: `https://example.org/${n}`,
    },
    {
      pageKey: `https://example.org/${n}`,
      canonicalUrl: `https://example.org/${n}`,
      contentHash: 'x',
      now: 0,
    },
    [],
  );
  return {
    ...record,
    clippedAt: 1_000 + Math.floor(n / 3),
    status: STATUSES[n % 3]!,
    tags: TAGS.filter((_, i) => (n + i) % (i + 2) === 0),
  };
}

/** What IndexedDB's ordering amounts to: numbers by value, strings by code unit, arrays element by element. */
function compareKeys(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}

/** The order the library promises, written out plainly: ties broken by clip time, then id. */
function reference(rows: ArticleRecord[], sort: LibrarySort): ArticleRecord[] {
  const [field, direction] = sort.split('-') as [string, 'asc' | 'desc'];
  const sign = direction === 'asc' ? 1 : -1;
  const key = (row: ArticleRecord): (string | number)[] =>
    field === 'title'
      ? [row.titleSort, row.id]
      : field === 'published'
        ? [row.published ?? '', row.clippedAt, row.id]
        : [row.clippedAt, row.id];
  return [...rows].sort((a, b) => {
    if (field === 'published' && (a.published === null) !== (b.published === null)) {
      return a.published === null ? 1 : -1;
    }
    if (field === 'published' && a.published === null) return -compareKeys(key(a), key(b));
    return sign * compareKeys(key(a), key(b));
  });
}

function matches(row: ArticleRecord, filters: LibraryFilters): boolean {
  return (
    (filters.tag === undefined || row.tags.includes(filters.tag)) &&
    (filters.status === undefined || row.status === filters.status) &&
    (filters.siteName === undefined || row.siteName === filters.siteName) &&
    (filters.year === undefined || row.year === filters.year)
  );
}

let db: RandnotizDb;
let library: ArticleRecord[];

beforeEach(async () => {
  db = openTestDb();
  library = Array.from({ length: COUNT }, (_, n) => article(n));
  await db.articles.bulkAdd(library);
  await db.annotations.bulkAdd(
    library.slice(0, 30).flatMap((row, n) =>
      Array.from({ length: n % 4 }, (_, i) => ({
        id: `${row.id}-${i}`,
        articleId: row.id,
        selectors: {
          quote: { type: 'TextQuoteSelector' as const, exact: 'Auf', prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector' as const, start: 0, end: 3 },
        },
        quote: 'Auf',
        colour: 'yellow' as const,
        note: '',
        createdAt: 0,
        updatedAt: 0,
        orphaned: false,
      })),
    ),
  );
});
afterEach(async () => {
  await db.delete();
});

/** Every page of the request, each from the previous page's cursor, as "show more" takes them. */
async function allPages(request: Omit<LibraryPageRequest, 'limit'>, limit: number): Promise<string[][]> {
  const pages: string[][] = [];
  let after: PageCursor | null = null;
  for (let guard = 0; guard < COUNT; guard += 1) {
    const page = await loadLibraryRows({ ...request, limit, after }, db);
    pages.push(page.rows.map((row) => row.article.id));
    if (page.next === null) return pages;
    after = page.next;
  }
  throw new Error('pagination did not end');
}

const SORTS = LIBRARY_SORTS.filter((sort) => sort !== 'relevance');
const FILTERS: LibraryFilters[] = [
  {},
  { tag: 'KI' },
  { status: 'read' },
  { siteName: 'Website 3' },
  { year: 2016 },
  { tag: 'Pflege', status: 'unread' },
  { siteName: 'Website 1', year: 2017 },
  { tag: 'Datenschutz', siteName: 'Website 2', status: 'reading' },
];

describe('library pages read from the indexes', () => {
  it.each(
    SORTS.flatMap((sort) => FILTERS.map((filters) => [sort, JSON.stringify(filters), filters] as const)),
  )(
    '%s with %s: pages of 17 follow one another without gap or repeat, in the promised order',
    async (sort, _name, filters) => {
      const expected = reference(
        library.filter((row) => matches(row, filters)),
        sort,
      ).map((row) => row.id);
      const pages = await allPages({ filters, sort, ranked: null }, 17);
      expect(pages.flat()).toEqual(expected);
      expect(pages.slice(0, -1).every((page) => page.length === 17)).toBe(true);
      expect(await loadLibraryTotal({ filters, sort, ranked: null }, db)).toBe(expected.length);
      expect(await loadMatchingArticleIds({ filters, sort, ranked: null }, db)).toEqual(expected);
    },
  );

  it('undated articles come last whichever way the dates run, newest clip first among them', async () => {
    for (const sort of ['published-asc', 'published-desc'] as const) {
      const ids = (await loadMatchingArticleIds({ filters: {}, sort, ranked: null }, db)).map((id) =>
        library.find((row) => row.id === id)!,
      );
      const firstUndated = ids.findIndex((row) => row.published === null);
      expect(ids.slice(firstUndated).every((row) => row.published === null)).toBe(true);
      const undatedClips = ids.slice(firstUndated).map((row) => row.clippedAt);
      expect(undatedClips).toEqual([...undatedClips].sort((a, b) => b - a));
    }
  });

  it('counts highlights per row and the matches in all', async () => {
    const page = await loadLibraryPage({ filters: {}, sort: 'clippedAt-asc', ranked: null, limit: 30 }, db);
    expect(page.total).toBe(COUNT);
    const counts = new Map(page.rows.map((row) => [row.article.id, row.highlightCount]));
    for (const [n, row] of library.slice(0, 30).entries()) expect(counts.get(row.id)).toBe(n % 4);
  });

  it('re-reading a page up to the next page’s start takes in a new row without moving the next page', async () => {
    const request = { filters: {}, sort: 'clippedAt-asc' as const, ranked: null, limit: 10 };
    const first = await loadLibraryRows(request, db);
    const second = await loadLibraryRows({ ...request, after: first.next }, db);
    const between = { ...article(COUNT + 1), clippedAt: 1_001 };
    await db.articles.add(between);
    const firstAgain = await loadLibraryRows({ ...request, until: first.next }, db);
    expect(firstAgain.rows.map((row) => row.article.id)).toContain(between.id);
    expect(firstAgain.rows).toHaveLength(11);
    const secondAgain = await loadLibraryRows({ ...request, after: first.next, until: second.next }, db);
    expect(secondAgain.rows.map((row) => row.article.id)).toEqual(second.rows.map((row) => row.article.id));
  });
});

describe('library pages of a search', () => {
  /** A deterministic "ranking": every k-th article, best first in a shuffled order. */
  function rankedEvery(k: number): string[] {
    return library
      .filter((_, n) => n % k === 0)
      .map((row) => row.id)
      .sort((a, b) => (a.slice(-4) < b.slice(-4) ? -1 : 1));
  }

  it.each([
    ['few hits', 20],
    ['many hits', 1],
  ] as const)('%s: best match first, filtered, paged; or in the chosen order', async (_name, k) => {
    const ranked = rankedEvery(k);
    const hits = new Set(ranked);
    for (const filters of FILTERS) {
      const allowed = new Set(library.filter((row) => matches(row, filters)).map((row) => row.id));
      const byRank = ranked.filter((id) => allowed.has(id));
      expect((await allPages({ filters, sort: 'relevance', ranked }, 13)).flat()).toEqual(byRank);
      expect(await loadLibraryTotal({ filters, sort: 'relevance', ranked }, db)).toBe(byRank.length);
      for (const sort of ['published-desc', 'title-asc'] as const) {
        const expected = reference(
          library.filter((row) => hits.has(row.id) && allowed.has(row.id)),
          sort,
        ).map((row) => row.id);
        expect((await allPages({ filters, sort, ranked }, 13)).flat()).toEqual(expected);
        expect(await loadMatchingArticleIds({ filters, sort, ranked }, db)).toEqual(expected);
      }
    }
  });

  it('a reading list filter reads the list’s members, in the order chosen', async () => {
    const members = library.slice(40, 70);
    await db.listEntries.bulkAdd(
      members.map((row, position) => ({ listId: 'seminar', articleId: row.id, position, addedAt: 0 })),
    );
    const filters = { listId: 'seminar', status: 'read' as const };
    const expected = reference(
      members.filter((row) => row.status === 'read'),
      'title-asc',
    ).map((row) => row.id);
    expect((await allPages({ filters, sort: 'title-asc', ranked: null }, 4)).flat()).toEqual(expected);
    expect(await loadLibraryTotal({ filters, sort: 'title-asc', ranked: null }, db)).toBe(expected.length);
  });
});
