import type { ArticleRecord } from '../db/records';

/**
 * The library's articles by id and by every address, loaded once per import. A 10,000-article backup would
 * otherwise cost several index queries per article inside the transaction; metadata rows are small enough to
 * hold (bodies are never loaded here). Lookup order matches `findStoredArticle`: first-clip address, later
 * addresses, canonical URL.
 */
export class LibraryIndex {
  private readonly byId = new Map<string, ArticleRecord>();
  private readonly byUrlKey = new Map<string, string>();
  private readonly byAlias = new Map<string, string>();
  private readonly byCanonical = new Map<string, string>();

  constructor(articles: readonly ArticleRecord[]) {
    for (const article of articles) this.set(article);
  }

  set(article: ArticleRecord): void {
    this.byId.set(article.id, article);
    this.byUrlKey.set(article.urlKey, article.id);
    for (const alias of article.aliasKeys) if (!this.byAlias.has(alias)) this.byAlias.set(alias, article.id);
    if (!this.byCanonical.has(article.canonicalUrl)) this.byCanonical.set(article.canonicalUrl, article.id);
  }

  /** The library's article that `imported` is a copy of: same id (same clip), else same address. */
  find(imported: ArticleRecord): ArticleRecord | undefined {
    const sameId = this.byId.get(imported.id);
    if (sameId) return sameId;
    const keys = [...new Set([imported.urlKey, ...imported.aliasKeys, imported.canonicalUrl])];
    for (const map of [this.byUrlKey, this.byAlias, this.byCanonical]) {
      for (const key of keys) {
        const id = map.get(key);
        const found = id === undefined ? undefined : this.byId.get(id);
        if (found) return found;
      }
    }
    return undefined;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }
}
