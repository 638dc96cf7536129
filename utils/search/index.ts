export { foldGerman } from './german-folding';
export { diffWatermarks, readWatermarks } from './index-watermarks';
export type { IndexChanges, Watermarks } from './index-watermarks';
export { LIBRARY_INDEX_KEY } from './index-storage';
export { LibrarySearch } from './library-search';
export type { LibrarySearchOptions, SearchStatus } from './library-search';
export type { SearchDocument } from './search-documents';
export { createSearchEngine, SEARCH_INDEX_FORMAT, searchEngine } from './search-engine';
export type { RankedHit } from './search-engine';
