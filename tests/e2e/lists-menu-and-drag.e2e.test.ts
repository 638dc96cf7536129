import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SeedEntry } from '../../entrypoints/e2e-bridge/seed-library';
import type { ListEntryRecord, ReadingListRecord } from '../../utils/db';
import { sampleArticle } from '../fixtures/db/test-database';
import { expectNoSeriousAxeViolations } from './support/axe';
import { ExtensionHarness } from './support/extension-harness';
import { storedArticles } from './support/library-store';

/**
 * The context menu's "Add to reading list" and reordering a list by dragging. A headless browser shows no
 * context menu, so a click is dispatched on `contextMenus.onClicked` inside the service worker: the listener the
 * background registered runs exactly as for a real click (only the panel cannot open without a gesture).
 */
let harness: ExtensionHarness;
let seeded: string[];

const LIST = 'Fachtag Digitalisierung';
const MENU_NEW_LIST = 'randnotiz-new-list';
const menuItemOf = (listId: string) => `randnotiz-list:${listId}`;

const SEED: SeedEntry[] = ['teilhabe', 'beratung', 'datenschutz'].map((slug) => ({
  article: sampleArticle({ title: `Artikel ${slug}`, canonicalUrl: `https://beispiel.example/${slug}` }),
  pageUrl: `https://beispiel.example/${slug}`,
}));

type Chrome = {
  contextMenus: {
    update(id: string, changes: object): Promise<void>;
    onClicked: { dispatch(info: object, tab: object): void };
  };
  tabs: { get(id: number): Promise<{ url?: string }> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: {
    session: { get(key: string): Promise<Record<string, unknown>>; remove(key: string): Promise<void> };
  };
};

/** Whether the browser holds a menu entry with this id: only an existing entry can be updated. */
async function menuHas(id: string): Promise<boolean> {
  const worker = await harness.serviceWorker();
  return worker.evaluate(async (itemId) => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    return chrome.contextMenus.update(itemId, {}).then(
      () => true,
      () => false,
    );
  }, id);
}

interface ClickResult {
  badge: string;
  status: { state: string; outcome: Record<string, unknown> };
}

/** Clicks a context-menu entry on the page's tab and waits until the clip flow has reported its outcome. */
async function clickMenu(page: Page, menuItemId: string): Promise<ClickResult> {
  const tabId = await harness.tabIdOf(page);
  const worker = await harness.serviceWorker();
  return worker.evaluate(
    async ([id, itemId]) => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const key = `clipStatus:${id}`;
      await chrome.storage.session.remove(key);
      const tab = await chrome.tabs.get(id);
      chrome.contextMenus.onClicked.dispatch({ menuItemId: itemId, editable: false, pageUrl: tab.url }, tab);
      for (let waited = 0; waited < 20_000; waited += 100) {
        const status = (await chrome.storage.session.get(key))[key] as ClickResult['status'] | undefined;
        if (status?.state === 'done')
          return { badge: await chrome.action.getBadgeText({ tabId: id }), status };
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`No clip outcome for ${itemId}`);
    },
    [tabId, menuItemId] as const,
  );
}

async function listId(name: string): Promise<string> {
  const lists = await harness.readIndexedDb<ReadingListRecord>('randnotiz', 'readingLists');
  const found = lists.find((list) => list.name === name);
  if (!found) throw new Error(`No list ${name}`);
  return found.id;
}

/** A list's article ids in list order, as stored. */
async function storedOrder(id: string): Promise<string[]> {
  const entries = await harness.readIndexedDb<ListEntryRecord>('randnotiz', 'listEntries');
  return entries
    .filter((entry) => entry.listId === id)
    .sort((a, b) => a.position - b.position)
    .map((entry) => entry.articleId);
}

const shownOrder = (panel: Page) =>
  panel
    .locator('.lists-articles__item')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-article-id')));

async function createList(panel: Page, name: string): Promise<void> {
  await panel.getByLabel('Name der neuen Liste').fill(name);
  await panel.getByRole('button', { name: 'Liste anlegen' }).click();
  await panel.getByRole('button', { name: new RegExp(`^${name}`) }).waitFor();
}

