import { groupBy } from '../db/group-by';
import type { ListEntryRecord, ReadingListRecord } from '../db/records';
import type { RandnotizDb } from '../db/schema';
import type { BackupFile } from '../export/backup-format';
import type { ImportSummary } from './import-backup';
import { mergeTexts } from './merge-records';

const sameName = (a: string, b: string) =>
  a.trim().toLocaleLowerCase('de') === b.trim().toLocaleLowerCase('de');

/**
 * Reading lists from a backup, inside the caller's transaction. A list the library has (same id, else same name,
 * case-blind) gains the backup's articles at its end, in the backup's order; a new list is added as it was.
 * `articleIds` maps the backup's article ids to the library's.
 */
export async function importReadingLists(
  db: RandnotizDb,
  backup: BackupFile,
  articleIds: ReadonlyMap<string, string>,
  summary: ImportSummary,
): Promise<void> {
  const lists = await db.readingLists.toArray();
  const entriesByList = groupBy(backup.listEntries, (entry) => entry.listId);
  for (const imported of backup.readingLists) {
    const existing =
      lists.find((list) => list.id === imported.id) ??
      lists.find((list) => sameName(list.name, imported.name));
    const entries = [...(entriesByList.get(imported.id) ?? [])].sort((a, b) => a.position - b.position);
    if (!existing) {
      await db.readingLists.add(imported);
      lists.push(imported);
      const added: ListEntryRecord[] = newMembers(entries, articleIds, new Set()).map(
        ({ entry, articleId }) => ({ ...entry, articleId }),
      );
      await db.listEntries.bulkAdd(added);
      summary.listsAdded++;
      summary.listEntriesAdded += added.length;
      continue;
    }
    const merged: ReadingListRecord = {
      ...existing,
      description: mergeTexts(existing.description, imported.description),
      updatedAt: Math.max(existing.updatedAt, imported.updatedAt),
    };
    await db.readingLists.put(merged);
    lists[lists.indexOf(existing)] = merged;
    const present = await db.listEntries.where('listId').equals(existing.id).toArray();
    const onList = new Set(present.map((entry) => entry.articleId));
    let position = present.reduce((max, entry) => Math.max(max, entry.position), 0);
    const appended: ListEntryRecord[] = newMembers(entries, articleIds, onList).map(
      ({ entry, articleId }) => ({
        listId: existing.id,
        articleId,
        position: ++position,
        addedAt: entry.addedAt,
      }),
    );
    await db.listEntries.bulkAdd(appended);
    summary.listEntriesAdded += appended.length;
    summary.listsMerged++;
  }
}

/**
 * The backup's entries whose articles are not on the list yet, with the library's id for each article, each
 * article once: two backup articles merged into one library article would otherwise stand on the list twice.
 */
function newMembers(
  entries: readonly ListEntryRecord[],
  articleIds: ReadonlyMap<string, string>,
  onList: Set<string>,
): { entry: ListEntryRecord; articleId: string }[] {
  const members: { entry: ListEntryRecord; articleId: string }[] = [];
  for (const entry of entries) {
    const articleId = articleIds.get(entry.articleId) ?? entry.articleId;
    if (onList.has(articleId)) continue;
    onList.add(articleId);
    members.push({ entry, articleId });
  }
  return members;
}
