import { describe, expect, it } from 'vitest';
import type { RankedHit, SearchStatus } from '../../utils/search/library-search';
import { isSearchRequest, type SearchReply, type SearchService } from '../../utils/search/search-service';
import { SearchWorkerClient } from '../../utils/search/search-worker-client';

/** Stands in for a Worker: answers requests as the search worker would, or fails like a worker that cannot load. */
class FakeWorker extends EventTarget {
  terminated = false;
  readonly received: unknown[] = [];

  constructor(private readonly answer: (query: string) => RankedHit[] | null) {
    super();
  }

  postMessage(message: unknown): void {
    this.received.push(message);
    if (!isSearchRequest(message)) return;
    const reply: SearchReply =
      message.kind === 'search'
        ? { kind: 'result', id: message.id, hits: this.answer(message.query) }
        : { kind: 'done', id: message.id };
    queueMicrotask(() => this.reply(reply));
  }

  reply(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }

  fail(): void {
    const event = new Event('error', { cancelable: true }) as Event & { message: string };
    event.message = 'script failed to load';
    this.dispatchEvent(event);
  }

  terminate(): void {
    this.terminated = true;
  }
}

const asWorker = (fake: FakeWorker) => fake as unknown as Worker;

function inPage(hits: RankedHit[]): SearchService {
  return {
    status: { phase: 'ready', indexed: 1, total: 1 },
    subscribe: () => () => undefined,
    search: () => Promise.resolve(hits),
    rebuild: () => Promise.resolve(),
  };
}

describe('the search worker client', () => {
  it('sends queries to the worker and resolves each with its own answer', async () => {
    const worker = new FakeWorker((query) => [{ id: query.toUpperCase(), score: 1 }]);
    const client = new SearchWorkerClient(asWorker(worker), () => inPage([]));
    const [a, b] = await Promise.all([client.search('eins'), client.search('zwei')]);
    expect(a).toEqual([{ id: 'EINS', score: 1 }]);
    expect(b).toEqual([{ id: 'ZWEI', score: 1 }]);
    await expect(client.rebuild()).resolves.toBeUndefined();
  });

  it('passes on the worker’s status and ignores malformed messages', () => {
    const worker = new FakeWorker(() => null);
    const client = new SearchWorkerClient(asWorker(worker), () => inPage([]));
    const seen: SearchStatus[] = [];
    client.subscribe((status) => seen.push(status));
    worker.reply({ kind: 'status', status: { phase: 'indexing', indexed: 3, total: 10 } });
    worker.reply({ kind: 'result', id: 'not a number', hits: [] });
    worker.reply('garbage');
    expect(seen).toEqual([{ phase: 'indexing', indexed: 3, total: 10 }]);
    expect(client.status).toEqual({ phase: 'indexing', indexed: 3, total: 10 });
  });

  it('rejects a query the worker reports as failed', async () => {
    const worker = new FakeWorker(() => null);
    worker.postMessage = (message: unknown) => {
      const { id } = message as { id: number };
      queueMicrotask(() => worker.reply({ kind: 'failed', id, message: 'kaputt' }));
    };
    const client = new SearchWorkerClient(asWorker(worker), () => inPage([]));
    await expect(client.search('x')).rejects.toThrow('kaputt');
  });

  it('falls back to searching in the page when the worker cannot start, answering pending queries too', async () => {
    const worker = new FakeWorker(() => null);
    worker.postMessage = () => undefined;
    const client = new SearchWorkerClient(asWorker(worker), () => inPage([{ id: 'page', score: 2 }]));
    const pending = client.search('vorher');
    worker.fail();
    expect(worker.terminated).toBe(true);
    await expect(pending).resolves.toEqual([{ id: 'page', score: 2 }]);
    await expect(client.search('nachher')).resolves.toEqual([{ id: 'page', score: 2 }]);
    expect(client.status.phase).toBe('ready');
  });
});
