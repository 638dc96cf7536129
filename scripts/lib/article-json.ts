import type { Article } from '../../utils/extract';

/** The CLI's output keys, in the order the contract documents them. */
export const ARTICLE_KEYS = [
  'title',
  'author',
  'authors',
  'authorNames',
  'published',
  'modified',
  'lang',
  'siteName',
  'canonicalUrl',
  'excerpt',
  'leadImage',
  'wordCount',
  'readingTimeMinutes',
  'readerable',
  'reason',
  'provenance',
  'text',
  'html',
] as const satisfies readonly (keyof Article)[];

export function orderedArticle(article: Article): Record<string, unknown> {
  return Object.fromEntries(ARTICLE_KEYS.map((key) => [key, article[key]]));
}
