import { getDb } from './connection';
import type { ArticleRecord, ListEntryRecord, ReadingListRecord } from './records';
import type { RandnotizDb } from './schema';
import { guardStorage, StorageError } from './storage-errors';
import { byGermanCollation } from '../i18n/locale';

/** A list with how many articles it holds, for the lists overview. */
export interface ReadingListSummary {
  list: ReadingListRecord;
  articleCount: number;
}

/** Everything `deleteReadingList` removed, held by the UI for "undo". */
export interface DeletedReadingList {
  list: ReadingListRecord;
  entries: ListEntryRecord[];
}

export interface ReadingListChanges {
  name?: string;
  description?: string;
}

function cleanName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed === '') throw new StorageError('invalid-input', 'A reading list needs a name');
  return trimmed;
}

/** Lists by name (German collation, so "Ämter" sorts with "A"), each with its article count. */
export async function listReadingLists(db: RandnotizDb = getDb()): Promise<ReadingListSummary[]> {
  return guardStorage(() =>
    db.transaction('r', [db.readingLists, db.listEntries], async () => {
      const lists = await db.readingLists.toArray();
      const counts = await Promise.all(
        lists.map((list) =>
          db.listEntries
            .where('[listId+position]')
            .between([list.id, -Infinity], [list.id, Infinity])
            .count(),
        ),
      );
      return lists
        .map((list, index) => ({ list, articleCount: counts[index] ?? 0 }))
        .sort((a, b) => byGermanCollation(a.list.name, b.list.name));
    }),
  );
}

export async function createReadingList(
  name: string,
  description = '',
  db: RandnotizDb = getDb(),
): Promise<ReadingListRecord> {
  const now = Date.now();
  const list: ReadingListRecord = {
    id: crypto.randomUUID(),
    name: cleanName(name),
    description: description.trim(),
    createdAt: now,
    updatedAt: now,
  };
  await guardStorage(() => db.readingLists.add(list));
  return list;
}

/** Renames and/or re-describes a list. */
export async function updateReadingList(
  id: string,
  changes: ReadingListChanges,
  db: RandnotizDb = getDb(),
): Promise<ReadingListRecord> {
  return guardStorage(() =>
    db.transaction('rw', db.readingLists, async () => {
      const existing = await db.readingLists.get(id);
      if (!existing) throw new StorageError('not-found', `No reading list ${id}`);
      const updated: ReadingListRecord = {
        ...existing,
        ...(changes.name !== undefined ? { name: cleanName(changes.name) } : {}),
        ...(changes.description !== undefined ? { description: changes.description.trim() } : {}),
        updatedAt: Date.now(),
      };
      await db.readingLists.put(updated);
      return updated;
    }),
  );
}

/** Deletes a list and its memberships (never the articles) in one transaction; null if it was gone. */
export async function deleteReadingList(
  id: string,
  db: RandnotizDb = getDb(),
): Promise<DeletedReadingList | null> {
  return guardStorage(() =>
    db.transaction('rw', [db.readingLists, db.listEntries], async () => {
      const list = await db.readingLists.get(id);
      if (!list) return null;
      const entries = await entriesInOrder(id, db);
      await db.listEntries.bulkDelete(
        entries.map((entry) => [entry.listId, entry.articleId] as [string, string]),
      );
      await db.readingLists.delete(id);
      return { list, entries };
    }),
  );
}

/** Undo for `deleteReadingList`; memberships of articles deleted in the meantime are left out. */
export async function restoreReadingList(
  deleted: DeletedReadingList,
  db: RandnotizDb = getDb(),
): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', [db.readingLists, db.listEntries, db.articles], async () => {
      if (await db.readingLists.get(deleted.list.id)) {
        throw new StorageError('conflict', `Reading list ${deleted.list.id} exists again`);
      }
      const articleIds = deleted.entries.map((entry) => entry.articleId);
      const present = new Set((await db.articles.bulkGet(articleIds)).flatMap((a) => (a ? [a.id] : [])));
      await db.readingLists.add(deleted.list);
      await db.listEntries.bulkPut(deleted.entries.filter((entry) => present.has(entry.articleId)));
    }),
  );
}

/** A list's memberships in list order; read inside the caller's transaction. */
export function entriesInOrder(listId: string, db: RandnotizDb): Promise<ListEntryRecord[]> {
  return db.listEntries.where('[listId+position]').between([listId, -Infinity], [listId, Infinity]).toArray();
}

/** Appends the article to the end of the list; adding it twice leaves the list as it was. */
export async function addArticleToList(
  listId: string,
  articleId: string,
  db: RandnotizDb = getDb(),
): Promise<ListEntryRecord> {
  return guardStorage(() =>
    db.transaction('rw', [db.readingLists, db.listEntries, db.articles], async () => {
      const [list, article] = await Promise.all([db.readingLists.get(listId), db.articles.get(articleId)]);
      if (!list) throw new StorageError('not-found', `No reading list ${listId}`);
      if (!article) throw new StorageError('not-found', `No article ${articleId}`);
      const existing = await db.listEntries.get([listId, articleId]);
      if (existing) return existing;
      const last = (await entriesInOrder(listId, db)).at(-1);
      const entry: ListEntryRecord = {
        listId,
        articleId,
        position: last ? Math.floor(last.position) + 1 : 0,
        addedAt: Date.now(),
      };
      await db.listEntries.add(entry);
      await db.readingLists.update(listId, { updatedAt: entry.addedAt });
      return entry;
    }),
  );
}

/** Removes the membership and returns it (for undo with `restoreListEntry`); null if it was not on the list. */
export async function removeArticleFromList(
  listId: string,
  articleId: string,
  db: RandnotizDb = getDb(),
): Promise<ListEntryRecord | null> {
  return guardStorage(() =>
    db.transaction('rw', [db.readingLists, db.listEntries], async () => {
      const entry = await db.listEntries.get([listId, articleId]);
      if (!entry) return null;
      await db.listEntries.delete([listId, articleId]);
      await db.readingLists.update(listId, { updatedAt: Date.now() });
      return entry;
    }),
  );
}

/** Puts a removed membership back at its old position, if the list and the article still exist. */
export async function restoreListEntry(entry: ListEntryRecord, db: RandnotizDb = getDb()): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', [db.readingLists, db.listEntries, db.articles], async () => {
      const [list, article] = await Promise.all([
        db.readingLists.get(entry.listId),
        db.articles.get(entry.articleId),
      ]);
      if (!list || !article) throw new StorageError('not-found', 'The list or the article is gone');
      await db.listEntries.put(entry);
    }),
  );
}

/** A list's articles in list order. */
export async function listArticlesOfList(
  listId: string,
  db: RandnotizDb = getDb(),
): Promise<ArticleRecord[]> {
  return guardStorage(() =>
    db.transaction('r', [db.listEntries, db.articles], async () => {
      const entries = await entriesInOrder(listId, db);
      const articles = await db.articles.bulkGet(entries.map((entry) => entry.articleId));
      return articles.filter((article): article is ArticleRecord => article !== undefined);
    }),
  );
}

/** One list, or null when it does not exist (any more). */
export async function getReadingList(
  id: string,
  db: RandnotizDb = getDb(),
): Promise<ReadingListRecord | null> {
  return guardStorage(async () => (await db.readingLists.get(id)) ?? null);
}

/** Ids of the lists an article is on. */
export async function listIdsOfArticle(articleId: string, db: RandnotizDb = getDb()): Promise<string[]> {
  return guardStorage(async () =>
    (await db.listEntries.where('articleId').equals(articleId).toArray()).map((entry) => entry.listId),
  );
}
