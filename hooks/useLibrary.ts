import { useMemo } from 'preact/hooks';
import {
  loadLibraryFacets,
  loadLibraryPage,
  loadLibraryTotals,
  type LibraryFacets,
  type LibraryPage,
  type LibraryTotals,
} from '@/utils/db';
import type { LibraryFilters, LibrarySort } from '@/utils/library';
import { useLiveQuery, type LiveQueryResult } from './useLiveQuery';

export type { LibraryFacets, LibraryRow } from '@/utils/db';

export interface LibraryRequest {
  filters: LibraryFilters;
  sort: LibrarySort;
  ranked: readonly string[] | null;
  limit: number;
}

/** The rows on screen, live: a clip in the background or an edit in the reader shows up at once. */
export function useLibraryPage(request: LibraryRequest): LiveQueryResult<LibraryPage> {
  const { filters, sort, ranked, limit } = request;
  const filterKey = JSON.stringify(filters);
  const stableFilters = useMemo(() => filters, [filterKey]);
  return useLiveQuery(
    () => loadLibraryPage({ filters: stableFilters, sort, ranked, limit }),
    [stableFilters, sort, ranked, limit],
  );
}

export function useLibraryFacets(): LiveQueryResult<LibraryFacets> {
  return useLiveQuery(() => loadLibraryFacets(), []);
}

export function useLibraryTotals(): LiveQueryResult<LibraryTotals> {
  return useLiveQuery(() => loadLibraryTotals(), []);
}
