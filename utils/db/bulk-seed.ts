import { describeRange } from '../anchoring/describe-range';
import type { Article } from '../extract/types';
import { newArticleRecord } from './article-record';
import { normaliseTags } from './article-user-fields';
import { getDb } from './connection';
import { hashText } from './content-hash';
import type {
  AnnotationRecord,
  ArticleBodyRecord,
  ArticleRecord,
  EpochMs,
  HighlightColour,
  ListEntryRecord,
  ReadingStatus,
} from './records';
import type { RandnotizDb } from './schema';
import { guardStorage, StorageError } from './storage-errors';
import { requireUrlKey, urlKeyFor } from './url-keys';

/** One article as if it had been clipped at `clippedAt`, then read, tagged, annotated and put on lists. */
export interface BulkSeedEntry {
  article: Article;
  pageUrl: string;
  clippedAt: EpochMs;
  tags?: readonly string[];
  status?: ReadingStatus;
  pageNote?: string;
  /** Offsets into `article.text`, as the reader view would pass them to `createAnnotation`. */
  highlights?: readonly { start: number; end: number; colour: HighlightColour; note?: string }[];
  /** Reading lists (which must exist) the article is appended to. */
  listIds?: readonly string[];
}

interface BuiltEntry {
  article: ArticleRecord;
  body: ArticleBodyRecord;
  annotations: AnnotationRecord[];
}

function annotationsOf(entry: BulkSeedEntry, articleId: string): AnnotationRecord[] {
  return (entry.highlights ?? []).map((highlight, index) => {
    let selectors;
    try {
      selectors = describeRange(entry.article.text, highlight.start, highlight.end);
    } catch (error) {
      throw new StorageError('invalid-input', (error as Error).message, { cause: error });
    }
    // Distinct timestamps keep the reading order of highlights at one position stable.
    const at = entry.clippedAt + index + 1;
    return {
      id: crypto.randomUUID(),
      articleId,
      selectors,
      quote: selectors.quote.exact,
      colour: highlight.colour,
      note: highlight.note ?? '',
      createdAt: at,
      updatedAt: at,
      orphaned: false,
    };
  });
}

/** The rows the clip, user-field and annotation repository functions would have written for `entry`. */
async function buildEntry(entry: BulkSeedEntry): Promise<BuiltEntry> {
  const pageKey = requireUrlKey(entry.pageUrl);
  const record = newArticleRecord(
    entry.article,
    {
      pageKey,
      canonicalUrl: urlKeyFor(entry.article.canonicalUrl) ?? pageKey,
      contentHash: await hashText(entry.article.text),
      now: entry.clippedAt,
    },
    [],
  );
  const article: ArticleRecord = {
    ...record,
    ...(entry.tags ? { tags: normaliseTags(entry.tags) } : {}),
    ...(entry.status ? { status: entry.status } : {}),
    ...(entry.pageNote ? { pageNote: entry.pageNote } : {}),
  };
  return {
    article,
    body: { articleId: article.id, html: entry.article.html, text: entry.article.text },
    annotations: annotationsOf(entry, article.id),
  };
}

/** Appends every article of `built` to the lists it names, after the list's current last entry. */
async function listEntriesFor(
  db: RandnotizDb,
  entries: readonly BulkSeedEntry[],
  built: readonly BuiltEntry[],
): Promise<ListEntryRecord[]> {
  const listIds = [...new Set(entries.flatMap((entry) => entry.listIds ?? []))];
  const lists = await db.readingLists.bulkGet(listIds);
  const missing = listIds.filter((_, index) => !lists[index]);
  if (missing.length > 0) throw new StorageError('not-found', `No reading list ${missing.join(', ')}`);
  const next = new Map<string, number>();
  for (const listId of listIds) {
    const last = await db.listEntries
      .where('[listId+position]')
      .between([listId, -Infinity], [listId, Infinity])
      .last();
    next.set(listId, last ? Math.floor(last.position) + 1 : 0);
  }
  return entries.flatMap((entry, index) =>
    (entry.listIds ?? []).map((listId) => {
      const position = next.get(listId) ?? 0;
      next.set(listId, position + 1);
      const article = built[index]?.article;
      if (!article) throw new StorageError('invalid-input', 'Seed entry without a built article');
      return { listId, articleId: article.id, position, addedAt: article.clippedAt };
    }),
  );
}

/**
 * Fills the library with many articles at once (benchmarks, large e2e libraries): the same rows the clip,
 * user-field, annotation and reading-list functions write, but one transaction for the whole batch instead of
 * several per article. Hashing runs before the transaction, as in `saveClippedArticle`. A page already in the
 * library fails the whole batch (nothing is written). Returns the new article ids in input order.
 */
export async function bulkSeedArticles(
  entries: readonly BulkSeedEntry[],
  db: RandnotizDb = getDb(),
): Promise<string[]> {
  return guardStorage(async () => {
    const built = await Promise.all(entries.map(buildEntry));
    await db.transaction(
      'rw',
      [db.articles, db.bodies, db.annotations, db.readingLists, db.listEntries],
      async () => {
        const listEntries = await listEntriesFor(db, entries, built);
        await db.articles.bulkAdd(built.map((entry) => entry.article));
        await db.bodies.bulkAdd(built.map((entry) => entry.body));
        await db.annotations.bulkAdd(built.flatMap((entry) => entry.annotations));
        await db.listEntries.bulkAdd(listEntries);
      },
    );
    return built.map((entry) => entry.article.id);
  });
}
