import { browser } from 'wxt/browser';
import { errorText } from '../messages/error-text';
import type { ClipError } from './clip-result';
import { restrictionForUrl } from './page-restrictions';

export interface TabAccessOptions {
  /**
   * The caller runs right after a toolbar click, shortcut or context-menu click, which grant activeTab on every
   * page an extension may read at all. A tab URL that stays hidden then means a browser-internal page.
   */
  activeTabGranted?: boolean;
}

export type TabAccess = { ok: true; url: string | undefined } | { ok: false; error: ClipError };

/**
 * Decides before injecting anything whether a script could run in the tab, so the reader gets the precise reason
 * (browser page, add-on store, file access off) instead of the browser's generic injection error.
 */
export async function checkTabAccess(tabId: number, options: TabAccessOptions = {}): Promise<TabAccess> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch (error) {
    return { ok: false, error: { code: 'tab-not-found', message: errorText(error) } };
  }
  if (url === undefined && options.activeTabGranted) {
    return {
      ok: false,
      error: { code: 'restricted-page', message: 'The browser keeps this page from all extensions' },
    };
  }
  const restriction = restrictionForUrl(url, await fileSchemeAccessAllowed());
  return restriction ? { ok: false, error: restriction } : { ok: true, url };
}

async function fileSchemeAccessAllowed(): Promise<boolean> {
  try {
    return await browser.extension.isAllowedFileSchemeAccess();
  } catch {
    return false;
  }
}

export const TIMED_OUT = Symbol('timed out');

/** Resolves with `TIMED_OUT` when `work` takes longer than `ms`; a page whose main thread is busy never answers. */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
