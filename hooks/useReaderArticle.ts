import { getArticleWithBody, listAnnotations } from '@/utils/db';
import type { AnnotationRecord, ArticleBodyRecord, ArticleRecord } from '@/utils/db';
import { useLiveQuery } from './useLiveQuery';

export type {
  AnnotationRecord,
  ArticleBodyRecord,
  ArticleRecord,
  HighlightColour,
  ReadingStatus,
} from '@/utils/db';
export { HIGHLIGHT_COLOURS, READING_STATUSES } from '@/utils/db';

export type ReaderArticle =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed'; error: Error }
  | {
      state: 'ready';
      article: ArticleRecord;
      body: ArticleBodyRecord | null;
      annotations: AnnotationRecord[];
    };

/** The article, its body and its annotations, live: an edit in any context shows here at once. */
export function useReaderArticle(articleId: string): ReaderArticle {
  const { value, error } = useLiveQuery(async () => {
    const found = await getArticleWithBody(articleId);
    if (!found) return null;
    return { ...found, annotations: await listAnnotations(articleId) };
  }, [articleId]);
  if (error) return { state: 'failed', error: error instanceof Error ? error : new Error(String(error)) };
  if (value === undefined) return { state: 'loading' };
  if (value === null) return { state: 'missing' };
  return { state: 'ready', article: value.article, body: value.body, annotations: value.annotations };
}
