import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  listOfMenuItem,
  MENU_ADD_TO_LIST,
  MENU_NEW_LIST,
  menuItemOfList,
  menuLabel,
  planContextMenus,
  type MessageLookup,
} from '../../utils/clip-flow';

type Messages = Record<string, { message: string }>;
function lookupIn(lang: string): MessageLookup {
  const path = join(import.meta.dirname, '../../public/_locales', lang, 'messages.json');
  const messages = JSON.parse(readFileSync(path, 'utf8')) as Messages;
  return (key) => messages[key]?.message ?? '';
}

const LISTS = [
  { id: 'a1', name: 'Ämter und Behörden' },
  { id: 'b2', name: 'Seminar Digitalisierung' },
];

describe('the context menu’s "add to reading list" entries', () => {
  it('offers every list under one parent, then a separator and "new reading list", in German', () => {
    const plan = planContextMenus(LISTS, lookupIn('de'));
    const submenu = plan.filter((entry) => entry.parentId === MENU_ADD_TO_LIST);
    expect(plan.find((entry) => entry.id === MENU_ADD_TO_LIST)?.title).toBe('Zur Leseliste hinzufügen');
    expect(submenu.map((entry) => entry.title ?? entry.type)).toEqual([
      'Ämter und Behörden',
      'Seminar Digitalisierung',
      'separator',
      'Neue Leseliste …',
    ]);
    expect(submenu[0]?.id).toBe(menuItemOfList('a1'));
    // Children need the parent's contexts, or Chrome shows them on pages only and Firefox not at all.
    for (const entry of submenu) expect(entry.contexts).toEqual(['page', 'frame']);
  });

  it('is titled in English for an English browser', () => {
    const plan = planContextMenus([], lookupIn('en'));
    expect(plan.map((entry) => entry.title)).toEqual([
      'Save page to Randnotiz',
      'Save selection as a quote',
      'Add to reading list',
      'New reading list…',
    ]);
  });

  it('without lists offers only "new reading list" (no stray separator)', () => {
    const submenu = planContextMenus([], lookupIn('de')).filter(
      (entry) => entry.parentId === MENU_ADD_TO_LIST,
    );
    expect(submenu.map((entry) => entry.id)).toEqual([MENU_NEW_LIST]);
  });

  it('leaves the submenu out when the lists could not be read, keeping the clip entries', () => {
    const plan = planContextMenus(null, lookupIn('de'));
    expect(plan.map((entry) => entry.id)).toEqual(['randnotiz-save-page', 'randnotiz-save-selection']);
  });

  it('shows list names literally: "&" is doubled, "%s" is not replaced, long names are cut at a word', () => {
    expect(menuLabel('Recht & Verwaltung')).toBe('Recht && Verwaltung');
    expect(menuLabel('100%s')).not.toContain('%s');
    const long =
      'Digitalisierung in der Kinder- und Jugendhilfe zwischen Anspruch und Wirklichkeit der Praxis';
    const label = menuLabel(long);
    expect(label.length).toBeLessThanOrEqual(61);
    expect(label).toBe('Digitalisierung in der Kinder- und Jugendhilfe zwischen…');
  });

  it('finds the list behind a clicked entry and nothing behind any other entry', () => {
    expect(listOfMenuItem(menuItemOfList('b2'))).toBe('b2');
    expect(listOfMenuItem(MENU_NEW_LIST)).toBeNull();
    expect(listOfMenuItem(MENU_ADD_TO_LIST)).toBeNull();
    expect(listOfMenuItem(42)).toBeNull();
  });
});
