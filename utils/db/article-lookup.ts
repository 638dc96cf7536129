import { getDb } from './connection';
import type { ArticleBodyRecord, ArticleRecord } from './records';
import type { RandnotizDb } from './schema';
import { guardStorage } from './storage-errors';
import { urlKeyFor } from './url-keys';

/**
 * The article stored under any of `keys` (normalised URLs), most specific match first: the address it was first
 * clipped from, an address it was clipped from later, then its canonical URL. Runs inside the caller's
 * transaction when there is one.
 */
export async function findStoredArticle(
  db: RandnotizDb,
  keys: readonly string[],
): Promise<ArticleRecord | undefined> {
  if (keys.length === 0) return undefined;
  for (const key of keys) {
    const byAddress = await db.articles.where('urlKey').equals(key).first();
    if (byAddress) return byAddress;
  }
  return (
    (await db.articles
      .where('aliasKeys')
      .anyOf([...keys])
      .first()) ??
    (await db.articles
      .where('canonicalUrl')
      .anyOf([...keys])
      .first())
  );
}

/** "Already in your library": the article for a tab's address, whichever of its addresses that is. */
export async function findByUrl(url: string, db: RandnotizDb = getDb()): Promise<ArticleRecord | null> {
  const key = urlKeyFor(url);
  if (key === null) return null;
  return guardStorage(async () => (await findStoredArticle(db, [key])) ?? null);
}

export async function getArticle(id: string, db: RandnotizDb = getDb()): Promise<ArticleRecord | null> {
  return guardStorage(async () => (await db.articles.get(id)) ?? null);
}

/** The reader view's data: metadata and body read in one snapshot so they always belong together. */
export async function getArticleWithBody(
  id: string,
  db: RandnotizDb = getDb(),
): Promise<{ article: ArticleRecord; body: ArticleBodyRecord | null } | null> {
  return guardStorage(() =>
    db.transaction('r', [db.articles, db.bodies], async () => {
      const article = await db.articles.get(id);
      if (!article) return null;
      return { article, body: (await db.bodies.get(id)) ?? null };
    }),
  );
}
