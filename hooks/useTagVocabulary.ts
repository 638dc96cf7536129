import { useMemo } from 'preact/hooks';
import { asStorageResult, type StorageResult } from '@/utils/db';
import type { VocabularyEntry } from '@/utils/vocabulary/social-work-vocabulary';
import { loadVocabulary, resetVocabulary, saveVocabulary } from '@/utils/vocabulary/vocabulary-store';
import { useLiveQuery } from './useLiveQuery';

export type { VocabularyEntry } from '@/utils/vocabulary/social-work-vocabulary';

export interface TagVocabulary {
  /** Undefined while loading. */
  entries: VocabularyEntry[] | undefined;
  save(entries: readonly VocabularyEntry[]): Promise<StorageResult<void>>;
  reset(): Promise<StorageResult<void>>;
}

/** The suggestion vocabulary for the settings view's editor. */
export function useTagVocabulary(): TagVocabulary {
  const entries = useLiveQuery(() => loadVocabulary(), []).value;
  const actions = useMemo(
    () => ({
      save: (next: readonly VocabularyEntry[]) => asStorageResult(() => saveVocabulary(next)),
      reset: () => asStorageResult(() => resetVocabulary()),
    }),
    [],
  );
  return { entries, ...actions };
}
