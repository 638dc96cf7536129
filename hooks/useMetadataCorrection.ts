import { useMemo } from 'preact/hooks';
import {
  asStorageResult,
  correctArticleMetadata,
  revertArticleMetadata,
  type ArticleRecord,
  type CorrectableField,
  type MetadataOverrides,
  type StorageResult,
} from '@/utils/db';

export { correctableValues } from '@/utils/db';
export type { ArticleRecord, CorrectableField, ExtractedValues, MetadataOverrides } from '@/utils/db';

export interface MetadataCorrection {
  /** Keeps the reader's values as overrides: a re-clip never replaces them and every export uses them. */
  correct(correction: MetadataOverrides): Promise<StorageResult<ArticleRecord>>;
  /** Drops the overrides of `fields`: the extractor's values are in force again. */
  revert(fields: readonly CorrectableField[]): Promise<StorageResult<ArticleRecord>>;
}

export function useMetadataCorrection(articleId: string): MetadataCorrection {
  return useMemo(
    () => ({
      correct: (correction) => asStorageResult(() => correctArticleMetadata(articleId, correction)),
      revert: (fields) => asStorageResult(() => revertArticleMetadata(articleId, [...fields])),
    }),
    [articleId],
  );
}
