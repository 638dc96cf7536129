import { compareAnnotations } from '../db/annotations';
import { getDb } from '../db/connection';
import { groupBy } from '../db/group-by';
import { entriesInOrder } from '../db/reading-lists';
import type { AnnotationRecord, ArticleRecord, ListEntryRecord } from '../db/records';
import type { RandnotizDb } from '../db/schema';
import { LATEST_SCHEMA_VERSION } from '../db/schema-versions';
import { guardStorage, StorageError } from '../db/storage-errors';
import type { ExportBundle, ExportList } from './bundle';

/**
 * What to export. A filter or a search in the panel resolves to `articles`; `library` is what a backup takes
 * (and the only selection that carries settings).
 */
export type ExportSelection =
  | { kind: 'library' }
  | { kind: 'list'; listId: string }
  | { kind: 'articles'; articleIds: readonly string[] };

function inReadingOrder(annotations: AnnotationRecord[]): Map<string, AnnotationRecord[]> {
  const byArticle = groupBy(annotations, (annotation) => annotation.articleId);
  for (const group of byArticle.values()) group.sort(compareAnnotations);
  return byArticle;
}

function byPosition(a: ListEntryRecord, b: ListEntryRecord): number {
  return a.position - b.position;
}

/** `lists` is what `selectedLists` read for the same selection: for a list, its entries in list order. */
async function selectedArticles(
  db: RandnotizDb,
  selection: ExportSelection,
  lists: readonly ExportList[],
): Promise<ArticleRecord[]> {
  if (selection.kind === 'library') return db.articles.orderBy('clippedAt').reverse().toArray();
  const ids =
    selection.kind === 'list'
      ? (lists[0]?.entries ?? []).map((e) => e.articleId)
      : [...new Set(selection.articleIds)];
  const rows = await db.articles.bulkGet(ids);
  return rows.filter((row): row is ArticleRecord => row !== undefined);
}

async function selectedLists(db: RandnotizDb, selection: ExportSelection): Promise<ExportList[]> {
  if (selection.kind === 'articles') return [];
  if (selection.kind === 'list') {
    const list = await db.readingLists.get(selection.listId);
    if (!list) throw new StorageError('not-found', `No reading list ${selection.listId}`);
    // The [listId+position] index orders by position, ties by article id (the primary key's second part).
    return [{ list, entries: await entriesInOrder(list.id, db) }];
  }
  const lists = await db.readingLists.orderBy('name').toArray();
  const entries = await db.listEntries
    .where('listId')
    .anyOf(lists.map((list) => list.id))
    .toArray();
  return lists.map((list) => ({
    list,
    entries: entries.filter((e) => e.listId === list.id).sort(byPosition),
  }));
}

/**
 * Reads everything an export needs in ONE read transaction, so a save in another panel cannot make the files
 * disagree with each other (an annotation without its article, a list entry pointing nowhere).
 */
export async function loadExportBundle(
  selection: ExportSelection,
  db: RandnotizDb = getDb(),
  now: () => number = Date.now,
): Promise<ExportBundle> {
  return guardStorage(() =>
    db.transaction(
      'r',
      [db.articles, db.bodies, db.annotations, db.readingLists, db.listEntries, db.settings],
      async () => {
        const lists = await selectedLists(db, selection);
        const articles = await selectedArticles(db, selection, lists);
        const ids = articles.map((article) => article.id);
        const bodies = await db.bodies.bulkGet(ids);
        const annotations = inReadingOrder(
          selection.kind === 'library'
            ? await db.annotations.toArray()
            : await db.annotations.where('articleId').anyOf(ids).toArray(),
        );
        const settings = selection.kind === 'library' ? await db.settings.toArray() : [];
        return {
          articles: articles.map((article, i) => ({
            article,
            body: bodies[i] ?? null,
            annotations: annotations.get(article.id) ?? [],
          })),
          lists,
          settings,
          schemaVersion: LATEST_SCHEMA_VERSION,
          exportedAt: now(),
        };
      },
    ),
  );
}
