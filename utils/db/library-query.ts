import type { ReadingStatus } from './records';

/** What the library can be narrowed to. */
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

export function activeFilterCount(filters: LibraryFilters): number {
  return Object.values(filters).filter((value) => value !== undefined).length;
}
