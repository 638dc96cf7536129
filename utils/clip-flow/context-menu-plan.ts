import type { ReadingListName } from '../db/reading-list-names';
import type { MessageLookup } from './clip-texts';

/** Menu item ids. A list's entry carries the list's id, so a click needs no lookup table. */
export const MENU_SAVE_PAGE = 'randnotiz-save-page';
export const MENU_SAVE_SELECTION = 'randnotiz-save-selection';
export const MENU_ADD_TO_LIST = 'randnotiz-add-to-list';
export const MENU_NEW_LIST = 'randnotiz-new-list';
const MENU_LIST_SEPARATOR = 'randnotiz-list-separator';
const LIST_ITEM_PREFIX = 'randnotiz-list:';

export type MenuContext = 'page' | 'frame' | 'selection';

/** What `contextMenus.create` gets for one entry. */
export interface MenuEntry {
  id: string;
  title?: string;
  type?: 'separator';
  parentId?: string;
  contexts: [MenuContext, ...MenuContext[]];
}

/** A reading list as the menu shows it. */
export type ReadingListChoice = ReadingListName;

const PAGE: MenuEntry['contexts'] = ['page', 'frame'];
/** Menus are no place for a paragraph; longer names are cut at a word. */
const MAX_NAME_LENGTH = 60;

/**
 * Every context-menu entry, in order: the two clip entries, then "Add to reading list" with one entry per list
 * (in the order the lists view shows them) and "New reading list …". Without any list the submenu still offers
 * "New reading list …", so the entry explains itself. `lists` is null when the lists could not be read: the
 * submenu is left out rather than shown wrongly empty.
 */
export function planContextMenus(lists: readonly ReadingListChoice[] | null, t: MessageLookup): MenuEntry[] {
  const entries: MenuEntry[] = [
    { id: MENU_SAVE_PAGE, title: t('clip_menuSavePage'), contexts: PAGE },
    { id: MENU_SAVE_SELECTION, title: t('clip_menuSaveSelection'), contexts: ['selection'] },
  ];
  if (lists === null) return entries;
  const child = { parentId: MENU_ADD_TO_LIST, contexts: PAGE };
  entries.push({ id: MENU_ADD_TO_LIST, title: t('lists_addToList'), contexts: PAGE });
  for (const list of lists)
    entries.push({ ...child, id: menuItemOfList(list.id), title: menuLabel(list.name) });
  if (lists.length > 0) entries.push({ ...child, id: MENU_LIST_SEPARATOR, type: 'separator' });
  entries.push({ ...child, id: MENU_NEW_LIST, title: t('lists_menuNewList') });
  return entries;
}

export function menuItemOfList(listId: string): string {
  return `${LIST_ITEM_PREFIX}${listId}`;
}

/** The list a clicked entry stands for, or null for any other entry. */
export function listOfMenuItem(menuItemId: string | number): string | null {
  if (typeof menuItemId !== 'string' || !menuItemId.startsWith(LIST_ITEM_PREFIX)) return null;
  const listId = menuItemId.slice(LIST_ITEM_PREFIX.length);
  return listId === '' ? null : listId;
}

/**
 * A list name as a menu label shows it literally. Browsers read "&x" as an access key and hide the "&" ("&&" is
 * a literal one), and replace "%s" with the selected text; a word joiner keeps "%s" as typed.
 */
export function menuLabel(name: string): string {
  const short = name.length > MAX_NAME_LENGTH ? `${cutAtWord(name, MAX_NAME_LENGTH)}…` : name;
  return short.replaceAll('&', '&&').replaceAll('%s', '%\u2060s');
}

function cutAtWord(text: string, length: number): string {
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return (space > length / 2 ? cut.slice(0, space) : cut).trimEnd();
}
