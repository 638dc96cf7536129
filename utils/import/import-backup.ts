import { withStrictDurability } from '../db/connection';
import { groupBy } from '../db/group-by';
import { reanchorAnnotations } from '../db/reanchor-annotations';
import type { AnnotationRecord, ArticleBodyRecord, ArticleRecord } from '../db/records';
import type { RandnotizDb } from '../db/schema';
import { guardStorage } from '../db/storage-errors';
import type { BackupFile } from '../export/backup-format';
import { importReadingLists } from './import-reading-lists';
import { LibraryIndex } from './library-index';
import { mergeAnnotationRecords, mergeArticleRecords, recordsEqual, samePlace } from './merge-records';
import { MergeTargets } from './merge-targets';
import { PendingWrites } from './pending-writes';

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
  writes: PendingWrites;
  targets: MergeTargets;
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
function mergeAnnotations(context: MergeContext, existing: ArticleRecord, imported: ArticleRecord): void {
  const { writes, summary } = context;
  let incoming = (context.annotations.get(imported.id) ?? []).map((a) => ({ ...a, articleId: existing.id }));
  if (incoming.length === 0) return;
  const text =
    existing.contentHash === imported.contentHash ? undefined : context.targets.textOf(existing.id);
  if (text !== undefined) {
    const changed = new Map(reanchorAnnotations(incoming, text, context.now).changed.map((a) => [a.id, a]));
    incoming = incoming.map((a) => changed.get(a.id) ?? a);
  }
  const library = context.targets.annotationsOf(existing.id);
  for (const annotation of incoming) {
    const match = library.find((known) => known.id === annotation.id || samePlace(known, annotation));
    if (match) {
      const merged = mergeAnnotationRecords(match, annotation);
      if (!recordsEqual(merged, match)) writes.annotations.put(merged);
      library[library.indexOf(match)] = merged;
      summary.annotationsMerged++;
      continue;
    }
    const added = { ...annotation, id: freeId(annotation.id, context.annotationIds) };
    writes.annotations.add(added);
    library.push(added);
    summary.annotationsAdded++;
  }
}

function addArticle(context: MergeContext, index: LibraryIndex, imported: ArticleRecord): void {
  const { writes, summary } = context;
  const body = context.bodies.get(imported.id);
  writes.articles.add(imported);
  if (body) writes.bodies.add(body);
  const annotations = (context.annotations.get(imported.id) ?? []).map((a) => ({
    ...a,
    id: freeId(a.id, context.annotationIds),
  }));
  for (const annotation of annotations) writes.annotations.add(annotation);
  context.targets.added(imported.id, annotations, body?.text);
  index.set(imported);
  summary.articlesAdded++;
  summary.annotationsAdded += annotations.length;
}

function mergeArticle(
  context: MergeContext,
  index: LibraryIndex,
  existing: ArticleRecord,
  merged: ArticleRecord,
  imported: ArticleRecord,
): void {
  const { writes } = context;
  const body = context.bodies.get(imported.id);
  if (!recordsEqual(merged, existing)) writes.articles.put(merged);
  if (existing.loadState === 'pending' && merged.loadState === 'loaded' && body) {
    writes.bodies.put({ ...body, articleId: existing.id });
    context.targets.textChanged(existing.id, body.text);
  }
  index.set(merged);
  mergeAnnotations(context, merged, imported);
  context.summary.articlesMerged++;
}

/**
 * Decides every backup article in turn and queues its rows; returns the library id each one ended up under. The
 * only awaits are reads of the database the read-ahead missed: awaiting anything else, many times over, would
 * lose Dexie's hold on the transaction and let later writes run in transactions of their own.
 */
async function importArticles(
  context: MergeContext,
  index: LibraryIndex,
  articles: readonly ArticleRecord[],
): Promise<Map<string, string>> {
  await context.targets.readAhead(index, articles, context.annotations);
  const articleIds = new Map<string, string>();
  for (const imported of articles) {
    const existing = index.find(imported);
    if (!existing) {
      addArticle(context, index, imported);
      articleIds.set(imported.id, imported.id);
      continue;
    }
    const merged = mergeArticleRecords(existing, imported);
    if (context.annotations.has(imported.id)) {
      const reading = context.targets.readMissing(existing.id, merged.contentHash !== imported.contentHash);
      if (reading) await reading;
    }
    mergeArticle(context, index, existing, merged, imported);
    articleIds.set(imported.id, existing.id);
  }
  await context.writes.flush();
  return articleIds;
}

/**
 * Merges a validated backup (from `parseBackup`) into the library in ONE transaction: articles by id or address
 * (an existing article keeps everything and gains the backup's tags, notes and highlights), lists by id or name,
 * settings only where the library has none. Any failure — a full disk included — rolls everything back.
 * Articles are decided first and their rows written in bulk at the end, still inside that transaction.
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
            writes: new PendingWrites(target),
            targets: new MergeTargets(target),
            bodies: new Map(backup.bodies.map((body) => [body.articleId, body])),
            annotations: groupBy(backup.annotations, (annotation) => annotation.articleId),
            annotationIds: new Set((await target.annotations.toCollection().primaryKeys()) as string[]),
            summary,
            now: now(),
          };
          const index = new LibraryIndex(await target.articles.toArray());
          const articleIds = await importArticles(context, index, backup.articles);
          await importReadingLists(target, backup, articleIds, summary);
          const present = await target.settings.bulkGet(backup.settings.map((setting) => setting.key));
          const newSettings = backup.settings.filter((_, i) => present[i] === undefined);
          await target.settings.bulkAdd(newSettings);
          summary.settingsAdded = newSettings.length;
          return summary;
        },
      ),
    );
  return db ? run(db) : withStrictDurability(run);
}
