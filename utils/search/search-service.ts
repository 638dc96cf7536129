import type { RankedHit, SearchStatus } from './library-search';

/** What the panel asks of the search, whether the index lives in a worker or (as a fallback) in the page. */
export interface SearchService {
  readonly status: SearchStatus;
  subscribe(listener: (status: SearchStatus) => void): () => void;
  search(query: string): Promise<RankedHit[] | null>;
  rebuild(): Promise<void>;
}

/** Page → search worker. */
export type SearchRequest = { kind: 'search'; id: number; query: string } | { kind: 'rebuild'; id: number };

/** Search worker → page. */
export type SearchReply =
  | { kind: 'status'; status: SearchStatus }
  | { kind: 'result'; id: number; hits: RankedHit[] | null }
  | { kind: 'done'; id: number }
  | { kind: 'failed'; id: number; message: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Messages cross a context boundary: both ends check their shape before acting on them. */
export function isSearchRequest(value: unknown): value is SearchRequest {
  if (!isObject(value) || typeof value.id !== 'number') return false;
  return (value.kind === 'search' && typeof value.query === 'string') || value.kind === 'rebuild';
}

export function isSearchReply(value: unknown): value is SearchReply {
  if (!isObject(value)) return false;
  if (value.kind === 'status') return isObject(value.status);
  if (typeof value.id !== 'number') return false;
  return (
    (value.kind === 'result' && (value.hits === null || Array.isArray(value.hits))) ||
    value.kind === 'done' ||
    (value.kind === 'failed' && typeof value.message === 'string')
  );
}
