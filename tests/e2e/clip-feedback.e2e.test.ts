import type { ExtensionHarness } from './support/extension-harness';
import { describe, expect, test } from './support/extension-test';
import { snapshotLibrary } from './support/library-store';

interface ToolbarState {
  badge: string;
  title: string;
  status: unknown;
}

/** What the reader sees on the toolbar button for a tab, and the status the panel reads. */
async function feedbackFor(extension: ExtensionHarness, tabId: number): Promise<ToolbarState> {
  const worker = await extension.serviceWorker();
  type Chrome = {
    action: {
      getBadgeText(details: { tabId: number }): Promise<string>;
      getTitle(details: { tabId: number }): Promise<string>;
    };
    storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
  };
  return worker.evaluate(async (id) => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const key = `clipStatus:${id}`;
    return {
      badge: await chrome.action.getBadgeText({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
      status: (await chrome.storage.session.get(key))[key],
    };
  }, tabId);
}

describe('every clip tells the reader what happened', () => {
  test('a saved page gets a ✓ badge, a tooltip with its title and a status for the panel', async ({
    extension,
  }) => {
    const page = await extension.openPage(extension.server.fixtureUrl('seed-sozial-pr'));
    const tabId = await extension.tabIdOf(page);
    const outcome = await extension.saveTab(page);
    expect(outcome).toMatchObject({ ok: true });
    const feedback = await feedbackFor(extension, tabId);
    expect(feedback.badge).toBe('✓');
    expect(feedback.title).toMatch(/^Randnotiz – (Gespeichert|Saved): .Digitalisierung braucht/);
    expect(feedback.status).toEqual({
      tabId,
      kind: 'page',
      trigger: 'panel',
      fullPage: false,
      state: 'done',
      at: expect.any(Number),
      outcome,
    });
    await page.close();
  });

  test('a browser-internal page is refused with an explanation, and nothing is stored', async ({
    extension,
  }) => {
    const before = await snapshotLibrary(extension);
    const tabId = await extension.openTabFromExtension('chrome://newtab');
    const outcome = await extension.send('clip/saveTab', { tabId });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'restricted-page' } });
    const feedback = await feedbackFor(extension, tabId);
    expect(feedback.badge).toBe('!');
    expect(feedback.title).toMatch(
      /Browser erlauben Erweiterungen dort keinen Zugriff|Browsers do not let extensions/,
    );
    expect(await snapshotLibrary(extension)).toEqual(before);
  });

  test('a listing gets a "?" badge and the advice to save anyway', async ({ extension }) => {
    const page = await extension.openPage(extension.server.fixtureUrl('dev-joomla-blogliste-sonnenhof'));
    const tabId = await extension.tabIdOf(page);
    expect(await extension.saveTab(page)).toMatchObject({ ok: false, error: { code: 'not-an-article' } });
    const feedback = await feedbackFor(extension, tabId);
    expect(feedback.badge).toBe('?');
    expect(feedback.title).toMatch(/Trotzdem speichern|Save anyway/);
    await page.close();
  });

  test('a closed tab and a malformed request come back as values', async ({ extension }) => {
    expect(await extension.send('clip/saveTab', { tabId: 987_654_321 })).toMatchObject({
      ok: false,
      error: { code: 'tab-not-found' },
    });
    for (const request of [{ tabId: '1' }, {}, { tabId: 1, url: 'https://example.org' }]) {
      expect(await extension.sendRaw({ name: 'clip/saveTab', request })).toMatchObject({
        ok: false,
        error: { code: 'invalid-message' },
      });
    }
  });

  test('the shortcut is registered as Alt+Shift+S and can be rebound by the reader', async ({
    extension,
  }) => {
    const worker = await extension.serviceWorker();
    type Chrome = { commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> } };
    const commands = await worker.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.commands.getAll(),
    );
    expect(commands).toContainEqual(expect.objectContaining({ name: 'save-page', shortcut: 'Alt+Shift+S' }));
  });
});
