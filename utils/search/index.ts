export { foldGerman } from './german-folding';
export { MANIFEST_KEY, SEARCH_INDEX_FORMAT } from './index-pieces';
export { LibrarySearch } from './library-search';
export type { LibrarySearchOptions, RankedHit, SearchStatus } from './library-search';
export type { SearchDocument } from './search-documents';
export type { IndexableArticle, LibraryChanges, SearchStore } from './search-store';
