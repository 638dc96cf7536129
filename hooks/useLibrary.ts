import { useMemo } from 'preact/hooks';
import { getDb } from '@/utils/db';
import {
  loadLibraryFacets,
  loadLibraryPage,
  loadLibraryTotals,
  type LibraryFacets,
  type LibraryFilters,
  type LibraryPage,
  type LibrarySort,
  type LibraryTotals,
} from '@/utils/library';
import { useLiveQuery, type LiveQueryResult } from './useLiveQuery';

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
    () => loadLibraryPage(getDb(), { filters: stableFilters, sort, ranked, limit }),
    [stableFilters, sort, ranked, limit],
  );
}

export function useLibraryFacets(): LiveQueryResult<LibraryFacets> {
  return useLiveQuery(() => loadLibraryFacets(getDb()), []);
}

export function useLibraryTotals(): LiveQueryResult<LibraryTotals> {
  return useLiveQuery(() => loadLibraryTotals(getDb()), []);
}
