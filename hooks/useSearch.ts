import { useEffect, useState } from 'preact/hooks';
import { createSearchStore } from '@/utils/db/search-store';
import { LibrarySearch, type SearchStatus } from '@/utils/search';
import type { SearchService } from '@/utils/search/search-service';
import { SearchWorkerClient } from '@/utils/search/search-worker-client';
// Vite bundles the worker and its imports (Dexie, the index) as a file of its own; `new URL(…, import.meta.url)`
// is not recognised under WXT, which rewrites import.meta.url.
import SearchWorker from '@/entrypoints/sidepanel/search-worker?worker';

let shared: SearchService | null = null;

/** The index in this page, for where a module worker cannot start; opened after the first paint. */
function searchInPage(): SearchService {
  const search = new LibrarySearch(createSearchStore());
  let stopWatching: (() => void) | null = null;
  setTimeout(() => {
    void search.open().then(() => {
      stopWatching ??= search.watch();
    });
  }, 0);
  window.addEventListener('pagehide', () => stopWatching?.());
  return search;
}

/**
 * One index per page. It lives in a dedicated worker (entrypoints/sidepanel/search-worker.ts), so building and
 * merging never block the panel; opening reads only the manifest and document table, queries load the
 * partitions they need.
 */
function librarySearch(): SearchService {
  if (!shared) {
    try {
      shared = new SearchWorkerClient(new SearchWorker(), searchInPage);
    } catch (error) {
      console.warn('Randnotiz: search runs in the page, the worker could not start', error);
      shared = searchInPage();
    }
  }
  return shared;
}

export function useSearchStatus(): SearchStatus {
  const search = librarySearch();
  const [status, setStatus] = useState<SearchStatus>(search.status);
  useEffect(() => search.subscribe(setStatus), [search]);
  return status;
}

export interface SearchResult {
  /** Ranked article ids, or null when there is no query. */
  ranked: string[] | null;
  status: SearchStatus;
  /** True while the query is typed ahead of its results. */
  pending: boolean;
}

const TYPING_PAUSE_MS = 120;

interface Answer {
  query: string;
  ranked: string[];
}

/** Ranked results for `query`, re-run when the index changes; typing is debounced so long libraries stay fluid. */
export function useSearch(query: string): SearchResult {
  const search = librarySearch();
  const status = useSearchStatus();
  const [settled, setSettled] = useState(query);
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (query.trim() === '') {
      setSettled(query);
      return;
    }
    const timer = setTimeout(() => setSettled(query), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  useEffect(() => {
    if (settled.trim() === '') return;
    let current = true;
    search
      .search(settled)
      .then((hits) => {
        if (current) setAnswer({ query: settled, ranked: hits?.map((hit) => hit.id) ?? [] });
      })
      .catch((error: unknown) => {
        console.error('Randnotiz: search failed', error);
        if (current) setAnswer({ query: settled, ranked: [] });
      });
    return () => {
      current = false;
    };
    // status.indexed changes as articles are (re)indexed: the same query then finds the new ones.
  }, [search, settled, status.phase, status.indexed]);
  const empty = settled.trim() === '';
  return {
    // Until the first answer for a query arrives, the previous one stays on screen (no flash of "0 results").
    ranked: empty ? null : (answer?.ranked ?? []),
    status,
    pending: settled !== query || (!empty && answer?.query !== settled),
  };
}

/** Rebuilds the index from scratch (settings). */
export function rebuildSearchIndex(): Promise<void> {
  return librarySearch().rebuild();
}
