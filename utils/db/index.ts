export {
  createAnnotation,
  deleteAnnotation,
  listAnnotations,
  restoreAnnotation,
  updateAnnotation,
} from './annotations';
export type { AnnotationChanges, NewAnnotation } from './annotations';
export { addSelectionQuote, saveClippedArticle } from './article-clip';
export type { ClipOutcome, ClipSource } from './article-clip';
export { deleteArticle, restoreArticle } from './article-deletion';
export { correctArticleMetadata, revertArticleMetadata } from './article-metadata';
export { correctableValues } from './metadata-overrides';
export type { DeletedArticle } from './article-deletion';
export { listArticles } from './article-list';
export { loadLibraryFacets, loadLibraryTotals } from './library-facets';
export type { LibraryFacets, LibraryTotals } from './library-facets';
export { loadLibraryPage, loadLibraryRows, loadLibraryTotal, loadMatchingArticleIds } from './library-page';
export type {
  LibraryMatchRequest,
  LibraryPage,
  LibraryPageRequest,
  LibraryRow,
  LibraryRows,
  PageCursor,
} from './library-page';
export { listReadingListNames } from './reading-list-names';
export type { ReadingListName } from './reading-list-names';
export type { ArticleQuery, ArticleSort } from './article-list';
export { findByUrl, getArticle, getArticleWithBody } from './article-lookup';
export { normaliseTags, updateArticleUserFields } from './article-user-fields';
export type { ArticleUserFields } from './article-user-fields';
export { getDb, withStrictDurability } from './connection';
export { hashText } from './content-hash';
export type { ReanchorSummary } from './reanchor-annotations';
export {
  addArticleToList,
  createReadingList,
  deleteReadingList,
  listArticlesOfList,
  listIdsOfArticle,
  getReadingList,
  listReadingLists,
  removeArticleFromList,
  restoreListEntry,
  restoreReadingList,
  updateReadingList,
} from './reading-lists';
export type { DeletedReadingList, ReadingListChanges, ReadingListSummary } from './reading-lists';
export { moveListEntry, placeListEntry } from './list-entry-order';
export type { MoveDirection } from './list-entry-order';
export * from './records';
export { DATABASE_NAME, RandnotizDb } from './schema';
export type { RandnotizDbOptions } from './schema';
export { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS, storesAtVersion } from './schema-versions';
export { asStorageResult, classifyStorageFailure, isQuotaExceeded, StorageError } from './storage-errors';
export type { StorageFailureKind, StorageResult } from './storage-errors';
export { urlKeyFor } from './url-keys';
