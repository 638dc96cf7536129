import { withStrictDurability } from '../db/connection';
import { reanchorAnnotations } from '../db/reanchor-annotations';
import type { AnnotationRecord, ArticleBodyRecord, ArticleRecord } from '../db/records';
import type { RandnotizDb } from '../db/schema';
import { guardStorage } from '../db/storage-errors';
import type { BackupFile } from '../export/backup-format';
import { groupByArticle } from '../export/bundle';
import { importReadingLists } from './import-reading-lists';
import { LibraryIndex } from './library-index';
import { mergeAnnotationRecords, mergeArticleRecords, recordsEqual, samePlace } from './merge-records';

export interface ImportSummary {
  articlesAdded: number;
  articlesMerged: number;
  annotationsAdded: number;
  annotationsMerged: number;
  listsAdded: number;
  listsMerged: number;
  listEntriesAdded: number;
  settingsAdded: number;
}

export interface ImportOptions {
  /** A connection to write through; without one, a strict-durability connection to the library is opened. */
  db?: RandnotizDb;
  now?: () => number;
}

interface MergeContext {
  db: RandnotizDb;
  bodies: Map<string, ArticleBodyRecord>;
  annotations: Map<string, AnnotationRecord[]>;
  annotationIds: Set<string>;
  summary: ImportSummary;
  now: number;
}

/** An imported id that is already taken by a different row gets a fresh one; UUIDs make this all but unheard of. */
function freeId(id: string, taken: Set<string>): string {
  const free = taken.has(id) ? crypto.randomUUID() : id;
  taken.add(free);
  return free;
}

/**
 * Imported highlights on an article the library already has. Their selectors describe the backup's text; when the
 * library's text differs they are anchored again against it (unanchorable ones are kept, flagged orphaned). One that
 * sits at the same place with the same quote as an existing highlight is that highlight: merged, not duplicated.
 */
async function mergeAnnotations(
  context: MergeContext,
  existing: ArticleRecord,
  imported: ArticleRecord,
): Promise<void> {
  const { db, summary } = context;
  let incoming = (context.annotations.get(imported.id) ?? []).map((a) => ({ ...a, articleId: existing.id }));
  if (incoming.length === 0) return;
  const text = (await db.bodies.get(existing.id))?.text;
  if (text !== undefined && existing.contentHash !== imported.contentHash) {
    const changed = new Map(reanchorAnnotations(incoming, text, context.now).changed.map((a) => [a.id, a]));
    incoming = incoming.map((a) => changed.get(a.id) ?? a);
  }
  const library = await db.annotations.where('articleId').equals(existing.id).toArray();
  for (const annotation of incoming) {
    const match = library.find((known) => known.id === annotation.id || samePlace(known, annotation));
    if (match) {
      const merged = mergeAnnotationRecords(match, annotation);
      if (!recordsEqual(merged, match)) await db.annotations.put(merged);
      library[library.indexOf(match)] = merged;
      summary.annotationsMerged++;
      continue;
    }
    const added = { ...annotation, id: freeId(annotation.id, context.annotationIds) };
    await db.annotations.add(added);
    library.push(added);
    summary.annotationsAdded++;
  }
}

/** Returns the library id the imported article ended up under. */
async function importArticle(
  context: MergeContext,
  index: LibraryIndex,
  imported: ArticleRecord,
): Promise<string> {
  const { db, summary } = context;
  const body = context.bodies.get(imported.id);
  const existing = index.find(imported);
  if (!existing) {
    await db.articles.add(imported);
    if (body) await db.bodies.add(body);
    const annotations = (context.annotations.get(imported.id) ?? []).map((a) => ({
      ...a,
      id: freeId(a.id, context.annotationIds),
    }));
    await db.annotations.bulkAdd(annotations);
    index.set(imported);
    summary.articlesAdded++;
    summary.annotationsAdded += annotations.length;
    return imported.id;
  }
  const merged = mergeArticleRecords(existing, imported);
  if (!recordsEqual(merged, existing)) await db.articles.put(merged);
  if (existing.loadState === 'pending' && merged.loadState === 'loaded' && body) {
    await db.bodies.put({ ...body, articleId: existing.id });
  }
  index.set(merged);
  await mergeAnnotations(context, merged, imported);
  summary.articlesMerged++;
  return existing.id;
}

/**
 * Merges a validated backup (from `parseBackup`) into the library in ONE transaction: articles by id or address
 * (an existing article keeps everything and gains the backup's tags, notes and highlights), lists by id or name,
 * settings only where the library has none. Any failure — a full disk included — rolls everything back.
 */
export async function importBackup(
  backup: BackupFile,
  { db, now = Date.now }: ImportOptions = {},
): Promise<ImportSummary> {
  const run = (target: RandnotizDb) =>
    guardStorage(() =>
      // The search index is derived data: the panel re-indexes what changed, so it stays out of the transaction.
      target.transaction(
        'rw',
        [
          target.articles,
          target.bodies,
          target.annotations,
          target.readingLists,
          target.listEntries,
          target.settings,
        ],
        async () => {
          const summary: ImportSummary = {
            articlesAdded: 0,
            articlesMerged: 0,
            annotationsAdded: 0,
            annotationsMerged: 0,
            listsAdded: 0,
            listsMerged: 0,
            listEntriesAdded: 0,
            settingsAdded: 0,
          };
          const context: MergeContext = {
            db: target,
            bodies: new Map(backup.bodies.map((body) => [body.articleId, body])),
            annotations: groupByArticle(backup.annotations),
            annotationIds: new Set((await target.annotations.toCollection().primaryKeys()) as string[]),
            summary,
            now: now(),
          };
          const index = new LibraryIndex(await target.articles.toArray());
          const articleIds = new Map<string, string>();
          for (const article of backup.articles)
            articleIds.set(article.id, await importArticle(context, index, article));
          await importReadingLists(target, backup, articleIds, summary);
          for (const setting of backup.settings) {
            if ((await target.settings.get(setting.key)) === undefined) {
              await target.settings.add(setting);
              summary.settingsAdded++;
            }
          }
          return summary;
        },
      ),
    );
  return db ? run(db) : withStrictDurability(run);
}
