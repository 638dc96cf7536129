import { useEffect, useMemo, useState } from 'preact/hooks';
import { LibrarySearch, type RankedHit, type SearchStatus } from '@/utils/search';

let shared: LibrarySearch | null = null;
let stopWatching: (() => void) | null = null;

/** One index per page, opened after the first paint so the library list never waits for it. */
function librarySearch(): LibrarySearch {
  if (!shared) {
    const search = new LibrarySearch();
    shared = search;
    setTimeout(() => {
      void search.open().then(() => {
        stopWatching ??= search.watch();
      });
    }, 0);
    // Written back when the panel closes, if a change is still waiting for its delayed save.
    window.addEventListener('pagehide', () => void search.close());
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
  /** Ranked article ids, or null when there is no query (or no index to ask yet). */
  ranked: string[] | null;
  status: SearchStatus;
  /** True while the query is typed ahead of its results. */
  pending: boolean;
}

const TYPING_PAUSE_MS = 120;

/** Ranked results for `query`, re-run when the index changes; typing is debounced so long libraries stay fluid. */
export function useSearch(query: string): SearchResult {
  const search = librarySearch();
  const status = useSearchStatus();
  const [settled, setSettled] = useState(query);
  useEffect(() => {
    if (query.trim() === '') {
      setSettled(query);
      return;
    }
    const timer = setTimeout(() => setSettled(query), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  const ranked = useMemo<string[] | null>(
    () => {
      if (settled.trim() === '') return null;
      return search.search(settled)?.map((hit: RankedHit) => hit.id) ?? [];
    },
    // status.indexed changes as articles are (re)indexed: the same query then finds the new ones.
    [search, settled, status.phase, status.indexed],
  );
  return {
    ranked,
    status,
    pending: settled !== query,
  };
}

/** Rebuilds the index from scratch (settings). */
export function rebuildSearchIndex(): Promise<void> {
  return librarySearch().rebuild();
}
