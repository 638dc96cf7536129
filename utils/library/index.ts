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
