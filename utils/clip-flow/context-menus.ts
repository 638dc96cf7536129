import { browser } from 'wxt/browser';
import { listReadingListNames } from '../db/reading-list-names';
import type { MessageKey } from '../i18n/messages';
import { planContextMenus, type ReadingListChoice } from './context-menu-plan';
import { errorText } from '../messages/error-text';

/** Reads the reading lists for the menu; tests pass their own. */
export type LoadReadingLists = () => Promise<ReadingListChoice[]>;

/** The lists from the library, in the order the panel shows them. */
export const readingListChoices: LoadReadingLists = () => listReadingListNames();

export type MenuRebuildResult = { ok: true } | { ok: false; error: { code: 'menu-failed'; message: string } };

let tail: Promise<void> = Promise.resolve();
let waiting: Promise<void> | null = null;

/**
 * Replaces every context-menu entry with a fresh set, titled in the browser's language, with the reading lists
 * as they are now. Rebuilds run one after another — two interleaved ones would create the same ids twice — and
 * a request made while one is still waiting to start joins it, as it will read the same lists.
 */
export function rebuildContextMenus(loadLists: LoadReadingLists = readingListChoices): Promise<void> {
  if (waiting) return waiting;
  const next = tail.then(() => {
    waiting = null;
    return buildMenus(loadLists);
  });
  waiting = next;
  tail = next.catch(() => undefined);
  return next;
}

async function buildMenus(loadLists: LoadReadingLists): Promise<void> {
  const lists = await loadLists().catch((error: unknown) => {
    console.warn('Randnotiz could not read the reading lists for the context menu:', error);
    return null;
  });
  await browser.contextMenus.removeAll();
  const t = (key: MessageKey) => browser.i18n.getMessage(key);
  for (const entry of planContextMenus(lists, t)) browser.contextMenus.create(entry);
}

/** `readingLists/changed`: the rebuild's failure as a value for the panel, which only logs it. */
export function rebuildContextMenusForPanel(): Promise<MenuRebuildResult> {
  return rebuildContextMenus().then(
    () => ({ ok: true }),
    (error: unknown) => ({
      ok: false,
      error: { code: 'menu-failed', message: errorText(error) },
    }),
  );
}
