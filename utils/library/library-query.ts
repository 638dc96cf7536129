import type { ReadingStatus } from '../db/records';

export interface LibraryFilters {
  tag?: string;
  listId?: string;
  status?: ReadingStatus;
  siteName?: string;
  year?: number;
}

/** The orders the library offers; 'relevance' only while a search is active. */
export const LIBRARY_SORTS = [
  'relevance',
  'clippedAt-desc',
  'clippedAt-asc',
  'published-desc',
  'published-asc',
  'title-asc',
  'title-desc',
] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

/** What the person has chosen in the library view; kept while they read an article and come back. */
export interface LibraryState {
  search: string;
  sort: LibrarySort;
  filters: LibraryFilters;
}

export const INITIAL_LIBRARY_STATE: LibraryState = { search: '', sort: 'clippedAt-desc', filters: {} };

export function activeFilterCount(filters: LibraryFilters): number {
  return Object.values(filters).filter((value) => value !== undefined).length;
}

export function isLibrarySort(value: string): value is LibrarySort {
  return (LIBRARY_SORTS as readonly string[]).includes(value);
}

// Re-exported so components can name statuses without reaching into the database layer.
export { READING_STATUSES } from '../db/records';
export type { ArticleRecord, ReadingStatus } from '../db/records';
