import type { ArticleRecord } from './records';

/**
 * Index keys kept beside each stored article row (schema v4), so that every filter + sort the library offers is
 * one range of one index. They are derived from the row alone, written by `articleIndexKeysMiddleware` on every
 * write and stripped again on every read: the rest of the code (exports, backups, merges) never sees them.
 *
 * Every key ends with the article id, so keys are unique and "show more" can continue strictly after the last row
 * shown (keyset pagination) even when two articles share a clip time or a title.
 */
export interface ArticleIndexKeys {
  /** The publication date, or '' when the page gives none: IndexedDB leaves rows with a null key out of an index. */
  publishedKey: string;
  /** One `[tag, …sort key, id]` entry per tag, indexed multiEntry: a tag filter read in clip, date or title order. */
  tagClipped: [string, number, string][];
  tagPublished: [string, string, number, string][];
  tagTitle: [string, string, string][];
}

export const ARTICLE_INDEX_KEY_FIELDS = ['publishedKey', 'tagClipped', 'tagPublished', 'tagTitle'] as const;

/** The row fields the index keys are computed from: a write that changes none of them leaves the keys as they are. */
export const INDEX_KEY_SOURCES = ['id', 'published', 'tags', 'clippedAt', 'titleSort'] as const;

type IndexKeySource = Pick<ArticleRecord, (typeof INDEX_KEY_SOURCES)[number]>;

export type StoredArticleRow = ArticleRecord & ArticleIndexKeys;

export function articleIndexKeys(row: IndexKeySource): ArticleIndexKeys {
  const publishedKey = row.published ?? '';
  // Rows from old releases or hand-made backups may lack tags; an index key must never be undefined.
  const tags = Array.isArray(row.tags) ? row.tags.filter((tag) => typeof tag === 'string') : [];
  return {
    publishedKey,
    tagClipped: tags.map((tag) => [tag, row.clippedAt, row.id]),
    tagPublished: tags.map((tag) => [tag, publishedKey, row.clippedAt, row.id]),
    tagTitle: tags.map((tag) => [tag, row.titleSort, row.id]),
  };
}

export function withIndexKeys(row: ArticleRecord): StoredArticleRow {
  return { ...row, ...articleIndexKeys(row) };
}

/** The row as the rest of the code knows it. A row without index keys is returned as it is (no copy). */
export function withoutIndexKeys<T extends object>(row: T): T {
  if (!row || !('publishedKey' in row)) return row;
  const copy = { ...row } as Record<string, unknown>;
  for (const field of ARTICLE_INDEX_KEY_FIELDS) delete copy[field];
  return copy as T;
}
