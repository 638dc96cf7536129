import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveClippedArticle } from '../../utils/db/article-clip';
import { listArticles, type ArticleQuery } from '../../utils/db/article-list';
import { normaliseTags, updateArticleUserFields } from '../../utils/db/article-user-fields';
import type { RandnotizDb } from '../../utils/db/schema';
import { openTestDb, sampleArticle } from '../fixtures/db/test-database';

let db: RandnotizDb;

/** Four articles clipped in the order given, one millisecond apart so clippedAt orders them. */
const LIBRARY = [
  {
    slug: 'zukunft',
    title: 'Zukunft der Pflege',
    published: '2021-05-01',
    siteName: 'Pflege heute',
    tags: ['Pflege'],
  },
  {
    slug: 'aerger',
    title: 'Ärger mit der E-Akte',
    published: null,
    siteName: 'Verwaltung',
    tags: ['Fachsoftware'],
  },
  {
    slug: 'ki',
    title: 'KI in der Beratung',
    published: '2023-02-10',
    siteName: 'Pflege heute',
    tags: ['KI', 'Pflege'],
  },
  { slug: 'teilhabe', title: 'abc der Teilhabe', published: '2019-07-02', siteName: 'Sozial PR', tags: [] },
];

beforeEach(async () => {
  db = openTestDb();
  for (const [index, entry] of LIBRARY.entries()) {
    const url = `https://example.org/${entry.slug}`;
    const { article } = await saveClippedArticle(
      sampleArticle({
        title: entry.title,
        published: entry.published,
        siteName: entry.siteName,
        canonicalUrl: url,
      }),
      { pageUrl: url },
      db,
    );
    await db.articles.update(article.id, { clippedAt: 1000 + index });
    await updateArticleUserFields(
      article.id,
      { tags: entry.tags, status: index % 2 ? 'read' : 'unread' },
      db,
    );
  }
});
afterEach(async () => {
  await db.delete();
});

async function slugs(query: ArticleQuery): Promise<string[]> {
  return (await listArticles(query, db)).map((article) => article.urlKey.replace('https://example.org/', ''));
}

describe('listArticles', () => {
  it.each<[string, ArticleQuery, string[]]>([
    ['newest first by default', {}, ['teilhabe', 'ki', 'aerger', 'zukunft']],
    ['a page of the newest', { offset: 1, limit: 2 }, ['ki', 'aerger']],
    ['title A–Z, case- and umlaut-blind', { sort: 'title' }, ['teilhabe', 'aerger', 'ki', 'zukunft']],
    ['published, newest first, undated last', { sort: 'published' }, ['ki', 'zukunft', 'teilhabe', 'aerger']],
    [
      'published, oldest first, undated last',
      { sort: 'published', direction: 'asc' },
      ['teilhabe', 'zukunft', 'ki', 'aerger'],
    ],
    ['by tag', { tag: 'Pflege' }, ['ki', 'zukunft']],
    ['by tag and status', { tag: 'Pflege', status: 'read' }, []],
    ['by status', { status: 'read' }, ['teilhabe', 'aerger']],
    ['by site', { siteName: 'Pflege heute', sort: 'title' }, ['ki', 'zukunft']],
    ['by year', { year: 2019 }, ['teilhabe']],
    ['not yet loaded', { loadState: 'pending' }, []],
  ])('%s', async (_name, query, expected) => {
    expect(await slugs(query)).toEqual(expected);
  });

  it('lists a reading list in its own order', async () => {
    const [first, second] = await listArticles({ sort: 'title' }, db);
    await db.listEntries.bulkAdd([
      { listId: 'seminar', articleId: second!.id, position: 1, addedAt: 1 },
      { listId: 'seminar', articleId: first!.id, position: 2, addedAt: 1 },
    ]);
    expect((await listArticles({ listId: 'seminar' }, db)).map((a) => a.id)).toEqual([second!.id, first!.id]);
    expect((await listArticles({ listId: 'seminar', sort: 'title' }, db)).map((a) => a.id)).toEqual([
      first!.id,
      second!.id,
    ]);
  });
});

describe('normaliseTags', () => {
  it('trims, collapses spaces and merges spellings that differ only in case', () => {
    expect(normaliseTags([' Soziale  Arbeit ', 'KI', 'ki', '', 'Datenschutz'])).toEqual([
      'Soziale Arbeit',
      'KI',
      'Datenschutz',
    ]);
  });
});
