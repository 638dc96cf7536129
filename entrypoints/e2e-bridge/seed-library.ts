import { createAnnotation, getDb, saveClippedArticle, updateArticleUserFields } from '@/utils/db';
import type { HighlightColour, ReadingStatus } from '@/utils/db';
import type { Article } from '@/utils/extract/types';

/** One article to put into the library as if it had been clipped, read and annotated. */
export interface SeedEntry {
  article: Article;
  pageUrl: string;
  tags?: string[];
  status?: ReadingStatus;
  pageNote?: string;
  highlights?: { start: number; end: number; colour: HighlightColour; note?: string }[];
}

/**
 * E2E and benchmark seeding through the repository functions the extension itself uses, in this extension's
 * IndexedDB. Returns the article ids in input order.
 */
export async function seedLibrary(entries: readonly SeedEntry[]): Promise<string[]> {
  const db = getDb();
  const ids: string[] = [];
  for (const entry of entries) {
    const { article } = await saveClippedArticle(entry.article, { pageUrl: entry.pageUrl }, db);
    if (entry.tags || entry.status || entry.pageNote) {
      await updateArticleUserFields(
        article.id,
        {
          ...(entry.tags ? { tags: entry.tags } : {}),
          ...(entry.status ? { status: entry.status } : {}),
          ...(entry.pageNote ? { pageNote: entry.pageNote } : {}),
        },
        db,
      );
    }
    for (const highlight of entry.highlights ?? [])
      await createAnnotation({ articleId: article.id, ...highlight }, db);
    ids.push(article.id);
  }
  return ids;
}
