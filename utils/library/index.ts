export { loadLibraryFacets, loadLibraryTotals } from './library-facets';
export type { LibraryFacets, LibraryTotals } from './library-facets';
export { loadLibraryPage, loadMatchingArticleIds } from './library-page';
export type { LibraryMatchRequest, LibraryPage, LibraryPageRequest, LibraryRow } from './library-page';
export {
  activeFilterCount,
  INITIAL_LIBRARY_STATE,
  isLibrarySort,
  LIBRARY_SORTS,
  READING_STATUSES,
} from './library-query';
export type {
  ArticleRecord,
  LibraryFilters,
  LibrarySort,
  LibraryState,
  ReadingStatus,
} from './library-query';
