import { browser } from 'wxt/browser';

/** Neither API is in webextension-polyfill's types: Chrome's `sidePanel`, Firefox's `sidebarAction`. */
interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Opens the side panel (Chrome) or sidebar (Firefox) where clip results are shown. Both browsers accept this only
 * during the user's gesture, so it must be called synchronously from the click, shortcut or menu listener,
 * before anything is awaited. A refusal is logged: the badge still reports the clip.
 */
export function openPanelFor(tab: { windowId?: number }): void {
  const apis = browser as unknown as PanelApis;
  try {
    if (apis.sidePanel && tab.windowId !== undefined) {
      apis.sidePanel.open({ windowId: tab.windowId }).catch(logRefusal);
    } else if (apis.sidebarAction) {
      apis.sidebarAction.open().catch(logRefusal);
    }
  } catch (error) {
    logRefusal(error);
  }
}

function logRefusal(error: unknown): void {
  console.warn('Randnotiz could not open its panel:', error);
}
