import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface LiveQueryResult<T> {
  /** The latest result; the previous one stays while a new query runs, so lists do not flicker. */
  value: T | undefined;
  error: unknown;
  loading: boolean;
}

/**
 * Dexie's `liveQuery` for Preact: re-runs `querier` whenever a table it read changes — in this page, the
 * background or any other extension page — so every view stays in sync without reloading. `deps` are the inputs
 * the query depends on, as for `useEffect`.
 */
export function useLiveQuery<T>(querier: () => Promise<T>, deps: readonly unknown[]): LiveQueryResult<T> {
  const [state, setState] = useState<LiveQueryResult<T>>({ value: undefined, error: null, loading: true });
  useEffect(() => {
    setState((previous) => ({ ...previous, loading: true }));
    const subscription = liveQuery(querier).subscribe({
      next: (value) => setState({ value, error: null, loading: false }),
      error: (error: unknown) => setState((previous) => ({ ...previous, error, loading: false })),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, exactly as for useEffect.
  }, deps);
  return state;
}
