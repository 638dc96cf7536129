import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messages';
import { createAnnotation, updateArticleUserFields } from '@/utils/db';
import { benchBackup } from './bench-backup';
import { benchScale } from './bench-scale';
import { scaleSeed } from './scale-seed';
import { seedLibrary } from './seed-library';

/**
 * Built only in e2e mode (see wxt.config.ts). Tests drive the extension through the same typed sendMessage the
 * side panel uses, from a real extension page, so sender checks and validation run exactly as in production.
 */
const bridge = {
  sendMessage,
  /** Repository writes as the panel makes them (annotations, tags, notes), to check what a re-clip keeps. */
  db: { createAnnotation, updateArticleUserFields },
  /** Fills the library through the repository functions (library e2e tests and bench:panel). */
  seedLibrary,
  /** Backup export and import timed inside this page (bench:backup). */
  benchBackup,
  /** Generated libraries of 1k–50k articles written in bulk, and reads timed inside this page (bench:scale). */
  scaleSeed,
  benchScale,
  /** The tab id of the tab showing `url` (e2e builds hold host access to the fixture server, so URLs are visible). */
  async tabIdOf(url: string): Promise<number | null> {
    const tabs = await browser.tabs.query({});
    return tabs.find((tab) => tab.url === url)?.id ?? null;
  },
  /** Opens a tab the way extension code would, returning its id (works for chrome:// pages, whose URL tests cannot see). */
  async openTab(url: string): Promise<number | null> {
    const id = (await browser.tabs.create({ url, active: false })).id;
    if (id === undefined) return null;
    // Until it commits, the tab still shows its initial empty document, which answers differently.
    for (let waited = 0; waited < 10_000; waited += 50) {
      if ((await browser.tabs.get(id)).status === 'complete') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return id;
  },
  /** Sends an arbitrary value, bypassing the typed API, to test what the background does with bad input. */
  sendRaw: (message: unknown): Promise<unknown> => browser.runtime.sendMessage(message),
};

export type E2eBridge = typeof bridge;
Object.assign(window, { randnotizE2e: bridge });
document.documentElement.dataset.bridgeReady = 'true';
