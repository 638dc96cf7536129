import type { RankedHit, SearchStatus } from './library-search';
import { isSearchReply, type SearchRequest, type SearchService } from './search-service';

interface Pending {
  message: Outgoing;
  resolve: (value: RankedHit[] | null) => void;
  reject: (error: Error) => void;
}

type Outgoing = SearchRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/**
 * The page's side of the search worker: the index is built, merged and queried there, so a rebuild of a large
 * library never holds up the panel's main thread; the page only sends queries and receives ranked ids. Should the
 * worker fail to start (an old browser, a blocked script), `fallback` serves the same requests in the page.
 */
export class SearchWorkerClient implements SearchService {
  private current: SearchStatus = { phase: 'loading', indexed: 0, total: 0 };
  private readonly listeners = new Set<(status: SearchStatus) => void>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private delegate: SearchService | null = null;

  constructor(
    private readonly worker: Worker,
    private readonly fallback: () => SearchService,
  ) {
    worker.addEventListener('message', (event: MessageEvent<unknown>) => this.receive(event.data));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.failOver(event.message);
    });
  }

  get status(): SearchStatus {
    return this.current;
  }

  subscribe(listener: (status: SearchStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  search(query: string): Promise<RankedHit[] | null> {
    return this.request({ kind: 'search', query });
  }

  async rebuild(): Promise<void> {
    await this.request({ kind: 'rebuild' });
  }

  private request(message: Outgoing): Promise<RankedHit[] | null> {
    if (this.delegate) return this.forward(this.delegate, message);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { message, resolve, reject });
      this.worker.postMessage({ ...message, id } satisfies SearchRequest);
    });
  }

  private forward(service: SearchService, message: Outgoing): Promise<RankedHit[] | null> {
    return message.kind === 'search' ? service.search(message.query) : service.rebuild().then(() => null);
  }

  private failOver(reason: string): void {
    if (this.delegate) return;
    console.warn('Randnotiz: the search worker failed, search runs in the page', reason);
    this.worker.terminate();
    const delegate = (this.delegate = this.fallback());
    this.setStatus(delegate.status);
    delegate.subscribe((status) => this.setStatus(status));
    for (const { message, resolve, reject } of this.pending.values())
      this.forward(delegate, message).then(resolve, reject);
    this.pending.clear();
  }

  private setStatus(status: SearchStatus): void {
    this.current = status;
    for (const listener of this.listeners) listener(this.current);
  }

  private receive(data: unknown): void {
    if (!isSearchReply(data)) return;
    if (data.kind === 'status') return this.setStatus(data.status);
    const pending = this.pending.get(data.id);
    if (!pending) return;
    this.pending.delete(data.id);
    if (data.kind === 'failed') pending.reject(new Error(data.message));
    else pending.resolve(data.kind === 'result' ? data.hits : null);
  }
}
