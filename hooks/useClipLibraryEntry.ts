import { findByUrl, getArticle, type ArticleRecord } from '@/utils/db';
import { useLiveQuery } from './useLiveQuery';

export type ClipLibraryEntry =
  /** The tab's address is hidden from Randnotiz (no grant yet), so it cannot tell. */
  { state: 'unknown' } | { state: 'absent' } | { state: 'present'; article: ArticleRecord };

/**
 * "Already in your library" for the panel's tab, kept live: a clip from any context shows up at once. When the
 * address is hidden, the article a clip of this tab just saved still identifies the entry.
 */
export function useClipLibraryEntry(
  url: string | undefined,
  savedArticleId: string | null,
): ClipLibraryEntry {
  const { value } = useLiveQuery<ClipLibraryEntry>(async () => {
    const article = url ? await findByUrl(url) : savedArticleId ? await getArticle(savedArticleId) : null;
    if (article) return { state: 'present', article };
    return url ? { state: 'absent' } : { state: 'unknown' };
  }, [url, savedArticleId]);
  return value ?? { state: 'unknown' };
}
