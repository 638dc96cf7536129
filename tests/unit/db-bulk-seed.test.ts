import { beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation } from '../../utils/db/annotations';
import { saveClippedArticle } from '../../utils/db/article-clip';
import { updateArticleUserFields } from '../../utils/db/article-user-fields';
import { bulkSeedArticles, type BulkSeedEntry } from '../../utils/db/bulk-seed';
import { addArticleToList, createReadingList } from '../../utils/db/reading-lists';
import type { RandnotizDb } from '../../utils/db/schema';
import { StorageError } from '../../utils/db/storage-errors';
import { markerOf, readerEntry, scaleEntry } from '../../entrypoints/e2e-bridge/scale-corpus';
import { EVERYWHERE } from '../../entrypoints/e2e-bridge/scale-words';
import { sampleArticle, snapshotDatabase, useFreshTestDb } from '../fixtures/db/test-database';

const currentDb = useFreshTestDb();
let db: RandnotizDb;
beforeEach(() => {
  db = currentDb();
});

function entry(slug: string, extra: Partial<BulkSeedEntry> = {}): BulkSeedEntry {
  const url = `https://sozial-pr.example/${slug}/`;
  return {
    article: sampleArticle({ title: `Artikel ${slug}`, canonicalUrl: url }),
    pageUrl: url,
    clippedAt: Date.UTC(2025, 0, 1),
    ...extra,
  };
}

/** Fields that differ between any two writes of the same article: ids and clocks. */
const comparable = ({ id: _id, clippedAt: _c, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;

describe('bulkSeedArticles', () => {
  it('writes the rows the clip, user-field and annotation functions write, in one go', async () => {
    const seed = entry('bulk', {
      tags: [' KI ', 'ki', 'Pflege'],
      status: 'read',
      pageNote: 'Für die Hausarbeit',
      highlights: [{ start: 0, end: 14, colour: 'green', note: 'Zitat' }],
    });
    const [bulkId] = await bulkSeedArticles([seed], db);
    const bulk = (await db.articles.get(bulkId!))!;

    const other = entry('einzeln');
    const { article } = await saveClippedArticle(other.article, { pageUrl: other.pageUrl }, db);
    await updateArticleUserFields(
      article.id,
      { tags: seed.tags, status: 'read', pageNote: 'Für die Hausarbeit' },
      db,
    );
    await createAnnotation({ articleId: article.id, start: 0, end: 14, colour: 'green', note: 'Zitat' }, db);
    const single = (await db.articles.get(article.id))!;

    expect(bulk.tags).toEqual(['KI', 'Pflege']);
    expect(bulk.clippedAt).toBe(seed.clippedAt);
    expect({
      ...comparable({ ...bulk }),
      title: '',
      titleSort: '',
      urlKey: '',
      canonicalUrl: '',
      source: null,
    }).toEqual({
      ...comparable({ ...single }),
      title: '',
      titleSort: '',
      urlKey: '',
      canonicalUrl: '',
      source: null,
      extracted: { ...single.extracted, title: bulk.extracted.title },
    });
    const [bulkNote] = await db.annotations.where('articleId').equals(bulkId!).toArray();
    const [singleNote] = await db.annotations.where('articleId').equals(article.id).toArray();
    expect(bulkNote).toMatchObject({
      quote: singleNote!.quote,
      selectors: singleNote!.selectors,
      note: 'Zitat',
    });
    expect((await db.bodies.get(bulkId!))?.text).toBe(seed.article.text);
  });

  it('appends to reading lists after the entries they already have', async () => {
    const list = await createReadingList('Seminar', '', db);
    const { article } = await saveClippedArticle(
      entry('vorher').article,
      { pageUrl: entry('vorher').pageUrl },
      db,
    );
    await addArticleToList(list.id, article.id, db);
    const ids = await bulkSeedArticles(
      [entry('a', { listIds: [list.id] }), entry('b', { listIds: [list.id] })],
      db,
    );
    const order = await db.listEntries
      .where('[listId+position]')
      .between([list.id, -Infinity], [list.id, Infinity])
      .toArray();
    expect(order.map((e) => e.articleId)).toEqual([article.id, ...ids]);
  });

  it('writes nothing when one article of the batch is already in the library', async () => {
    await bulkSeedArticles([entry('da')], db);
    const before = await snapshotDatabase(db);
    await expect(bulkSeedArticles([entry('neu'), entry('da')], db)).rejects.toBeInstanceOf(StorageError);
    expect(await snapshotDatabase(db)).toEqual(before);
  });

  it('refuses a batch naming a reading list that does not exist', async () => {
    await expect(bulkSeedArticles([entry('x', { listIds: ['fehlt'] })], db)).rejects.toMatchObject({
      kind: 'not-found',
    });
    expect(await db.articles.count()).toBe(0);
  });
});

describe('generated benchmark library', () => {
  const lists = Array.from({ length: 20 }, (_, i) => `list-${i}`);

  it('builds the same article for the same seed and number, and differs between numbers', () => {
    expect(scaleEntry(7, 123, lists)).toEqual(scaleEntry(7, 123, lists));
    expect(scaleEntry(7, 124, lists).article.text).not.toBe(scaleEntry(7, 123, lists).article.text);
    expect(scaleEntry(8, 123, lists).article.text).not.toBe(scaleEntry(7, 123, lists).article.text);
  });

  it('gives texts of 5–20 KB, 2.7 highlights on average inside single sentences, and the planted words', () => {
    const entries = Array.from({ length: 400 }, (_, n) => scaleEntry(3, n, lists));
    for (const [n, seeded] of entries.entries()) {
      const { text } = seeded.article;
      expect(text.length).toBeGreaterThanOrEqual(5_000);
      expect(text.length).toBeLessThan(20_500);
      expect(text).toContain(EVERYWHERE);
      const marker = markerOf(n);
      if (marker) expect(`${seeded.article.title} ${text}`).toContain(marker);
      for (const h of seeded.highlights ?? []) {
        expect(text.slice(h.start, h.end)).toMatch(/^\S.*\.$/);
        expect(text.slice(h.start, h.end)).not.toContain('\n');
      }
    }
    const highlights = entries.reduce((sum, e) => sum + (e.highlights?.length ?? 0), 0) / entries.length;
    expect(highlights).toBeGreaterThan(2.4);
    expect(highlights).toBeLessThan(3.0);
    expect(entries.some((e) => e.article.published === null)).toBe(true);
    expect(entries.some((e) => e.article.published?.length === 4)).toBe(true);
    expect(new Set(entries.flatMap((e) => e.tags ?? [])).size).toBeGreaterThan(20);
  });

  it('writes a generated batch and the 200-highlight reader article through bulkSeedArticles', async () => {
    const listIds: string[] = [];
    for (let i = 0; i < 20; i += 1) listIds.push((await createReadingList(`Liste ${i}`, '', db)).id);
    const ids = await bulkSeedArticles(
      Array.from({ length: 30 }, (_, n) => scaleEntry(1, n, listIds)),
      db,
    );
    const [reader] = await bulkSeedArticles([readerEntry(1, 200, 'lesetest')], db);
    expect(new Set(ids).size).toBe(30);
    expect(await db.annotations.where('articleId').equals(reader!).count()).toBe(200);
  });
});
