import { useMemo } from 'preact/hooks';
import {
  addArticleToList,
  asStorageResult,
  createReadingList,
  deleteReadingList,
  listArticlesOfList,
  listIdsOfArticle,
  listReadingLists,
  moveListEntry,
  placeListEntry,
  removeArticleFromList,
  restoreListEntry,
  restoreReadingList,
  updateReadingList,
  type ArticleRecord,
  type DeletedReadingList,
  type ListEntryRecord,
  type MoveDirection,
  type ReadingListChanges,
  type ReadingListRecord,
  type ReadingListSummary,
  type StorageResult,
} from '@/utils/db';
import { listReadingListNames, type ReadingListName } from '@/utils/db';
import { useLiveQuery, type LiveQueryResult } from './useLiveQuery';

export type {
  DeletedReadingList,
  ListEntryRecord,
  MoveDirection,
  ReadingListSummary,
  StorageResult,
} from '@/utils/db';

/** Every list with its article count, kept live. */
export function useReadingLists(): LiveQueryResult<ReadingListSummary[]> {
  return useLiveQuery(() => listReadingLists(), []);
}

/** Every list's id and name, kept live, without counting entries (so adding an article does not re-run it). */
export function useReadingListNames(): LiveQueryResult<ReadingListName[]> {
  return useLiveQuery(() => listReadingListNames(), []);
}

/** One list's articles in list order, kept live. */
export function useListArticles(listId: string | null): LiveQueryResult<ArticleRecord[]> {
  return useLiveQuery(() => (listId ? listArticlesOfList(listId) : Promise.resolve([])), [listId]);
}

/** The ids of the lists an article is on, kept live. */
export function useArticleListIds(articleId: string): LiveQueryResult<string[]> {
  return useLiveQuery(() => listIdsOfArticle(articleId), [articleId]);
}

export interface ReadingListActions {
  create(name: string, description: string): Promise<StorageResult<ReadingListRecord>>;
  update(id: string, changes: ReadingListChanges): Promise<StorageResult<ReadingListRecord>>;
  remove(id: string): Promise<StorageResult<DeletedReadingList | null>>;
  restore(deleted: DeletedReadingList): Promise<StorageResult<void>>;
  addArticle(listId: string, articleId: string): Promise<StorageResult<ListEntryRecord>>;
  removeArticle(listId: string, articleId: string): Promise<StorageResult<ListEntryRecord | null>>;
  restoreEntry(entry: ListEntryRecord): Promise<StorageResult<void>>;
  move(listId: string, articleId: string, direction: MoveDirection): Promise<StorageResult<boolean>>;
  /** Drag and drop: the article's place in the list after the move. */
  place(listId: string, articleId: string, toIndex: number): Promise<StorageResult<boolean>>;
}

/** Writes to reading lists as results the UI can explain (never thrown errors). */
export function useReadingListActions(): ReadingListActions {
  return useMemo(
    () => ({
      create: (name, description) => asStorageResult(() => createReadingList(name, description)),
      update: (id, changes) => asStorageResult(() => updateReadingList(id, changes)),
      remove: (id) => asStorageResult(() => deleteReadingList(id)),
      restore: (deleted) => asStorageResult(() => restoreReadingList(deleted)),
      addArticle: (listId, articleId) => asStorageResult(() => addArticleToList(listId, articleId)),
      removeArticle: (listId, articleId) => asStorageResult(() => removeArticleFromList(listId, articleId)),
      restoreEntry: (entry) => asStorageResult(() => restoreListEntry(entry)),
      move: (listId, articleId, direction) =>
        asStorageResult(() => moveListEntry(listId, articleId, direction)),
      place: (listId, articleId, toIndex) =>
        asStorageResult(() => placeListEntry(listId, articleId, toIndex)),
    }),
    [],
  );
}
