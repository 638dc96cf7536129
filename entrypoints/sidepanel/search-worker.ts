/**
 * The side panel's search worker (started by hooks/useSearch): holds the library's full-text index, follows the
 * library through Dexie's cross-context change events and answers queries, off the panel's main thread.
 */
import { createSearchStore } from '@/utils/db/search-store';
import { LibrarySearch } from '@/utils/search/library-search';
import { isSearchRequest, type SearchReply } from '@/utils/search/search-service';

const scope = self as unknown as {
  postMessage(message: SearchReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
};
const search = new LibrarySearch(createSearchStore());
search.subscribe((status) => scope.postMessage({ kind: 'status', status }));

scope.addEventListener('message', ({ data }) => {
  if (!isSearchRequest(data)) return;
  const work = data.kind === 'search' ? search.search(data.query) : search.rebuild().then(() => null);
  work.then(
    (hits) =>
      scope.postMessage(
        data.kind === 'search' ? { kind: 'result', id: data.id, hits } : { kind: 'done', id: data.id },
      ),
    (error: unknown) =>
      scope.postMessage({ kind: 'failed', id: data.id, message: String((error as Error)?.message ?? error) }),
  );
});

void search.open().then(() => search.watch());
