import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  COMMAND_SAVE_PAGE,
  MENU_ADD_TO_LIST,
  MENU_NEW_LIST,
  MENU_SAVE_PAGE,
  MENU_SAVE_SELECTION,
  menuItemOfList,
  registerClipTriggers,
  type ClipFlowOutcome,
  type ClipRequest,
  type ReadingListChoice,
} from '../../utils/clip-flow';

type Listener = (...args: never[]) => unknown;

/** WXT's fake browser leaves these events unimplemented; a list of listeners is all the wiring needs. */
function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => listeners.push(listener),
    removeListener: () => {},
    hasListener: () => false,
    fire: (...args: unknown[]) =>
      listeners.forEach((listener) => (listener as (...a: unknown[]) => void)(...args)),
  };
}

const TAB = {
  id: 7,
  windowId: 3,
  index: 0,
  highlighted: true,
  active: true,
  pinned: false,
  incognito: false,
};

let runs: ClipRequest[];
let events: string[];
let menus: Array<{ id?: string | number; title?: string; contexts?: string[]; parentId?: string }>;
let lists: ReadingListChoice[];
let menuClicks: ReturnType<typeof fakeEvent>;
let commands: ReturnType<typeof fakeEvent>;

beforeEach(() => {
  fakeBrowser.reset();
  runs = [];
  events = [];
  menus = [];
  lists = [];
  menuClicks = fakeEvent();
  commands = fakeEvent();
  fakeBrowser.i18n.getMessage = vi.fn((key: string) => `«${key}»`) as never;
  Object.assign(fakeBrowser, {
    contextMenus: {
      removeAll: vi.fn(async () => {
        menus = [];
      }),
      create: vi.fn((properties: (typeof menus)[number]) => menus.push(properties)),
      onClicked: menuClicks,
    },
    commands: { onCommand: commands },
    sidePanel: {
      open: vi.fn(async (options: { windowId: number }) => {
        events.push(`open panel in window ${options.windowId}`);
      }),
    },
  });
  registerClipTriggers(
    async (request) => {
      events.push(`clip ${request.kind}`);
      runs.push(request);
      return { ok: true } as ClipFlowOutcome;
    },
    async () => lists,
  );
});

const ids = () => menus.map((menu) => menu.id);

describe('registerClipTriggers', () => {
  it('builds the menu when the background starts: both clip entries and "add to reading list"', async () => {
    await vi.waitFor(() => expect(menus).toHaveLength(4));
    expect(menus).toEqual([
      { id: MENU_SAVE_PAGE, title: '«clip_menuSavePage»', contexts: ['page', 'frame'] },
      { id: MENU_SAVE_SELECTION, title: '«clip_menuSaveSelection»', contexts: ['selection'] },
      { id: MENU_ADD_TO_LIST, title: '«lists_addToList»', contexts: ['page', 'frame'] },
      // Without lists the submenu still says what it is for: it offers to create one.
      {
        id: MENU_NEW_LIST,
        title: '«lists_menuNewList»',
        contexts: ['page', 'frame'],
        parentId: MENU_ADD_TO_LIST,
      },
    ]);
  });

  it('rebuilds on install, update and browser start without creating an id twice', async () => {
    await vi.waitFor(() => expect(menus).toHaveLength(4));
    lists = [{ id: 'l1', name: 'Seminar' }];
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(ids()).toContain(menuItemOfList('l1')));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(new Set(ids()).size).toBe(ids().length);
    expect(ids()).toHaveLength(6);
  });

  it('the toolbar button opens the panel first, during the gesture, then clips the tab', async () => {
    await fakeBrowser.action.onClicked.trigger(TAB as never, undefined as never);
    expect(events).toEqual(['open panel in window 3', 'clip page']);
    expect(runs).toEqual([{ tabId: 7, kind: 'page', trigger: 'action' }]);
  });

  it('the shortcut clips the tab it was pressed in and ignores other commands', () => {
    commands.fire('something-else', TAB);
    commands.fire(COMMAND_SAVE_PAGE, TAB);
    expect(runs).toEqual([{ tabId: 7, kind: 'page', trigger: 'command' }]);
  });

  it('the shortcut falls back to the active tab when the browser passes none', async () => {
    const query = vi.fn(async () => [{ ...TAB, id: 9 }]);
    fakeBrowser.tabs.query = query as never;
    commands.fire(COMMAND_SAVE_PAGE);
    await vi.waitFor(() => expect(runs).toEqual([{ tabId: 9, kind: 'page', trigger: 'command' }]));
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('the menu entries clip the page, or the selection with its frame and the browser’s text of it', () => {
    menuClicks.fire({ menuItemId: MENU_SAVE_PAGE, editable: false }, TAB);
    menuClicks.fire(
      { menuItemId: MENU_SAVE_SELECTION, editable: false, frameId: 2, selectionText: 'Zitat' },
      TAB,
    );
    expect(runs).toEqual([
      { tabId: 7, kind: 'page', trigger: 'context-menu' },
      { tabId: 7, kind: 'selection', trigger: 'context-menu', frameId: 2, selectionText: 'Zitat' },
    ]);
  });

  it('a list entry puts the page on that list, "new reading list" asks the panel for a name', () => {
    menuClicks.fire({ menuItemId: menuItemOfList('l-42'), editable: false }, TAB);
    menuClicks.fire({ menuItemId: MENU_NEW_LIST, editable: false }, TAB);
    menuClicks.fire({ menuItemId: MENU_ADD_TO_LIST, editable: false }, TAB);
    menuClicks.fire({ menuItemId: 'randnotiz-list:', editable: false }, TAB);
    expect(runs).toEqual([
      { tabId: 7, kind: 'page', trigger: 'context-menu', addToList: { listId: 'l-42' } },
      { tabId: 7, kind: 'page', trigger: 'context-menu', addToList: { newList: true } },
    ]);
    expect(events.filter((event) => event.startsWith('open panel'))).toHaveLength(2);
  });

  it('ignores clicks without a real tab (e.g. in devtools)', () => {
    menuClicks.fire({ menuItemId: MENU_SAVE_PAGE, editable: false }, undefined);
    menuClicks.fire({ menuItemId: MENU_SAVE_PAGE, editable: false }, { ...TAB, id: -1 });
    expect(runs).toEqual([]);
  });

  it('still clips when the panel cannot be opened', async () => {
    Object.assign(fakeBrowser, {
      sidePanel: {
        open: () => {
          throw new Error('sidePanel.open() may only be called in response to a user gesture');
        },
      },
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.action.onClicked.trigger(TAB as never, undefined as never);
    expect(runs).toHaveLength(1);
    expect(warn).toHaveBeenCalled();
  });
});