beforeAll(async () => {
  harness = await ExtensionHarness.start(undefined, { uiLanguage: 'de-DE' });
  seeded = await harness.seedLibrary(SEED);
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

describe('reading lists from the context menu', () => {
  test('the menu offers "new reading list" and follows lists created, renamed, deleted and restored', async () => {
    await expect.poll(() => menuHas(MENU_NEW_LIST)).toBe(true);
    const panel = await harness.openPanel('#/lists');
    await createList(panel, LIST);
    await createList(panel, 'Wegwerfliste');
    const [kept, dropped] = [await listId(LIST), await listId('Wegwerfliste')];
    await expect.poll(() => menuHas(menuItemOf(kept))).toBe(true);
    await expect.poll(() => menuHas(menuItemOf(dropped))).toBe(true);

    // Renaming and describing keeps the entry (its id is the list's); typing stays in the field typed into.
    await panel.getByRole('button', { name: 'Liste „Wegwerfliste“ bearbeiten' }).click();
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe(`list-${dropped}-name`);
    await panel.keyboard.type(' alt');
    await panel.locator(`#list-${dropped}-description`).click();
    await panel.keyboard.type('Nur zum Ausprobieren');
    expect(await panel.locator(`#list-${dropped}-description`).inputValue()).toBe('Nur zum Ausprobieren');
    await panel.getByRole('button', { name: 'Speichern', exact: true }).click();
    await panel.getByRole('button', { name: /^Wegwerfliste alt/ }).waitFor();
    expect(await menuHas(menuItemOf(dropped))).toBe(true);

    await panel.getByRole('button', { name: 'Liste „Wegwerfliste alt“ löschen' }).click();
    await expect.poll(() => menuHas(menuItemOf(dropped))).toBe(false);
    await panel.getByRole('button', { name: 'Rückgängig' }).click();
    await expect.poll(() => menuHas(menuItemOf(dropped))).toBe(true);
    await panel.getByRole('button', { name: 'Liste „Wegwerfliste alt“ löschen' }).click();
    await expect.poll(() => menuHas(menuItemOf(dropped))).toBe(false);
    expect(await menuHas(menuItemOf(kept))).toBe(true);
    await panel.close();
  });

  test('a list entry clips a page the library lacks and puts it on that list, once', async () => {
    const page = await harness.openPage(harness.server.fixtureUrl('seed-sozial-pr'));
    const id = await listId(LIST);
    const first = await clickMenu(page, menuItemOf(id));
    expect(first.badge).toBe('✓');
    expect(first.status.outcome).toMatchObject({
      ok: true,
      created: true,
      list: { id, name: LIST, alreadyOn: false },
    });
    const articleId = first.status.outcome.articleId as string;
    expect(await storedOrder(id)).toEqual([articleId]);
    expect(await storedArticles(harness)).toHaveLength(SEED.length + 1);

    // Again: nothing is clipped or added twice, and the reader is told it was there already.
    const second = await clickMenu(page, menuItemOf(id));
    expect(second.status.outcome).toMatchObject({ ok: true, created: false, list: { alreadyOn: true } });
    expect(await storedOrder(id)).toEqual([articleId]);
    expect(await storedArticles(harness)).toHaveLength(SEED.length + 1);
    await page.close();
  });

  test('a page that is no article can be saved anyway from the panel, and still lands on the list', async () => {
    const page = await harness.openPage(harness.server.fixtureUrl('dev-joomla-blogliste-sonnenhof'));
    const id = await listId(LIST);
    const before = await storedOrder(id);
    const result = await clickMenu(page, menuItemOf(id));
    expect(result.status.outcome).toMatchObject({ ok: false, error: { code: 'not-an-article' } });
    expect(await storedOrder(id)).toEqual(before);

    const panel = await harness.openExtensionPage(`/sidepanel.html?tabId=${await harness.tabIdOf(page)}`);
    await panel.getByRole('button', { name: 'Trotzdem speichern' }).click();
    await expect
      .poll(() => panel.locator('.clip-section [role="status"]').textContent())
      .toMatch(/^Auf die Liste „Fachtag Digitalisierung“ gesetzt: /);
    expect(await storedOrder(id)).toHaveLength(before.length + 1);
    await panel.close();
    await page.close();
  });

  test('"new reading list" opens the lists view to name the list, and the page goes on it', async () => {
    const page = await harness.openPage(harness.server.fixtureUrl('seed-sozial-pr'));
    const panel = await harness.openPanel(`?tabId=${await harness.tabIdOf(page)}`);
    await panel.locator('.clip-section').waitFor();

    const result = await clickMenu(page, MENU_NEW_LIST);
    expect(result.status.outcome).toMatchObject({ ok: true, awaitsNewList: true });
    await expect.poll(() => panel.evaluate(() => location.hash)).toBe('#/lists');
    const note = panel.getByTestId('new-list-draft');
    await expect
      .poll(() => note.textContent())
      .toMatch(/^„Digitalisierung braucht .*“ kommt auf die neue Liste\./);
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('new-list-name');
    await harness.screenshot(panel, 'lists-new-list-from-menu');

    await panel.keyboard.type('Aus dem Kontextmenü');
    await panel.keyboard.press('Enter');
    await panel.getByRole('button', { name: /^Aus dem Kontextmenü/ }).waitFor();
    await expect.poll(async () => storedOrder(await listId('Aus dem Kontextmenü'))).toHaveLength(1);
    await expect.poll(() => note.count()).toBe(0);
    await expect
      .poll(() => panel.locator('[aria-live="polite"]').allTextContents())
      .toContainEqual(expect.stringContaining('steht jetzt auf der Liste „Aus dem Kontextmenü“'));
    await panel.close();
    await page.close();
  });
});

describe('reordering a list by dragging', () => {
  test('adds and removes from the library and the reader, then drags rows with a drop indicator', async () => {
    const id = await listId(LIST);
    const panel = await harness.openPanel('#/library');
    // From the library's rows …
    for (const articleId of seeded) {
      const row = panel.locator(`.article-item[data-article-id="${articleId}"]`);
      await row.locator('.add-to-list summary').click();
      await row.getByRole('checkbox', { name: LIST }).check();
    }
    await expect.poll(async () => (await storedOrder(id)).slice(-3)).toEqual(seeded);
    // … and off and on again in the reader, which puts the first one at the end.
    await panel.evaluate((hash) => (location.hash = hash), `#/article/${seeded[0]}`);
    await panel.locator('.add-to-list summary').click();
    const box = panel.getByRole('checkbox', { name: LIST });
    await box.uncheck();
    await expect.poll(async () => (await storedOrder(id)).includes(seeded[0]!)).toBe(false);
    await box.check();
    await expect.poll(async () => (await storedOrder(id)).at(-1)).toBe(seeded[0]);

    await panel.evaluate(() => (location.hash = '#/lists'));
    await panel.getByRole('button', { name: new RegExp(`^${LIST}`) }).click();
    const start = await storedOrder(id);
    await expect.poll(() => shownOrder(panel)).toEqual(start);
    const rows = panel.locator('.lists-articles__item');
    const count = start.length;

    // Drag the last row by hand to the top half of the first: the line shows above the first row.
    // The mouse reaches only what is on screen: a panel tall enough for the whole list.
    await panel.setViewportSize({ width: 420, height: 1600 });
    const from = (await rows.nth(count - 1).boundingBox())!;
    const to = (await rows.nth(0).boundingBox())!;
    await panel.mouse.move(from.x + 30, from.y + from.height / 2);
    await panel.mouse.down();
    await panel.mouse.move(to.x + 30, to.y + to.height / 2, { steps: 8 });
    await panel.mouse.move(to.x + 30, to.y + 6, { steps: 4 });
    await expect.poll(() => rows.nth(0).getAttribute('class')).toContain('lists-articles__item--drop-before');
    expect(await panel.locator('.lists-articles__item--dragging').getAttribute('data-article-id')).toBe(
      start.at(-1),
    );
    await harness.screenshot(panel, 'lists-drag-indicator');
    await panel.mouse.up();
    const afterDrag = [start.at(-1)!, ...start.slice(0, -1)];
    await expect.poll(() => storedOrder(id)).toEqual(afterDrag);
    await expect.poll(() => shownOrder(panel)).toEqual(afterDrag);
    await expect
      .poll(() => panel.locator('[aria-live="polite"]').allTextContents())
      .toContainEqual(expect.stringContaining(`Position 1 von ${count}`));
    await expect.poll(() => panel.locator('[class*="--drop-"]').count()).toBe(0);

    // Playwright's dragTo onto the lower half of the last row: the first row goes to the end again.
    const last = (await rows.nth(count - 1).boundingBox())!;
    await rows.nth(0).dragTo(rows.nth(count - 1), { targetPosition: { x: 30, y: last.height - 6 } });
    await expect.poll(() => storedOrder(id)).toEqual(start);
    await expect.poll(() => shownOrder(panel)).toEqual(start);

    // A drop right next to where the row already is changes nothing.
    await rows.nth(1).dragTo(rows.nth(0), { targetPosition: { x: 30, y: last.height - 6 } });
    expect(await storedOrder(id)).toEqual(start);

    // The keyboard path is still there.
    const lastTitle = (await rows
      .nth(count - 1)
      .locator('.lists-articles__title')
      .textContent())!;
    await panel.getByRole('button', { name: `„${lastTitle}“ nach oben verschieben` }).click();
    await expect.poll(() => storedOrder(id)).toEqual([...start.slice(0, -2), start.at(-1), start.at(-2)]);
    await harness.screenshot(panel, 'lists-reordered');
    await expectNoSeriousAxeViolations(panel);
    await panel.close();
  });
});
