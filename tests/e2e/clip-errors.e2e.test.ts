import { germanParagraphs } from '../support/jsdom-page';
import { listFixtures } from '../support/shared-data';
import { describe, expect, test } from './support/extension-test';
import { articlePage, minimalPdf } from './support/hostile-pages';

/** What the background answers when a tab cannot be clipped, and how it treats malformed messages. */
describe('clip/extractTab failures come back as coded values', () => {
  test('a browser-internal page is "restricted-page"', async ({ extension }) => {
    const tabId = await extension.openTabFromExtension('chrome://newtab');
    const result = await extension.send('clip/extractTab', { tabId });
    expect(result).toMatchObject({ ok: false, error: { code: 'restricted-page' } });
  });

  test('a page the extension may not even see the address of is "no-permission"', async ({ extension }) => {
    // Without activeTab (no toolbar click in a headless test) a data: page is simply out of reach.
    const tabId = await extension.openTabFromExtension('data:text/html,<p>Hallo</p>');
    const result = await extension.send('clip/extractTab', { tabId });
    expect(result).toMatchObject({ ok: false, error: { code: 'no-permission' } });
  });

  test('a PDF in the built-in viewer is "pdf-viewer"', async ({ extension }) => {
    const url = extension.server.publish('paper.pdf', minimalPdf(), 'application/pdf');
    const page = await extension.openPage(url);
    const result = await extension.clip(page);
    expect(result).toMatchObject({ ok: false, error: { code: 'pdf-viewer' } });
    await page.close();
  });

  test('a tab that does not exist is "tab-not-found"', async ({ extension }) => {
    const result = await extension.send('clip/extractTab', { tabId: 987_654_321 });
    expect(result).toMatchObject({ ok: false, error: { code: 'tab-not-found' } });
  });

  test.for(listFixtures().filter((fixture) => fixture.expected.readerable === false))(
    'a page that is no article ($name) arrives as data, and "full page" keeps more of it',
    async (fixture, { extension }) => {
      const page = await extension.openPage(extension.server.fixtureUrl(fixture.name));
      const result = await extension.clip(page);
      if (!result.ok) throw new Error(result.error.message);
      expect(result.article.readerable).toBe(false);
      const fullPage = await extension.clip(page, { fullPage: true });
      if (!fullPage.ok) throw new Error(fullPage.error.message);
      expect(fullPage.article.wordCount).toBeGreaterThan(0);
      expect(fullPage.article.wordCount).toBeGreaterThanOrEqual(result.article.wordCount);
      await page.close();
    },
  );

  test('the full-page option does not leak into the next clip of the same tab', async ({ extension }) => {
    const page = await extension.openPage(
      extension.server.publish(
        'article-with-aside.html',
        articlePage('', '') + `<aside><p>${germanParagraphs(1)}</p></aside>`,
      ),
    );
    const full = await extension.clip(page, { fullPage: true });
    const normal = await extension.clip(page);
    const again = await extension.clip(page);
    expect(full.ok && normal.ok && again.ok).toBe(true);
    expect(again).toEqual(normal);
    await page.close();
  });
});

describe('the background validates every message', () => {
  test('a message that is no envelope is refused as "invalid-message"', async ({ extension }) => {
    expect(await extension.sendRaw({ hello: 'world' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
    expect(await extension.sendRaw('clip/extractTab')).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
  });

  test('a request of the wrong shape is refused before any tab is touched', async ({ extension }) => {
    const wrong = [{ tabId: '1' }, { tabId: -1 }, { tabId: 1.5 }, {}, { tabId: 1, extra: true }];
    for (const request of wrong) {
      expect(await extension.sendRaw({ name: 'clip/extractTab', request })).toMatchObject({
        ok: false,
        error: { code: 'invalid-message' },
      });
    }
  });

  test('the service worker can be woken and inspected', async ({ extension }) => {
    const worker = await extension.serviceWorker();
    // The worker's own global `chrome`; the test's TypeScript knows no extension types.
    type WorkerScope = { chrome: { runtime: { getManifest(): { host_permissions?: string[] } } } };
    const hosts = await worker.evaluate(
      () => (globalThis as unknown as WorkerScope).chrome.runtime.getManifest().host_permissions,
    );
    expect(hosts).toEqual(['http://127.0.0.1/*']);
  });
});
