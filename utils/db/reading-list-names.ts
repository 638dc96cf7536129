import { getDb } from './connection';
import type { RandnotizDb } from './schema';
import { guardStorage } from './storage-errors';
import { byGermanCollation } from '../i18n/locale';

/** A reading list as menus and filters offer it: no description, no article count. */
export interface ReadingListName {
  id: string;
  name: string;
}

/** Every list's id and name in the order the panel shows them; for use inside a transaction over readingLists. */
export async function readReadingListNames(db: RandnotizDb): Promise<ReadingListName[]> {
  return (await db.readingLists.toArray())
    .map((list) => ({ id: list.id, name: list.name }))
    .sort((a, b) => byGermanCollation(a.name, b.name));
}

/** Like `listReadingLists` but without counting each list's entries, for callers that need only ids and names. */
export function listReadingListNames(db: RandnotizDb = getDb()): Promise<ReadingListName[]> {
  return guardStorage(() => db.transaction('r', db.readingLists, () => readReadingListNames(db)));
}
