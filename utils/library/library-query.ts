import { LIBRARY_SORTS, type LibraryFilters, type LibrarySort } from '../db/library-query';

export { activeFilterCount, LIBRARY_SORTS } from '../db/library-query';
export type { LibraryFilters, LibrarySort } from '../db/library-query';

/** What the person has chosen in the library view; kept while they read an article and come back. */
export interface LibraryState {
  search: string;
  sort: LibrarySort;
  filters: LibraryFilters;
}

export const INITIAL_LIBRARY_STATE: LibraryState = { search: '', sort: 'clippedAt-desc', filters: {} };

export function isLibrarySort(value: string): value is LibrarySort {
  return (LIBRARY_SORTS as readonly string[]).includes(value);
}

// Re-exported so components can name statuses without reaching into the database layer.
export { READING_STATUSES } from '../db/records';
export type { ArticleRecord, ReadingStatus } from '../db/records';
