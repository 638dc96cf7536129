import type { ChangeMarks, StoredPiece } from './index-pieces';
import type { SearchDocument } from './search-documents';

/** A document as the index takes it, with the annotation count that tells a later sync whether one was deleted. */
export interface IndexableArticle {
  document: SearchDocument;
  annotationCount: number;
}

/** Rows changed since the marks, read in one snapshot together with the row counts. */
export interface LibraryChanges {
  articles: { id: string; updatedAt: number }[];
  annotations: { id: string; articleId: string; createdAt: number; updatedAt: number }[];
  articleCount: number;
  annotationCount: number;
}

/**
 * Everything the search index needs from storage. The Dexie implementation lives in utils/db (the only door to
 * the tables); tests and the benchmark may pass another. Every read of changes touches index keys or the rows
 * changed since the marks, never a whole table of rows.
 */
export interface SearchStore {
  readManifest(): Promise<unknown>;
  /** Every `d/` piece in key order. */
  readDocChunks(): Promise<StoredPiece[]>;
  /** Every `t/<part>/` piece (one per segment that has terms in the partition). */
  readPartition(part: string): Promise<unknown[]>;
  readPieces(keys: readonly string[]): Promise<unknown[]>;
  /**
   * Writes `puts` and removes `deletes` in one transaction, only if the stored manifest still has generation
   * `expected` (or there is none and `expected` is 0). Returns false, writing nothing, when another writer won.
   */
  commit(expected: number, puts: readonly StoredPiece[], deletes: readonly string[]): Promise<boolean>;
  /** Drops every piece (a rebuild, or an index of a foreign format). */
  clear(): Promise<void>;

  readChanges(marks: ChangeMarks): Promise<LibraryChanges>;
  /** All article ids (keys only): the deletion check when the row count says something went. */
  readArticleIds(): Promise<string[]>;
  /** Annotation count per article (index keys only): the check when the annotation count moved unexplained. */
  readAnnotationCounts(): Promise<Map<string, number>>;
  loadArticles(ids: readonly string[]): Promise<IndexableArticle[]>;
  /** Calls `onChange` after any change to articles, bodies or annotations, in any context, until stopped. */
  watch(onChange: () => void): () => void;
}
