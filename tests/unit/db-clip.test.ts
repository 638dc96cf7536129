import { beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation, listAnnotations } from '../../utils/db/annotations';
import { saveClippedArticle } from '../../utils/db/article-clip';
import { findByUrl, getArticleWithBody } from '../../utils/db/article-lookup';
import { pendingArticleRecord } from '../../utils/db/article-record';
import { updateArticleUserFields } from '../../utils/db/article-user-fields';
import { hashText } from '../../utils/db/content-hash';
import type { RandnotizDb } from '../../utils/db/schema';
import { StorageError } from '../../utils/db/storage-errors';
import { ARTICLE_TEXT, sampleArticle, useFreshTestDb } from '../fixtures/db/test-database';

const PAGE = 'https://sozial-pr.example/digitalisierung-soziale-arbeit/?utm_source=newsletter#kommentare';

const currentDb = useFreshTestDb();
let db: RandnotizDb;
beforeEach(() => {
  db = currentDb();
});

async function highlight(articleId: string, quote: string, text = ARTICLE_TEXT) {
  const start = text.indexOf(quote);
  return createAnnotation(
    { articleId, start, end: start + quote.length, colour: 'yellow', note: `zu: ${quote}` },
    db,
  );
}

describe('saveClippedArticle: first clip', () => {
  it('stores metadata and body apart, keyed by the normalised URL, with a SHA-256 of the text', async () => {
    const { article, created } = await saveClippedArticle(sampleArticle(), { pageUrl: PAGE }, db);
    expect(created).toBe(true);
    expect(article.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(article.urlKey).toBe('https://sozial-pr.example/digitalisierung-soziale-arbeit/');
    expect(article).toMatchObject({
      title: 'Digitalisierung in der Sozialen Arbeit',
      author: 'Christian Müller',
      published: '2019-07-02',
      year: 2019,
      lang: 'de',
      status: 'unread',
      tags: [],
      pageNote: '',
      loadState: 'loaded',
      contentHash: await hashText(ARTICLE_TEXT),
    });
    const stored = await db.articles.get(article.id);
    expect(stored).not.toHaveProperty('html');
    expect(stored).not.toHaveProperty('text');
    const withBody = await getArticleWithBody(article.id, db);
    expect(withBody?.body?.text).toBe(ARTICLE_TEXT);
    expect(withBody?.body?.html).toContain('<p>Datenschutz bleibt');
  });

  it('finds the article again under the tab URL with other tracking parameters or fragment', async () => {
    const { article } = await saveClippedArticle(sampleArticle(), { pageUrl: PAGE }, db);
    expect(
      (await findByUrl('https://sozial-pr.example/digitalisierung-soziale-arbeit/?fbclid=x', db))?.id,
    ).toBe(article.id);
    expect(await findByUrl('https://sozial-pr.example/anderer-artikel/', db)).toBeNull();
    expect(await findByUrl('chrome://extensions', db)).toBeNull();
  });

  it('refuses a page address that cannot identify an article, writing nothing', async () => {
    await expect(
      saveClippedArticle(sampleArticle(), { pageUrl: 'chrome://newtab' }, db),
    ).rejects.toMatchObject({
      name: 'StorageError',
      kind: 'invalid-url',
    });
    expect(await db.articles.count()).toBe(0);
  });
});

describe('saveClippedArticle: re-clip', () => {
  it('updates text and metadata but keeps id, tags, note, status, lists and annotations', async () => {
    const first = await saveClippedArticle(sampleArticle(), { pageUrl: PAGE }, db);
    const id = first.article.id;
    await updateArticleUserFields(
      id,
      { tags: ['Datenschutz', ' KI '], pageNote: 'Für das Team', status: 'read' },
      db,
    );
    await db.readingLists.add({ id: 'list-1', name: 'Seminar', description: '', createdAt: 1, updatedAt: 1 });
    await db.listEntries.add({ listId: 'list-1', articleId: id, position: 1, addedAt: 1 });
    const kept = await highlight(id, 'Datenschutz bleibt dabei eine zentrale Frage');

    const newText = `Vorwort der Redaktion.\n\n${ARTICLE_TEXT}`;
    const second = await saveClippedArticle(
      sampleArticle({ text: newText, title: 'Digitalisierung in der Sozialen Arbeit (aktualisiert)' }),
      { pageUrl: 'https://sozial-pr.example/digitalisierung-soziale-arbeit/' },
      db,
    );

    expect(second.created).toBe(false);
    expect(second.article).toMatchObject({
      id,
      title: 'Digitalisierung in der Sozialen Arbeit (aktualisiert)',
      tags: ['Datenschutz', 'KI'],
      pageNote: 'Für das Team',
      status: 'read',
      clippedAt: first.article.clippedAt,
      contentHash: await hashText(newText),
    });
    expect(await db.articles.count()).toBe(1);
    expect((await getArticleWithBody(id, db))?.body?.text).toBe(newText);
    expect(await db.listEntries.where('articleId').equals(id).count()).toBe(1);
    const [moved] = await listAnnotations(id, db);
    expect(moved).toMatchObject({ id: kept.id, note: kept.note, orphaned: false });
    expect(newText.slice(moved?.selectors.position.start, moved?.selectors.position.end)).toBe(kept.quote);
    expect(second.annotations).toEqual({ total: 1, orphaned: 0, newlyOrphaned: 0, restored: 0 });
  });

  it('recognises the page under another address with the same canonical URL', async () => {
    const first = await saveClippedArticle(sampleArticle(), { pageUrl: PAGE }, db);
    const amp = 'https://sozial-pr.example/amp/digitalisierung-soziale-arbeit/';
    const again = await saveClippedArticle(sampleArticle(), { pageUrl: amp }, db);
    expect(again.article.id).toBe(first.article.id);
    expect(again.article.aliasKeys).toEqual([amp]);
    expect((await findByUrl(amp, db))?.id).toBe(first.article.id);
    expect(await db.articles.count()).toBe(1);
  });

  it('keeps annotations whose quote is gone, flagged orphaned, and un-flags them when it returns', async () => {
    const { article } = await saveClippedArticle(sampleArticle(), { pageUrl: PAGE }, db);
    const doomed = await highlight(article.id, 'Onlineberatung erreicht Menschen');
    const stays = await highlight(article.id, 'verändert die Soziale Arbeit grundlegend');

    const shortened = ARTICLE_TEXT.replace(/\n\nOnlineberatung.*$/s, '');
    const cut = await saveClippedArticle(sampleArticle({ text: shortened }), { pageUrl: PAGE }, db);
    expect(cut.annotations).toEqual({ total: 2, orphaned: 1, newlyOrphaned: 1, restored: 0 });
    const afterCut = await listAnnotations(article.id, db);
    expect(afterCut.map((a) => [a.id, a.orphaned])).toEqual([
      [stays.id, false],
      [doomed.id, true],
    ]);
    expect(afterCut[1]).toMatchObject({
      quote: doomed.quote,
      note: doomed.note,
      selectors: doomed.selectors,
    });

    const restoredText = `${shortened}\n\nOnlineberatung erreicht Menschen, die sonst keinen Weg zu uns finden.`;
    const back = await saveClippedArticle(sampleArticle({ text: restoredText }), { pageUrl: PAGE }, db);
    expect(back.annotations).toEqual({ total: 2, orphaned: 0, newlyOrphaned: 0, restored: 1 });
    const revived = (await listAnnotations(article.id, db)).find((a) => a.id === doomed.id);
    expect(revived?.orphaned).toBe(false);
    expect(restoredText.slice(revived?.selectors.position.start, revived?.selectors.position.end)).toBe(
      doomed.quote,
    );
  });

  it('leaves annotations untouched when the text did not change', async () => {
    const { article } = await saveClippedArticle(sampleArticle(), { pageUrl: PAGE }, db);
    const before = await highlight(article.id, 'zentrale Frage');
    const again = await saveClippedArticle(sampleArticle(), { pageUrl: PAGE }, db);
    expect(again.annotations).toEqual({ total: 1, orphaned: 0, newlyOrphaned: 0, restored: 0 });
    expect(await db.annotations.get(before.id)).toEqual(before);
  });

  it('fills in an entry that was only known by its address', async () => {
    const url = 'https://sozial-pr.example/digitalisierung-soziale-arbeit/';
    await db.articles.add({ ...pendingArticleRecord(url, 'Aus Pocket', 5, []), tags: ['pocket'] });
    const { article, created } = await saveClippedArticle(sampleArticle(), { pageUrl: url }, db);
    expect(created).toBe(false);
    expect(article).toMatchObject({
      loadState: 'loaded',
      tags: ['pocket'],
      clippedAt: 5,
      title: sampleArticle().title,
    });
  });

  it('rejects an empty selection instead of storing a blank quote', async () => {
    const failure = saveClippedArticle(sampleArticle(), { pageUrl: PAGE, selectionHtml: '  ' }, db);
    await expect(failure).rejects.toBeInstanceOf(StorageError);
    await expect(failure).rejects.toMatchObject({ kind: 'invalid-input' });
    expect(await db.articles.count()).toBe(0);
  });
});
