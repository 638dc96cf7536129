import { liveQuery, type Subscription } from 'dexie';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  loadLibraryFacets,
  loadLibraryRows,
  loadLibraryTotal,
  loadLibraryTotals,
  type LibraryFacets,
  type LibraryRow,
  type LibraryRows,
  type LibraryTotals,
  type PageCursor,
} from '@/utils/db';
import type { LibraryFilters, LibrarySort } from '@/utils/library';
import { useLiveQuery, type LiveQueryResult } from './useLiveQuery';

export type { LibraryFacets, LibraryRow } from '@/utils/db';

export interface LibraryRequest {
  filters: LibraryFilters;
  sort: LibrarySort;
  ranked: readonly string[] | null;
}

export interface LibraryPages {
  /** Every row loaded so far, page after page; undefined until the first page of this request is read. */
  rows: LibraryRow[] | undefined;
  total: number | undefined;
  /** More rows exist after the last page. */
  hasMore: boolean;
  error: unknown;
  /** Loads the next page. Each call reads one page, however many are shown already. */
  showMore: () => void;
}

interface PageSlot {
  after: PageCursor | null;
  /** Set once a later page exists: the page then keeps these bounds when it is read again after a change. */
  until: PageCursor | null;
  result?: LibraryRows;
}

/**
 * The library's rows, live and a page at a time. Each page is its own live query over its own range of an index
 * (keyset pagination), so "show more" reads one more page, and a clip or an edit re-reads only the pages whose
 * range it touched. The count of all matches is a separate live query that paging never re-runs.
 */
export function useLibraryPages(request: LibraryRequest, pageSize: number): LibraryPages {
  const { filters, sort, ranked } = request;
  const filterKey = JSON.stringify(filters);
  const query = useMemo(() => ({ filters, sort, ranked }), [filterKey, sort, ranked]);
  const total = useLiveQuery(() => loadLibraryTotal(query), [query]);
  // The previous request's rows stay on screen until the new first page is read, so the list does not flicker.
  const [shown, setShown] = useState<{ query: typeof query; slots: PageSlot[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const slots = useRef<PageSlot[]>([]);
  const subscriptions = useRef<Subscription[]>([]);

  const subscribe = useCallback(
    (index: number) => {
      subscriptions.current[index]?.unsubscribe();
      const slot = slots.current[index]!;
      const range = slot.until ? { after: slot.after, until: slot.until } : { after: slot.after };
      subscriptions.current[index] = liveQuery(() =>
        loadLibraryRows({ ...query, ...range, limit: pageSize }),
      ).subscribe({
        next: (result) => {
          slot.result = result;
          setError(null);
          // Later pages wait for the pages before them, so rows always appear in order.
          setShown({ query, slots: [...slots.current] });
        },
        error: (failure: unknown) => setError(failure),
      });
    },
    [query, pageSize],
  );

  useEffect(() => {
    slots.current = [{ after: null, until: null }];
    subscribe(0);
    return () => {
      for (const subscription of subscriptions.current) subscription.unsubscribe();
      subscriptions.current = [];
    };
  }, [subscribe]);

  const showMore = useCallback(() => {
    const last = slots.current.length - 1;
    const end = slots.current[last]?.result?.next;
    if (!end) return;
    // The last page keeps its end from now on; the new page starts right after it.
    slots.current[last]!.until = end;
    slots.current.push({ after: end, until: null });
    subscribe(last);
    subscribe(last + 1);
  }, [subscribe]);

  const current = shown?.slots;
  const loaded = current ? current.slice(0, firstMissing(current)) : undefined;
  const lastLoaded = loaded?.[loaded.length - 1];
  return {
    rows: loaded && loaded.length > 0 ? loaded.flatMap((slot) => slot.result!.rows) : undefined,
    total: total.value,
    hasMore:
      shown?.query === query &&
      loaded?.length === current?.length &&
      lastLoaded?.result?.next !== null &&
      lastLoaded?.result?.next !== undefined,
    error: error ?? total.error,
    showMore,
  };
}

function firstMissing(slots: readonly PageSlot[]): number {
  const index = slots.findIndex((slot) => slot.result === undefined);
  return index === -1 ? slots.length : index;
}

export function useLibraryFacets(): LiveQueryResult<LibraryFacets> {
  return useLiveQuery(() => loadLibraryFacets(), []);
}

export function useLibraryTotals(): LiveQueryResult<LibraryTotals> {
  return useLiveQuery(() => loadLibraryTotals(), []);
}
