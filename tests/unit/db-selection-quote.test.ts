import { beforeEach, describe, expect, it } from 'vitest';
import { addSelectionQuote, saveClippedArticle } from '../../utils/db/article-clip';
import { getArticleWithBody } from '../../utils/db/article-lookup';
import type { RandnotizDb } from '../../utils/db/schema';
import { ARTICLE_TEXT, sampleArticle, useFreshTestDb } from '../fixtures/db/test-database';

const URL = 'https://sozial-pr.example/digitalisierung-soziale-arbeit/';
const QUOTE = '<p>Datenschutz bleibt dabei eine <strong>zentrale Frage</strong>.</p>';

const currentDb = useFreshTestDb();
let db: RandnotizDb;
beforeEach(() => {
  db = currentDb();
});

describe('addSelectionQuote', () => {
  it('creates the article with its body when it is not in the library yet', async () => {
    const article = await addSelectionQuote(URL, sampleArticle(), QUOTE, db);
    expect(article.loadState).toBe('loaded');
    expect(article.source.selections).toHaveLength(1);
    expect(article.source.selections[0]?.html).toBe(QUOTE);
    expect((await getArticleWithBody(article.id, db))?.body?.text).toBe(ARTICLE_TEXT);
  });

  it('adds the quote to an article already in the library without re-clipping it', async () => {
    const { article: clipped } = await saveClippedArticle(sampleArticle(), { pageUrl: URL }, db);
    const updated = await addSelectionQuote(
      `${URL}#abschnitt-2`,
      sampleArticle({ text: 'Ganz anderer Text.' }),
      QUOTE,
      db,
    );
    expect(updated.id).toBe(clipped.id);
    expect(updated.contentHash).toBe(clipped.contentHash);
    expect((await getArticleWithBody(clipped.id, db))?.body?.text).toBe(ARTICLE_TEXT);
    const second = await addSelectionQuote(URL, null, '<p>Zweites Zitat</p>', db);
    expect(second.source.selections.map((selection) => selection.html)).toEqual([
      QUOTE,
      '<p>Zweites Zitat</p>',
    ]);
    expect(await db.articles.count()).toBe(1);
  });

  it('keeps the quote under a "not yet loaded" entry when the page could not be extracted', async () => {
    const pending = await addSelectionQuote(URL, null, QUOTE, db);
    expect(pending).toMatchObject({ loadState: 'pending', urlKey: URL, contentHash: null });
    expect(await db.bodies.count()).toBe(0);

    const { article, created } = await saveClippedArticle(sampleArticle(), { pageUrl: URL }, db);
    expect(created).toBe(false);
    expect(article.id).toBe(pending.id);
    expect(article.loadState).toBe('loaded');
    expect(article.source.selections.map((selection) => selection.html)).toEqual([QUOTE]);
  });
});
