import { useMemo } from 'preact/hooks';
import { completeTag, listKnownTags } from '@/utils/vocabulary/known-tags';
import { compileVocabulary, suggestTags, type TagSuggestion } from '@/utils/vocabulary/match-vocabulary';
import { useLiveQuery } from './useLiveQuery';
import { useTagVocabulary } from './useTagVocabulary';

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
  const vocabulary = useTagVocabulary().entries;
  const known = useLiveQuery(() => listKnownTags(), []).value ?? [];
  const compiled = useMemo(() => (vocabulary ? compileVocabulary(vocabulary) : null), [vocabulary]);
  const suggested = useMemo(
    () => (compiled ? suggestTags(compiled, article, { exclude: tags }) : []),
    [compiled, article.title, article.text, tags.join('\n')],
  );
  return { suggested, complete: (input) => completeTag(input, known, tags) };
}
