import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { E2eBridge } from '../../../entrypoints/e2e-bridge/main';
import type { SeedEntry } from '../../../entrypoints/e2e-bridge/seed-library';
import type { ClipResult } from '../../../utils/clip';
import type { ClipFlowOutcome } from '../../../utils/clip-flow';
import type { MessageName, ProtocolFailure, RequestOf, ResponseOf } from '../../../utils/messages';
import { E2E_EXTENSION_DIR } from './build-extension';
import {
  extensionIdOf,
  launchChromiumWithExtension,
  type LaunchedChromium,
  type LaunchOptions,
} from './launch-chromium';
import { startPageServer, type PageServer } from './page-server';
import { E2E_ARTIFACTS_DIR } from './paths';

declare global {
  interface Window {
    randnotizE2e: E2eBridge;
  }
}

const BRIDGE_PAGE = '/e2e-bridge.html';
/** About the width of Chrome's side panel. */
const PANEL_VIEWPORT = { width: 420, height: 900 };

/**
 * One Chromium with the e2e build loaded, the local page server, and the moves tests make. Pages outside the
 * page server are blocked, so a fixture's external scripts and images neither hang a test nor leak requests.
 */
export class ExtensionHarness {
  private bridgePage: Page | null = null;

  private constructor(
    private readonly chromium: LaunchedChromium,
    readonly server: PageServer,
  ) {}

  static async start(
    extensionDir = E2E_EXTENSION_DIR,
    options: LaunchOptions = {},
  ): Promise<ExtensionHarness> {
    const server = await startPageServer();
    try {
      const chromium = await launchChromiumWithExtension(extensionDir, options);
      await chromium.context.route(/^https?:\/\//, (route) =>
        route.request().url().startsWith(server.origin) ? route.continue() : route.abort('blockedbyclient'),
      );
      return new ExtensionHarness(chromium, server);
    } catch (error) {
      await server.close();
      throw error;
    }
  }

  get context(): BrowserContext {
    return this.chromium.context;
  }

  get extensionId(): string {
    return this.chromium.extensionId;
  }

  extensionUrl(path: string): string {
    return `chrome-extension://${this.extensionId}${path.startsWith('/') ? path : `/${path}`}`;
  }

  /** Opens a web page in a new tab and waits for its load event. */
  async openPage(url: string): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  /** Opens an extension page (e.g. '/sidepanel.html') as an ordinary tab; it is then itself the active tab. */
  async openExtensionPage(path: string): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(this.extensionUrl(path), { waitUntil: 'load' });
    return page;
  }

  /**
   * The side panel opened as a tab at the panel's width, at `route` (a hash such as '#/lists', or '?tabId=…' to
   * bind it to a tab), once its view has drawn its heading.
   */
  async openPanel(route = ''): Promise<Page> {
    const page = await this.openExtensionPage(`/sidepanel.html${route}`);
    await page.setViewportSize(PANEL_VIEWPORT);
    await page.locator('#view-heading').waitFor();
    return page;
  }

  /** The bridge page every protocol call goes through (reopened if a test closed it). */
  async bridge(): Promise<Page> {
    if (!this.bridgePage || this.bridgePage.isClosed()) {
      this.bridgePage = await this.openExtensionPage(BRIDGE_PAGE);
      await this.bridgePage.waitForFunction(() => document.documentElement.dataset.bridgeReady === 'true');
    }
    return this.bridgePage;
  }

  /** Sends a protocol message from an extension page, exactly as the side panel does. */
  async send<K extends MessageName>(
    name: K,
    request: RequestOf<K>,
  ): Promise<ResponseOf<K> | ProtocolFailure> {
    const page = await this.bridge();
    return page.evaluate(([n, r]) => window.randnotizE2e.sendMessage(n, r as RequestOf<typeof n>), [
      name,
      request,
    ] as const) as Promise<ResponseOf<K> | ProtocolFailure>;
  }

  /** Sends any value to the background, bypassing the typed API (for validation tests). */
  async sendRaw(message: unknown): Promise<unknown> {
    const page = await this.bridge();
    return page.evaluate((m) => window.randnotizE2e.sendRaw(m), message);
  }

  async tabIdOf(page: Page): Promise<number> {
    const bridge = await this.bridge();
    const id = await bridge.evaluate((url) => window.randnotizE2e.tabIdOf(url), page.url());
    if (id === null) throw new Error(`No tab shows ${page.url()}`);
    return id;
  }

  /** Opens `url` through `tabs.create` (as extension code would) and returns the tab id; also for chrome:// pages. */
  async openTabFromExtension(url: string): Promise<number> {
    const bridge = await this.bridge();
    const id = await bridge.evaluate((u) => window.randnotizE2e.openTab(u), url);
    if (id === null) throw new Error(`Could not open ${url}`);
    return id;
  }

  /** Clips the article shown in `page` through the real path: extension page → background → content script. */
  async clip(page: Page, options: { fullPage?: boolean } = {}): Promise<ClipResult | ProtocolFailure> {
    return this.send('clip/extractTab', { tabId: await this.tabIdOf(page), ...options });
  }

  /** Saves the tab showing `page` to the library, as the panel's "Save this page" button does. */
  async saveTab(
    page: Page,
    options: { fullPage?: boolean } = {},
  ): Promise<ClipFlowOutcome | ProtocolFailure> {
    return this.send('clip/saveTab', { tabId: await this.tabIdOf(page), ...options });
  }

  /** Saves the current selection of `page` as a quote, as the panel's button and the context menu do. */
  async saveSelection(page: Page): Promise<ClipFlowOutcome | ProtocolFailure> {
    return this.send('clip/saveSelection', { tabId: await this.tabIdOf(page) });
  }

  /**
   * The running service worker. `Worker.evaluate` on a stopped worker hangs, so a message wakes it first (the
   * background answers even a malformed one).
   */
  async serviceWorker(): Promise<Worker> {
    await this.sendRaw({ wake: true });
    const isOurs = (worker: Worker) => extensionIdOf(worker) === this.extensionId;
    return (
      this.context.serviceWorkers().find(isOurs) ??
      (await this.context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 10_000 }))
    );
  }

  /** Fills the library through the repository functions, in the bridge page; returns the article ids in order. */
  async seedLibrary(entries: readonly SeedEntry[]): Promise<string[]> {
    const page = await this.bridge();
    return page.evaluate((seed) => window.randnotizE2e.seedLibrary(seed), entries);
  }

  /** Every record of an object store in the extension's own IndexedDB (read from an extension page). */
  async readIndexedDb<T = unknown>(database: string, store: string): Promise<T[]> {
    const page = await this.bridge();
    return page.evaluate(
      ([db, name]) =>
        new Promise<T[]>((resolve, reject) => {
          const open = indexedDB.open(db);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction(name, 'readonly').objectStore(name).getAll();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result as T[]);
            };
            request.onerror = () => reject(request.error);
          };
        }),
      [database, store] as const,
    );
  }

  /** Saves a full-page screenshot under test-results/e2e/ for a person to look at; returns its path. */
  async screenshot(page: Page, name: string): Promise<string> {
    mkdirSync(E2E_ARTIFACTS_DIR, { recursive: true });
    const path = join(E2E_ARTIFACTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
    await page.screenshot({ path, fullPage: true });
    return path;
  }

  async close(): Promise<void> {
    await this.chromium.close();
    await this.server.close();
  }
}
