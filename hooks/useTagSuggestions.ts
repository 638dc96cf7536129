import { useMemo } from 'preact/hooks';
import { completeTag, listKnownTags } from '@/utils/vocabulary/known-tags';
import { compileVocabulary, suggestTags, type TagSuggestion } from '@/utils/vocabulary/match-vocabulary';
import { loadVocabulary } from '@/utils/vocabulary/vocabulary-store';
import { useLiveQuery } from './useLiveQuery';

export type { TagSuggestion } from '@/utils/vocabulary/match-vocabulary';

export interface TagSuggestions {
  /** Vocabulary tags found in the article and not yet on it. */
  suggested: TagSuggestion[];
  /** Autocomplete from every tag in the library. */
  complete(input: string): string[];
}

export function useTagSuggestions(
  article: { title: string; text: string },
  tags: readonly string[],
): TagSuggestions {
  const vocabulary = useLiveQuery(() => loadVocabulary(), []).value;
  const known = useLiveQuery(() => listKnownTags(), []).value ?? [];
  const compiled = useMemo(() => (vocabulary ? compileVocabulary(vocabulary) : null), [vocabulary]);
  const suggested = useMemo(
    () => (compiled ? suggestTags(compiled, article, { exclude: tags }) : []),
    [compiled, article.title, article.text, tags.join('\n')],
  );
  return { suggested, complete: (input) => completeTag(input, known, tags) };
}
