import { emptyArticle } from '../extract/empty-article';
import type { Article } from '../extract/types';
import { applyOverrides, correctableValues } from './metadata-overrides';
import type { ArticleRecord, EpochMs, SelectionQuote } from './records';
import { titleSortKey } from './title-sort';

export function newSelectionQuote(html: string, savedAt: EpochMs): SelectionQuote {
  return { id: crypto.randomUUID(), html, savedAt };
}

/** The extractor's fields that live in the metadata row: all of them except the body and the raw canonical URL. */
function metadataOf(article: Article): Omit<Article, 'html' | 'text' | 'canonicalUrl'> {
  // Rest syntax keeps any field the extractor adds later, instead of silently dropping it.
  const { html: _html, text: _text, canonicalUrl: _canonicalUrl, ...metadata } = article;
  return metadata;
}

export interface ClipIdentity {
  pageKey: string;
  canonicalUrl: string;
  contentHash: string;
  now: EpochMs;
}

export function newArticleRecord(
  article: Article,
  identity: ClipIdentity,
  selections: SelectionQuote[],
): ArticleRecord {
  const record: ArticleRecord = {
    ...metadataOf(article),
    id: crypto.randomUUID(),
    urlKey: identity.pageKey,
    aliasKeys: [],
    canonicalUrl: identity.canonicalUrl,
    titleSort: '',
    year: null,
    clippedAt: identity.now,
    updatedAt: identity.now,
    status: 'unread',
    tags: [],
    pageNote: '',
    source: { pageUrl: identity.pageKey, selections },
    contentHash: identity.contentHash,
    loadState: 'loaded',
    overrides: {},
    extracted: correctableValues(article),
  };
  return applyOverrides(record, record.extracted);
}

/**
 * A re-clip: fresh text and metadata, but everything the reader added (id, tags, note, status, earlier
 * selections, corrections of title, authors, date or site) and the first clip date stay. A new page address for
 * the same article becomes an alias.
 */
export function reclippedArticleRecord(
  existing: ArticleRecord,
  article: Article,
  identity: ClipIdentity,
  newSelections: SelectionQuote[],
): ArticleRecord {
  const knownKeys = new Set([existing.urlKey, ...existing.aliasKeys]);
  const record: ArticleRecord = {
    ...existing,
    ...metadataOf(article),
    aliasKeys: knownKeys.has(identity.pageKey)
      ? existing.aliasKeys
      : [...existing.aliasKeys, identity.pageKey],
    canonicalUrl: identity.canonicalUrl,
    updatedAt: identity.now,
    source: { pageUrl: identity.pageKey, selections: [...existing.source.selections, ...newSelections] },
    contentHash: identity.contentHash,
    loadState: 'loaded',
  };
  return applyOverrides(record, correctableValues(article));
}

/** A library entry known only by its address (a quote saved before the page could be extracted, an import). */
export function pendingArticleRecord(
  pageKey: string,
  title: string,
  now: EpochMs,
  selections: SelectionQuote[],
): ArticleRecord {
  const article = emptyArticle(pageKey, 'no-content', title);
  const { text: _text, html: _html, canonicalUrl: _canonical, ...empty } = article;
  return {
    ...empty,
    id: crypto.randomUUID(),
    urlKey: pageKey,
    aliasKeys: [],
    canonicalUrl: pageKey,
    titleSort: titleSortKey(title),
    year: null,
    clippedAt: now,
    updatedAt: now,
    status: 'unread',
    tags: [],
    pageNote: '',
    source: { pageUrl: pageKey, selections },
    contentHash: null,
    loadState: 'pending',
    overrides: {},
    extracted: correctableValues(article),
  };
}
