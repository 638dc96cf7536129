import { useMemo } from 'preact/hooks';
import {
  asStorageResult,
  deleteArticle,
  restoreArticle,
  updateArticleUserFields,
  type ArticleRecord,
  type DeletedArticle,
  type ReadingStatus,
  type StorageResult,
} from '@/utils/db';

export type { DeletedArticle } from '@/utils/db';

export interface ReaderArticleActions {
  setStatus(status: ReadingStatus): Promise<StorageResult<ArticleRecord>>;
  setTags(tags: readonly string[]): Promise<StorageResult<ArticleRecord>>;
  setPageNote(note: string): Promise<StorageResult<ArticleRecord>>;
  /** Everything removed comes back for undo. */
  remove(): Promise<StorageResult<DeletedArticle | null>>;
  restore(deleted: DeletedArticle): Promise<StorageResult<void>>;
}

export function useReaderArticleActions(articleId: string): ReaderArticleActions {
  return useMemo(
    () => ({
      setStatus: (status) => asStorageResult(() => updateArticleUserFields(articleId, { status })),
      setTags: (tags) => asStorageResult(() => updateArticleUserFields(articleId, { tags })),
      setPageNote: (pageNote) => asStorageResult(() => updateArticleUserFields(articleId, { pageNote })),
      remove: () => asStorageResult(() => deleteArticle(articleId)),
      restore: (deleted) => asStorageResult(() => restoreArticle(deleted)),
    }),
    [articleId],
  );
}
