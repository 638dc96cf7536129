import { beforeEach, describe, expect, it } from 'vitest';
import { articleIndexKeys, type StoredArticleRow } from '../../utils/db/article-index-keys';
import { saveClippedArticle } from '../../utils/db/article-clip';
import { deleteArticle, restoreArticle } from '../../utils/db/article-deletion';
import { correctArticleMetadata } from '../../utils/db/article-metadata';
import { updateArticleUserFields } from '../../utils/db/article-user-fields';
import { listArticles } from '../../utils/db/article-list';
import { loadLibraryFacets } from '../../utils/db/library-facets';
import { countFacets } from '../../utils/db/library-facet-counts';
import type { ArticleRecord } from '../../utils/db/records';
import type { RandnotizDb } from '../../utils/db/schema';
import { sampleArticle, useFreshTestDb } from '../fixtures/db/test-database';

const currentDb = useFreshTestDb();
let db: RandnotizDb;
beforeEach(() => {
  db = currentDb();
});

/** The row as IndexedDB holds it, index keys included (reads through the app strip them). */
async function stored(id: string): Promise<StoredArticleRow> {
  const [row] = await db.articles.where('id').equals(id).raw().toArray();
  return row as unknown as StoredArticleRow;
}

async function expectKeysMatchRow(id: string): Promise<StoredArticleRow> {
  const row = await stored(id);
  expect(row).toMatchObject(articleIndexKeys(row));
  return row;
}

async function clip(url = 'https://example.org/a'): Promise<ArticleRecord> {
  return (await saveClippedArticle(sampleArticle({ canonicalUrl: url }), { pageUrl: url }, db)).article;
}

describe('index keys kept on every write path', () => {
  it('a clip stores them; the caller’s record and every read stay without them', async () => {
    const article = await clip();
    expect(article).not.toHaveProperty('publishedKey');
    expect(await db.articles.get(article.id)).not.toHaveProperty('tagClipped');
    expect((await db.articles.bulkGet([article.id]))[0]).not.toHaveProperty('tagTitle');
    expect((await listArticles({}, db))[0]).not.toHaveProperty('tagPublished');
    const row = await expectKeysMatchRow(article.id);
    expect(row.publishedKey).toBe('2019-07-02');
  });

  it('follow tags, corrections, update(), modify(), bulkPut() and an undone delete', async () => {
    const article = await clip();
    await updateArticleUserFields(article.id, { tags: ['KI', 'Pflege'] }, db);
    expect((await expectKeysMatchRow(article.id)).tagClipped.map(([tag]) => tag)).toEqual(['KI', 'Pflege']);

    await correctArticleMetadata(article.id, { published: null, title: 'Älter' }, db);
    const corrected = await expectKeysMatchRow(article.id);
    expect(corrected.publishedKey).toBe('');
    expect(corrected.tagTitle[0]).toEqual(['KI', 'alter', article.id]);

    await db.articles.update(article.id, { clippedAt: 42 });
    expect((await expectKeysMatchRow(article.id)).tagClipped[0]).toEqual(['KI', 42, article.id]);

    await db.articles.toCollection().modify({ tags: ['Teilhabe'] });
    expect((await expectKeysMatchRow(article.id)).tagPublished).toEqual([['Teilhabe', '', 42, article.id]]);

    const current = (await db.articles.get(article.id))!;
    const copy = { ...current, published: '2024-01' };
    await db.articles.bulkPut([copy]);
    expect(copy).not.toHaveProperty('publishedKey');
    expect((await expectKeysMatchRow(article.id)).publishedKey).toBe('2024-01');

    const deleted = (await deleteArticle(article.id, db))!;
    expect(deleted.article).not.toHaveProperty('publishedKey');
    await restoreArticle(deleted, db);
    expect((await expectKeysMatchRow(article.id)).publishedKey).toBe('2024-01');
    expect((await listArticles({ tag: 'Teilhabe', sort: 'published' }, db)).map((a) => a.id)).toEqual([
      article.id,
    ]);
  });

  it('a row without tags (an old backup’s) still gets well-formed keys', () => {
    const keys = articleIndexKeys({
      id: 'x',
      published: null,
      tags: undefined as unknown as string[],
      clippedAt: 1,
      titleSort: 'x',
    });
    expect(keys).toEqual({ publishedKey: '', tagClipped: [], tagPublished: [], tagTitle: [] });
  });
});

describe('facet counts kept on every write path', () => {
  /** The stored counts equal a count over every row: nothing drifts, whatever the write path. */
  async function expectCountsTrue(): Promise<void> {
    const stored = await db.libraryFacets.toArray();
    const counted = countFacets(await db.articles.toArray());
    const byKey = (entries: { kind: string; value: string | number; count: number }[]) =>
      Object.fromEntries(entries.map((entry) => [`${entry.kind}:${entry.value}`, entry.count]));
    expect(byKey(stored)).toEqual(byKey(counted));
  }

  it('count clips, tag edits, corrections, modify(), bulk writes, deletes and an undone delete', async () => {
    const first = await clip('https://example.org/a');
    const second = await clip('https://example.org/b');
    await updateArticleUserFields(first.id, { tags: ['KI', 'Pflege'] }, db);
    await updateArticleUserFields(second.id, { tags: ['KI'] }, db);
    await expectCountsTrue();
    expect(await db.libraryFacets.get(['tag', 'KI'])).toMatchObject({ count: 2 });

    await correctArticleMetadata(first.id, { siteName: 'Anderswo', published: '2001' }, db);
    await db.articles.toCollection().modify({ tags: ['Teilhabe'] });
    await expectCountsTrue();
    expect(await db.libraryFacets.get(['tag', 'KI'])).toBeUndefined();

    const row = (await db.articles.get(first.id))!;
    await db.articles.bulkPut([{ ...row, tags: ['Neu'] }]);
    await expect(db.articles.bulkAdd([{ ...row, id: 'dupe' }])).rejects.toThrow(); // same urlKey: refused
    await expectCountsTrue();

    const deleted = (await deleteArticle(first.id, db))!;
    await expectCountsTrue();
    expect((await loadLibraryFacets(db)).sites).toEqual(['Sozial PR']);
    await restoreArticle(deleted, db);
    await expectCountsTrue();
    expect((await loadLibraryFacets(db)).years).toEqual([2019, 2001]);
    await db.articles.clear();
    expect(await db.libraryFacets.count()).toBe(0);
  });

  it('a write that fails leaves the counts as they were (same transaction)', async () => {
    const article = await clip();
    await expect(
      db.transaction('rw', db.articles, async () => {
        await db.articles.update(article.id, { tags: ['Weg'] });
        throw new Error('abgebrochen');
      }),
    ).rejects.toThrow('abgebrochen');
    await expectCountsTrue();
    expect(await db.libraryFacets.get(['tag', 'Weg'])).toBeUndefined();
  });
});
