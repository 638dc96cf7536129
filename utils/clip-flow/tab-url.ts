import { browser } from 'wxt/browser';

/** The address a tab shows, or undefined when the tab is gone or its address is hidden from Randnotiz. */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}
