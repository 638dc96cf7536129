import type { Page } from 'playwright-core';
import type { ExtensionHarness } from './support/extension-harness';
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
