import type { Article } from '../extract/types';
import { findStoredArticle } from './article-lookup';
import {
  newArticleRecord,
  newSelectionQuote,
  pendingArticleRecord,
  reclippedArticleRecord,
  type ClipIdentity,
} from './article-record';
import { getDb } from './connection';
import { hashText } from './content-hash';
import { reanchorAnnotations, type ReanchorSummary } from './reanchor-annotations';
import type { ArticleRecord, SelectionQuote } from './records';
import type { RandnotizDb } from './schema';
import { guardStorage, StorageError } from './storage-errors';
import { requireUrlKey, urlKeyFor } from './url-keys';

export interface ClipSource {
  /** The address of the tab that was clipped. */
  pageUrl: string;
  /** Sanitised HTML of a selection saved as a quote along with the clip. */
  selectionHtml?: string;
}

export interface ClipOutcome {
  article: ArticleRecord;
  /** False when the page was already in the library and has been updated. */
  created: boolean;
  annotations: ReanchorSummary;
}

const NO_ANNOTATIONS: ReanchorSummary = { total: 0, orphaned: 0, newlyOrphaned: 0, restored: 0 };

/** Work that cannot run inside an IndexedDB transaction (hashing awaits a non-IndexedDB promise). */
async function clipIdentity(article: Article, pageUrl: string): Promise<ClipIdentity> {
  const pageKey = requireUrlKey(pageUrl);
  return {
    pageKey,
    canonicalUrl: urlKeyFor(article.canonicalUrl) ?? pageKey,
    contentHash: await hashText(article.text),
    now: Date.now(),
  };
}

function selectionsFrom(html: string | undefined, now: number): SelectionQuote[] {
  if (html === undefined) return [];
  if (html.trim() === '') throw new StorageError('invalid-input', 'The selection is empty');
  return [newSelectionQuote(html, now)];
}

/** The normalised URLs a clip is looked up under, most specific first, without duplicates. */
function lookupKeys(pageKey: string, identity: ClipIdentity | null): string[] {
  return [...new Set([pageKey, ...(identity ? [identity.canonicalUrl] : [])])];
}

/**
 * Creates the article, or updates `existing` (the article stored under `lookupKeys` of `identity`, looked up in the
 * same transaction); must run inside a transaction over articles, bodies and annotations.
 */
async function writeClip(
  db: RandnotizDb,
  existing: ArticleRecord | undefined,
  article: Article,
  identity: ClipIdentity,
  selections: SelectionQuote[],
): Promise<ClipOutcome> {
  const body = { html: article.html, text: article.text };
  if (!existing) {
    const record = newArticleRecord(article, identity, selections);
    await db.articles.add(record);
    await db.bodies.add({ articleId: record.id, ...body });
    return { article: record, created: true, annotations: NO_ANNOTATIONS };
  }
  const record = reclippedArticleRecord(existing, article, identity, selections);
  await db.articles.put(record);
  await db.bodies.put({ articleId: record.id, ...body });
  const annotations = await db.annotations.where('articleId').equals(record.id).toArray();
  if (existing.contentHash === identity.contentHash) {
    const orphaned = annotations.filter((annotation) => annotation.orphaned).length;
    return {
      article: record,
      created: false,
      annotations: { ...NO_ANNOTATIONS, total: annotations.length, orphaned },
    };
  }
  const { changed, summary } = reanchorAnnotations(annotations, article.text, identity.now);
  await db.annotations.bulkPut(changed);
  return { article: record, created: false, annotations: summary };
}

/**
 * Stores a clipped article. A page already in the library (same normalised page URL or canonical URL) is updated
 * in place: new text and metadata, same id, tags, note, status, lists and annotations; annotations whose quote is
 * gone are flagged orphaned, never deleted. All of it is one transaction: a failure leaves the library as it was.
 */
export async function saveClippedArticle(
  article: Article,
  source: ClipSource,
  db: RandnotizDb = getDb(),
): Promise<ClipOutcome> {
  return guardStorage(async () => {
    const identity = await clipIdentity(article, source.pageUrl);
    const selections = selectionsFrom(source.selectionHtml, identity.now);
    return db.transaction('rw', [db.articles, db.bodies, db.annotations], async () => {
      const existing = await findStoredArticle(db, lookupKeys(identity.pageKey, identity));
      return writeClip(db, existing, article, identity, selections);
    });
  });
}

/**
 * "Save selection as a quote": adds the sanitised selection to the page's article. An article already loaded is
 * left as it is (saving a quote is not a re-clip); a missing one is created from `article`, or, when the page could
 * not be extracted, as a "not yet loaded" entry that a later clip fills in.
 */
export async function addSelectionQuote(
  url: string,
  article: Article | null,
  sanitisedHtml: string,
  db: RandnotizDb = getDb(),
): Promise<ArticleRecord> {
  return guardStorage(async () => {
    const identity = article ? await clipIdentity(article, url) : null;
    const pageKey = identity?.pageKey ?? requireUrlKey(url);
    const now = identity?.now ?? Date.now();
    const selections = selectionsFrom(sanitisedHtml, now);
    return db.transaction('rw', [db.articles, db.bodies, db.annotations], async () => {
      const existing = await findStoredArticle(db, lookupKeys(pageKey, identity));
      if (article && identity && (!existing || existing.loadState === 'pending')) {
        return (await writeClip(db, existing, article, identity, selections)).article;
      }
      if (!existing) {
        const pending = pendingArticleRecord(pageKey, pageKey, now, selections);
        await db.articles.add(pending);
        return pending;
      }
      const updated: ArticleRecord = {
        ...existing,
        updatedAt: now,
        source: { ...existing.source, selections: [...existing.source.selections, ...selections] },
      };
      await db.articles.put(updated);
      return updated;
    });
  });
}
