import { listFixtures } from '../support/shared-data';
import { describe, expect, test } from './support/extension-test';
import { storedArticles, storedBody } from './support/library-store';

const fixtures = listFixtures();
const seed = fixtures.find((fixture) => fixture.name === 'seed-sozial-pr');
if (!seed) throw new Error('The seed fixture is missing from ../shared/fixtures');

/** Clips go through `clip/saveTab`, the message the panel's "Save this page" button sends. */
describe('saving a page stores what the extractor read, in the extension’s IndexedDB', () => {
  test('the seed page is stored with title, author, date, language and clean text', async ({ extension }) => {
    const page = await extension.openPage(extension.server.fixtureUrl(seed.name));
    const outcome = await extension.saveTab(page);
    expect(outcome).toMatchObject({ ok: true, kind: 'page', created: true });
    if (!outcome.ok) return;

    const record = (await storedArticles(extension)).find((article) => article.id === outcome.articleId);
    expect(record).toMatchObject({
      title: seed.expected.title,
      author: 'Christian Müller',
      published: '2019-07-02',
      lang: 'de',
      loadState: 'loaded',
      status: 'unread',
      tags: [],
      source: { pageUrl: page.url(), selections: [] },
    });
    const body = await storedBody(extension, outcome.articleId);
    for (const excluded of seed.expected.mustExclude) expect(body.text).not.toContain(excluded);
    for (const included of seed.expected.mustInclude.slice(0, 3)) expect(body.text).toContain(included);
    expect(body.html).not.toMatch(/<script|\son\w+=/i);
    await page.close();
  });

  test.for(fixtures.filter((fixture) => fixture.expected.readerable !== false))(
    '$name is stored exactly as extracted',
    async (fixture, { extension }) => {
      const page = await extension.openPage(extension.server.fixtureUrl(fixture.name));
      const extracted = await extension.clip(page);
      if (!extracted.ok) throw new Error(extracted.error.message);
      const outcome = await extension.saveTab(page);
      if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);

      const record = (await storedArticles(extension)).find((article) => article.id === outcome.articleId);
      const { text, html, canonicalUrl, ...metadata } = extracted.article;
      expect(record).toMatchObject({ ...metadata, canonicalUrl });
      expect(await storedBody(extension, outcome.articleId)).toEqual({
        articleId: outcome.articleId,
        text,
        html,
      });
      await page.close();
    },
  );

  test('a listing page is "not-an-article" and nothing is stored; "save anyway" stores the full page', async ({
    extension,
  }) => {
    const listing = fixtures.find((fixture) => fixture.expected.readerable === false);
    if (!listing) throw new Error('No listing fixture in ../shared/fixtures');
    const page = await extension.openPage(extension.server.fixtureUrl(listing.name));
    const before = await storedArticles(extension);

    expect(await extension.saveTab(page)).toMatchObject({ ok: false, error: { code: 'not-an-article' } });
    expect(await storedArticles(extension)).toEqual(before);

    const anyway = await extension.saveTab(page, { fullPage: true });
    expect(anyway).toMatchObject({ ok: true, created: true });
    if (!anyway.ok) return;
    const record = (await storedArticles(extension)).find((article) => article.id === anyway.articleId);
    expect(record).toMatchObject({ readerable: false, title: listing.expected.title });
    expect((await storedBody(extension, anyway.articleId)).text.length).toBeGreaterThan(200);
    await page.close();
  });

  test('every clip lands once: saving the same page again updates the one entry', async ({ extension }) => {
    const page = await extension.openPage(extension.server.fixtureUrl(seed.name));
    const count = (await storedArticles(extension)).length;
    const again = await extension.saveTab(page);
    expect(again).toMatchObject({ ok: true, created: false });
    expect(await storedArticles(extension)).toHaveLength(count);
    await page.close();
  });
});
