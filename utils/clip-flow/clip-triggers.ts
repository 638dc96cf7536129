import { browser, type Browser } from 'wxt/browser';
import type { ClipFlowOutcome } from './clip-outcome';
import type { ClipRequest } from './clip-and-store';
import { openPanelFor } from './open-panel';

/** Menu item ids and the command name (the command is declared in wxt.config.ts). */
export const MENU_SAVE_PAGE = 'randnotiz-save-page';
export const MENU_SAVE_SELECTION = 'randnotiz-save-selection';
export const COMMAND_SAVE_PAGE = 'save-page';

type RunClip = (request: ClipRequest) => Promise<ClipFlowOutcome>;
type Tab = Browser.tabs.Tab;

/**
 * Creates the context-menu entries, titled in the browser's language. Menus persist across restarts once made,
 * so this runs on install and update; the old entries go first, or re-creating the same ids would fail.
 */
export async function createClipMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_SAVE_PAGE,
    title: browser.i18n.getMessage('clip_menuSavePage'),
    contexts: ['page', 'frame'],
  });
  browser.contextMenus.create({
    id: MENU_SAVE_SELECTION,
    title: browser.i18n.getMessage('clip_menuSaveSelection'),
    contexts: ['selection'],
  });
}

/**
 * Wires every clip trigger to `run` (the one clip function): the toolbar button, the shortcut and the two menu
 * entries. Each opens the panel first, synchronously, because the browser allows that only during the gesture;
 * the gesture also grants activeTab, which is all the access the clip needs.
 */
export function registerClipTriggers(run: RunClip): void {
  browser.runtime.onInstalled.addListener(() => {
    createClipMenus().catch((error: unknown) => console.error('Randnotiz menus:', error));
  });

  (browser.action ?? browser.browserAction).onClicked.addListener((tab: Tab) => {
    startFromGesture(run, tab, { kind: 'page', trigger: 'action' });
  });

  browser.commands.onCommand.addListener((command: string, tab?: Tab) => {
    if (command !== COMMAND_SAVE_PAGE) return;
    if (tab) {
      startFromGesture(run, tab, { kind: 'page', trigger: 'command' });
      return;
    }
    // Older Firefox versions pass no tab; the shortcut acts on the window's active tab.
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      if (active) startFromGesture(run, active, { kind: 'page', trigger: 'command' });
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (!tab) return;
    if (info.menuItemId === MENU_SAVE_PAGE) {
      startFromGesture(run, tab, { kind: 'page', trigger: 'context-menu' });
    } else if (info.menuItemId === MENU_SAVE_SELECTION) {
      startFromGesture(run, tab, {
        kind: 'selection',
        trigger: 'context-menu',
        frameId: info.frameId,
        selectionText: info.selectionText,
      });
    }
  });
}

function startFromGesture(run: RunClip, tab: Tab, request: Omit<ClipRequest, 'tabId'>): void {
  if (tab.id === undefined || tab.id < 0) return;
  openPanelFor(tab);
  // The flow reports its own outcome (badge, panel); nothing is left to do with it here.
  void run({ ...request, tabId: tab.id });
}
