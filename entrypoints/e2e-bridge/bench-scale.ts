import { browser } from 'wxt/browser';
import {
  DATABASE_NAME,
  deleteArticle,
  getDb,
  loadLibraryFacets,
  loadLibraryPage,
  saveClippedArticle,
  type LibraryPageRequest,
} from '@/utils/db';
import { exportFormat, loadExportBundle } from '@/utils/export';
import { emptyArticle } from '@/utils/extract/empty-article';
import { sendMessage } from '@/utils/messages';

/** Milliseconds of each run, in run order. */
export type Timings = number[];

async function timed(runs: number, work: () => Promise<unknown>): Promise<Timings> {
  const times: Timings = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times;
}

/** The ids the panel should show first for `request` (what a UI measurement waits for). */
async function pageIds(request: LibraryPageRequest): Promise<string[]> {
  return (await loadLibraryPage(request)).rows.map((row) => row.article.id);
}

export interface DataTimings {
  page: Timings;
  sortedByDate: Timings;
  tagFilter: Timings;
  facets: Timings;
  /** References: plain indexed Dexie reads of the same size, no repository logic. */
  plainFirst50: Timings;
  plainTag50: Timings;
}

/** The repository reads behind the list, timed in this page with nothing else running. */
async function dataTimings(runs: number, tag: string): Promise<DataTimings> {
  const db = getDb();
  const request = (changes: Partial<LibraryPageRequest>): LibraryPageRequest => ({
    filters: {},
    sort: 'clippedAt-desc',
    ranked: null,
    limit: 50,
    ...changes,
  });
  return {
    page: await timed(runs, () => loadLibraryPage(request({}))),
    sortedByDate: await timed(runs, () => loadLibraryPage(request({ sort: 'published-desc' }))),
    tagFilter: await timed(runs, () => loadLibraryPage(request({ filters: { tag } }))),
    facets: await timed(runs, () => loadLibraryFacets()),
    plainFirst50: await timed(runs, () => db.articles.orderBy('clippedAt').reverse().limit(50).toArray()),
    plainTag50: await timed(runs, () => db.articles.where('tags').equals(tag).limit(50).toArray()),
  };
}

/** Rough stored size of a value: characters of strings, bytes of binary data, 8 per number. */
function storedSize(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number' || typeof value === 'boolean') return 8;
  if (value instanceof ArrayBuffer) return value.byteLength;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value instanceof Blob) return value.size;
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + storedSize(item), 0);
  if (value && typeof value === 'object') {
    return Object.entries(value).reduce((sum, [key, item]) => sum + key.length + storedSize(item), 0);
  }
  return 0;
}

export interface StoreSize {
  store: string;
  rows: number;
  size: number;
}

/**
 * Sizes of the object stores whose name says they hold the search index, read with plain IndexedDB so it works
 * whatever layout the index has (one row, pieces, several stores); plus the origin's whole usage.
 */
async function searchStoreSizes(): Promise<{ stores: StoreSize[]; usage: number }> {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(DATABASE_NAME);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    const names = [...database.objectStoreNames].filter((name) => /search|index/i.test(name));
    const stores: StoreSize[] = [];
    for (const store of names) {
      const found = await new Promise<StoreSize>((resolve, reject) => {
        const sizes = { store, rows: 0, size: 0 };
        const cursor = database.transaction(store, 'readonly').objectStore(store).openCursor();
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at) return resolve(sizes);
          sizes.rows += 1;
          sizes.size += storedSize(at.value);
          at.continue();
        };
        cursor.onerror = () => reject(cursor.error);
      });
      stores.push(found);
    }
    return { stores, usage: (await navigator.storage.estimate()).usage ?? 0 };
  } finally {
    database.close();
  }
}

export interface ClipTiming {
  ms: number;
  /** Date.now() when the background answered, i.e. the article was stored: compared with the panel's clock. */
  storedAt: number;
  articleId: string | null;
  outcome: string;
}

/** The panel's "Save this page": message → background extracts in the tab and stores → answer. */
async function clipTimed(tabId: number): Promise<ClipTiming> {
  const started = performance.now();
  const outcome = await sendMessage('clip/saveTab', { tabId });
  const ms = performance.now() - started;
  const articleId =
    'articleId' in outcome && typeof outcome.articleId === 'string' ? outcome.articleId : null;
  return { ms, storedAt: Date.now(), articleId, outcome: JSON.stringify(outcome).slice(0, 200) };
}

/**
 * The reference for the clip: the least a clip can cost here — a trivial script in the tab returning its text,
 * then the article saved through the repository from this page (under its own address, removed afterwards).
 */
async function bareClipTimed(tabId: number, pageUrl: string): Promise<number> {
  const started = performance.now();
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => ({ title: document.title, text: document.body.innerText }),
  });
  const page = result?.result as { title: string; text: string } | undefined;
  const url = `${pageUrl}${pageUrl.includes('?') ? '&' : '?'}bare=1`;
  const article = { ...emptyArticle(url, 'article', page?.title ?? 'bare'), text: page?.text ?? '' };
  const saved = await saveClippedArticle(
    { ...article, html: `<p>${article.text.length}</p>` },
    { pageUrl: url },
  );
  const ms = performance.now() - started;
  await deleteArticle(saved.article.id);
  return ms;
}

/** The last JSON backup made here, handed to Node in slices (one string of 100+ MB would not cross CDP). */
let exported: string | null = null;

async function exportLibrary(): Promise<{ chars: number; ms: number }> {
  exported = null;
  const started = performance.now();
  const file = exportFormat(await loadExportBundle({ kind: 'library' }), 'json', { locale: 'de' });
  if (typeof file.data !== 'string') throw new Error('The JSON backup is not text');
  exported = file.data;
  return { chars: exported.length, ms: performance.now() - started };
}

/** Characters from `from`, never ending inside a surrogate pair; '' past the end, and the copy is dropped. */
function exportSlice(from: number, length: number): string {
  if (exported === null) throw new Error('Nothing exported yet');
  let to = Math.min(exported.length, from + length);
  const last = exported.charCodeAt(to - 1);
  if (to < exported.length && last >= 0xd800 && last <= 0xdbff) to -= 1;
  const slice = exported.slice(from, to);
  if (slice === '') exported = null;
  return slice;
}

/** Takes a measured clip out again, so every size keeps the library it was seeded with. */
async function removeArticle(id: string): Promise<void> {
  await deleteArticle(id);
}

export const benchScale = {
  removeArticle,
  pageIds,
  dataTimings,
  searchStoreSizes,
  clipTimed,
  bareClipTimed,
  exportLibrary,
  exportSlice,
};
