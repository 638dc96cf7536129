import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { SeedEntry } from '../../entrypoints/e2e-bridge/seed-library';
import { sampleArticle } from '../fixtures/db/test-database';
import type { ExtensionHarness } from './support/extension-harness';
import { E2E_ARTIFACTS_DIR } from './support/paths';
import { describe, expect, test } from './support/extension-test';
import { storedArticles } from './support/library-store';

/** The side panel opened as a tab and bound to the tab showing `page` (see tests/e2e/README.md). */
async function panelFor(extension: ExtensionHarness, page: Page): Promise<Page> {
  const panel = await extension.openExtensionPage(`/sidepanel.html?tabId=${await extension.tabIdOf(page)}`);
  await panel.locator('.clip-section').waitFor();
  return panel;
}

const liveRegion = (panel: Page) => panel.locator('.clip-section [role="status"]');

describe('the panel’s clip section', () => {
  test('shows a new page as not in the library, saves it, then shows "already in your library"', async ({
    extension,
  }) => {
    const page = await extension.openPage(extension.server.fixtureUrl('dev-ghost-en-outreach-app'));
    const panel = await panelFor(extension, page);
    await panel.locator('[data-clip-library="absent"]').waitFor();

    await panel.getByRole('button', { name: /^(Diese Seite speichern|Save this page)$/ }).click();
    await expect
      .poll(() => liveRegion(panel).textContent())
      .toMatch(/(Gespeichert|Saved): .Before You Build/);
    await panel.locator('[data-clip-library="present"]').waitFor();
    expect(await panel.locator('[data-clip-library="present"]').textContent()).toMatch(
      /Bereits in der Bibliothek|Already in your library/,
    );
    expect(await storedArticles(extension)).toHaveLength(1);
    await extension.screenshot(panel, 'panel-clip-saved');
    await panel.close();

    // A panel opened later for the same tab knows it at once, and offers to update instead.
    const again = await panelFor(extension, page);
    await again.locator('[data-clip-library="present"]').waitFor();
    await again.getByRole('button', { name: /Erneut speichern|Save again/ }).waitFor();
    await again.close();
    await page.close();
  });

  test('a listing gets the explanation and "save anyway", which stores it', async ({ extension }) => {
    const page = await extension.openPage(extension.server.fixtureUrl('dev-joomla-blogliste-sonnenhof'));
    const panel = await panelFor(extension, page);
    await panel.getByRole('button', { name: /^(Diese Seite speichern|Save this page)$/ }).click();
    await expect
      .poll(() => liveRegion(panel).textContent())
      .toMatch(/nicht wie ein Artikel|does not look like an article/);
    await extension.screenshot(panel, 'panel-clip-not-an-article');
    await panel.getByRole('button', { name: /Trotzdem speichern|Save anyway/ }).click();
    await expect.poll(() => liveRegion(panel).textContent()).toMatch(/(Gespeichert|Saved): /);
    await panel.locator('[data-clip-library="present"]').waitFor();
    await panel.close();
    await page.close();
  });

  test('a clip started elsewhere (here: the same message from another page) shows up in the open panel', async ({
    extension,
  }) => {
    const page = await extension.openPage(extension.server.fixtureUrl('dev-typo3-news-schuldnerberatung'));
    const panel = await panelFor(extension, page);
    await panel.locator('[data-clip-library="absent"]').waitFor();
    expect(await extension.saveTab(page)).toMatchObject({ ok: true });
    await panel.locator('[data-clip-library="present"]').waitFor();
    await expect.poll(() => liveRegion(panel).textContent()).toMatch(/(Gespeichert|Saved): /);
    await panel.close();
    await page.close();
  });
});

/** `count` small articles, clipped one after another so the newest-first list shows them in reverse. */
function longLibrary(count: number): SeedEntry[] {
  return Array.from({ length: count }, (_, n) => ({
    article: sampleArticle({
      title: `Beitrag ${String(n + 1).padStart(3, '0')} zur Digitalisierung`,
      canonicalUrl: `https://lang.example/${n}`,
    }),
    pageUrl: `https://lang.example/${n}`,
    tags: n % 3 === 0 ? ['Lang'] : [],
  }));
}

const drawnRows = (panel: Page) =>
  panel
    .locator('.article-item')
    .evaluateAll((items) => items.map((item) => Number(item.getAttribute('aria-posinset'))));

describe('a long library in the panel', () => {
  test('draws only the rows near the viewport, loads more at the end, and Tab walks every row in order', async ({
    extension,
  }) => {
    const bridge = await extension.bridge();
    await bridge.evaluate((seed) => window.randnotizE2e.seedLibrary(seed), longLibrary(260));
    const panel = await extension.openPanel('#/library');
    const summary = panel.getByTestId('library-summary');
    await expect.poll(() => summary.textContent()).toMatch(/^263 /); // with the three clips above
    await expect.poll(async () => (await drawnRows(panel))[0]).toBe(1);
    const first = panel.locator('.article-item').first();
    expect(await first.getAttribute('aria-setsize')).toBe('263');
    // A page of 50 is loaded, but only what is near the viewport is in the DOM.
    expect((await drawnRows(panel)).length).toBeLessThan(40);

    // Scrolling to the end loads the next pages (one each time the end shows) until every article is there.
    await expect
      .poll(
        async () => {
          await panel.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          const drawn = await drawnRows(panel);
          expect(drawn.length).toBeLessThan(60);
          return drawn.at(-1);
        },
        { timeout: 60_000, interval: 300 },
      )
      .toBe(263);
    await expect.poll(() => panel.locator('.article-list__more').count()).toBe(0);
    // The viewport only: a full-page shot of a list whose undrawn rows are padding is mostly empty.
    await panel.screenshot({ path: join(E2E_ARTIFACTS_DIR, 'library-long-list-end.png') });

    // From the top, Tab goes through each row's link and its list menu, row after row, past the first window.
    await panel.evaluate(() => window.scrollTo(0, 0));
    // The window follows the scroll a frame or more later (much later on a busy machine): wait for the top rows.
    await expect.poll(async () => (await drawnRows(panel))[0], { timeout: 60_000 }).toBe(1);
    await panel.locator('.article-item__link').first().focus();
    const visited: number[] = [];
    for (let step = 0; step < 70; step += 1) {
      const position = await panel.evaluate(() =>
        Number(document.activeElement?.closest('.article-item')?.getAttribute('aria-posinset') ?? 0),
      );
      if (visited.at(-1) !== position) visited.push(position);
      await panel.keyboard.press('Tab');
    }
    expect(visited.length).toBeGreaterThan(30);
    expect(visited).toEqual(Array.from({ length: visited.length }, (_, i) => i + 1));
    await panel.close();
  });
});
