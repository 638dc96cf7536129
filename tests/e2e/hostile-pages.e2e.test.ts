import type { Page } from 'playwright-core';
import { CLIP_TIMEOUT_MS } from '../../utils/clip';
import type { Article } from '../../utils/extract';
import { describe, expect, test } from './support/extension-test';
import type { ExtensionHarness } from './support/extension-harness';
import {
  ARTICLE_SENTENCE,
  articlePage,
  binaryJunk,
  busyPage,
  CLOBBERING_NAMES,
  clobberingFormPage,
  deeplyNestedPage,
  fiveMegabytePage,
  throwingScriptPage,
} from './support/hostile-pages';

/**
 * Pages that broke bare Readability in real Chromium (jsdom shows none of it). Each must give a clear answer
 * through the real clip path, never a hang; the vitest timeout per test is what catches a hang.
 */
async function clipPublished(
  extension: ExtensionHarness,
  name: string,
  body: string | Uint8Array,
  annotate: (message: string) => Promise<unknown>,
): Promise<Article> {
  const page = await extension.openPage(extension.server.publish(name, body));
  const started = performance.now();
  const result = await extension.clip(page);
  await annotate(`clip answered in ${Math.round(performance.now() - started)} ms`);
  await page.close();
  if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
  return result.article;
}

describe('hostile pages in Chromium give a clear result', () => {
  test.for(CLOBBERING_NAMES)('a form control named %s', async (name, { extension, annotate }) => {
    const article = await clipPublished(
      extension,
      `clobber-${name}.html`,
      clobberingFormPage(name),
      annotate,
    );
    expect(article.readerable).toBe(true);
    expect(article.text).toContain(ARTICLE_SENTENCE);
  });

  test('an image named getElementsByTagName', async ({ extension, annotate }) => {
    const html = articlePage('<img name="getElementsByTagName" src="x.png"><img name="querySelectorAll">');
    const article = await clipPublished(extension, 'clobber-img.html', html, annotate);
    expect(article.text).toContain(ARTICLE_SENTENCE);
  });

  test('an empty document', async ({ extension, annotate }) => {
    const article = await clipPublished(extension, 'empty.html', '', annotate);
    expect(article).toMatchObject({ readerable: false, reason: 'no-content', text: '', html: '' });
  });

  test('binary junk', async ({ extension, annotate }) => {
    const article = await clipPublished(extension, 'junk.html', binaryJunk(), annotate);
    expect(article.readerable).toBe(false);
  });

  test('a 5 MB page', async ({ extension, annotate }) => {
    const html = fiveMegabytePage();
    expect(html.length).toBeGreaterThan(5_000_000);
    const article = await clipPublished(extension, 'five-mb.html', html, annotate);
    expect(['article', 'listing', 'timeout']).toContain(article.reason);
  });

  test('a DOM nested 5,000 levels deep', async ({ extension, annotate }) => {
    const article = await clipPublished(extension, 'deep.html', deeplyNestedPage(5_000), annotate);
    expect(['article', 'timeout']).toContain(article.reason);
    if (article.reason === 'article') expect(article.text).toContain(ARTICLE_SENTENCE);
  });

  test('a page whose own scripts throw', async ({ extension, annotate }) => {
    const article = await clipPublished(extension, 'throwing.html', throwingScriptPage(), annotate);
    expect(article.readerable).toBe(true);
    expect(article.text).toContain(ARTICLE_SENTENCE);
    expect(article.text).not.toContain('page bug');
  });

  test(
    'a page whose main thread stays busy answers "timeout" after the clip time limit',
    async ({ extension }) => {
      const page = await extension.openPage(
        extension.server.publish('busy.html', busyPage(CLIP_TIMEOUT_MS + 4_000)),
      );
      const started = performance.now();
      const result = await extension.clip(page);
      const elapsed = performance.now() - started;
      expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
      expect(elapsed).toBeGreaterThanOrEqual(CLIP_TIMEOUT_MS - 100);
      await page.close();
    },
    CLIP_TIMEOUT_MS + 30_000,
  );

  test('afterwards extension pages still load and the background still answers', async ({ extension }) => {
    const fresh: Page = await extension.openExtensionPage('/e2e-bridge.html');
    await fresh.waitForFunction(() => document.documentElement.dataset.bridgeReady === 'true', null, {
      timeout: 5_000,
    });
    await fresh.close();
    const page = await extension.openPage(extension.server.publish('after.html', articlePage('')));
    const result = await extension.clip(page);
    expect(result.ok && result.article.text).toContain(ARTICLE_SENTENCE);
  });
});
