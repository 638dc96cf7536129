import { getDb } from './connection';
import { entriesInOrder } from './reading-lists';
import type { ListEntryRecord } from './records';
import type { RandnotizDb } from './schema';
import { guardStorage, StorageError } from './storage-errors';

export type MoveDirection = 'up' | 'down';

/** Keyboard reordering: moves an article one place up or down; returns false at either end. */
export async function moveListEntry(
  listId: string,
  articleId: string,
  direction: MoveDirection,
  db: RandnotizDb = getDb(),
): Promise<boolean> {
  return reorder(listId, articleId, (from) => (direction === 'up' ? from - 1 : from + 1), db);
}

/**
 * Drag and drop: puts an article at `toIndex`, its place in the list after the move (clamped to the list).
 * Returns false when it is there already.
 */
export async function placeListEntry(
  listId: string,
  articleId: string,
  toIndex: number,
  db: RandnotizDb = getDb(),
): Promise<boolean> {
  return reorder(
    listId,
    articleId,
    (_from, count) => Math.min(Math.max(Math.trunc(toIndex), 0), count - 1),
    db,
  );
}

/**
 * Reorders in one transaction. Positions become the list indices and only rows whose position changed are
 * written: a step on a list without gaps writes two rows, and ties left by merging two backups are resolved.
 */
function reorder(
  listId: string,
  articleId: string,
  target: (from: number, count: number) => number,
  db: RandnotizDb,
): Promise<boolean> {
  return guardStorage(() =>
    db.transaction('rw', [db.readingLists, db.listEntries], async () => {
      const entries = await entriesInOrder(listId, db);
      const from = entries.findIndex((entry) => entry.articleId === articleId);
      if (from < 0) throw new StorageError('not-found', `Article ${articleId} is not on list ${listId}`);
      const to = target(from, entries.length);
      if (to === from || to < 0 || to >= entries.length) return false;
      const [moved] = entries.splice(from, 1) as [ListEntryRecord];
      entries.splice(to, 0, moved);
      const changed = entries.flatMap((entry, index) =>
        entry.position === index ? [] : [{ ...entry, position: index }],
      );
      await db.listEntries.bulkPut(changed);
      await db.readingLists.update(listId, { updatedAt: Date.now() });
      return true;
    }),
  );
}
