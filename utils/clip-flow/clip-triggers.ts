import { browser, type Browser } from 'wxt/browser';
import type { ClipFlowOutcome } from './clip-outcome';
import type { ClipRequest } from './clip-and-store';
import { toolbarButton } from './clip-feedback';
import { listOfMenuItem, MENU_NEW_LIST, MENU_SAVE_PAGE, MENU_SAVE_SELECTION } from './context-menu-plan';
import { readingListChoices, rebuildContextMenus, type LoadReadingLists } from './context-menus';
import { openPanelFor } from './open-panel';

/** The command name (declared in wxt.config.ts). */
export const COMMAND_SAVE_PAGE = 'save-page';

type RunClip = (request: ClipRequest) => Promise<ClipFlowOutcome>;
type Tab = Browser.tabs.Tab;

/**
 * Wires every clip trigger to `run` (the one clip function): the toolbar button, the shortcut and the context
 * menu, whose "Add to reading list" submenu shows the lists `loadLists` reads. Each trigger opens the panel
 * first, synchronously, because the browser allows that only during the gesture; the gesture also grants
 * activeTab, which is all the access the clip needs.
 */
export function registerClipTriggers(run: RunClip, loadLists: LoadReadingLists = readingListChoices): void {
  // Menus outlive the background, but not every browser keeps them across restarts, and the lists may have
  // changed while it slept: every start rebuilds them (joined into one rebuild when several events coincide).
  const rebuild = () => {
    rebuildContextMenus(loadLists).catch((error: unknown) => console.error('Randnotiz menus:', error));
  };
  rebuild();
  browser.runtime.onInstalled.addListener(rebuild);
  browser.runtime.onStartup.addListener(rebuild);

  toolbarButton().onClicked.addListener((tab: Tab) => {
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
    const listId = listOfMenuItem(info.menuItemId);
    if (info.menuItemId === MENU_SAVE_PAGE) {
      startFromGesture(run, tab, { kind: 'page', trigger: 'context-menu' });
    } else if (info.menuItemId === MENU_SAVE_SELECTION) {
      startFromGesture(run, tab, {
        kind: 'selection',
        trigger: 'context-menu',
        frameId: info.frameId,
        selectionText: info.selectionText,
      });
    } else if (info.menuItemId === MENU_NEW_LIST) {
      startFromGesture(run, tab, { kind: 'page', trigger: 'context-menu', addToList: { newList: true } });
    } else if (listId !== null) {
      startFromGesture(run, tab, { kind: 'page', trigger: 'context-menu', addToList: { listId } });
    }
  });
}

function startFromGesture(run: RunClip, tab: Tab, request: Omit<ClipRequest, 'tabId'>): void {
  if (tab.id === undefined || tab.id < 0) return;
  openPanelFor(tab);
  // The flow reports its own outcome (badge, panel); nothing is left to do with it here.
  void run({ ...request, tabId: tab.id });
}
