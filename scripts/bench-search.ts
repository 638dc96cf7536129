/**
 * Full-text search at library scale, in Node with fake-indexeddb: `npx tsx scripts/bench-search.ts` (ARTICLES=n to
 * change the size, default 10,000; MINISEARCH=0 to skip the comparison with the previous engine). Builds a
 * synthetic German library (texts of 5–20 KB, ~2.7 annotations an article), then measures the piecewise index:
 * build time and longest event-loop task during it, stored size, open-to-ready, query latency (1 word, 2 words,
 * prefix), one article's update; and the same library in MiniSearch as the panel used it (whole index as JSON).
 * Run with `node --expose-gc` (NODE_OPTIONS) for heap figures.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import MiniSearch, { type Options } from 'minisearch';
import { loadavg } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { newArticleRecord } from '../utils/db/article-record';
import { updateArticleUserFields } from '../utils/db/article-user-fields';
import type { AnnotationRecord, ArticleBodyRecord, ArticleRecord } from '../utils/db/records';
import { RandnotizDb } from '../utils/db/schema';
import { createSearchStore } from '../utils/db/search-store';
import { foldGerman } from '../utils/search/german-folding';
import { LibrarySearch } from '../utils/search/library-search';
import { SEARCH_FIELDS, searchDocumentFor, type SearchDocument } from '../utils/search/search-documents';
import { STOP_WORDS } from '../utils/search/stop-words';
import { sampleArticle } from '../tests/fixtures/db/test-database';
import { seededRandom, syntheticArticle, vocabulary, zipfPicker } from './bench-search-corpus';

const ARTICLES = Number(process.env.ARTICLES ?? 10_000);
const QUERIES = 200;
const gc = (globalThis as { gc?: () => void }).gc;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};

/**
 * The longest stretch without the event loop turning: the longest "task" a page would see. Garbage-collection
 * pauses are reported apart: here the whole library (fake-indexeddb) lives in the same heap, in a browser it does not.
 */
function watchTasks() {
  let last = performance.now();
  let longest = 0;
  let over50 = 0;
  let running = true;
  let longestGc = 0;
  const gcs = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestGc = Math.max(longestGc, entry.duration);
  });
  gcs.observe({ entryTypes: ['gc'] });
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    if (now - last > 50) over50 += 1;
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return () => {
    running = false;
    gcs.disconnect();
    return { longest, over50, longestGc };
  };
}

function sizeOf(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return 8;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + sizeOf(item), 0);
  if (typeof value === 'object')
    return Object.entries(value as object).reduce((sum, [key, item]) => sum + key.length + sizeOf(item), 0);
  return 0;
}

async function seed(db: RandnotizDb) {
  const random = seededRandom(12);
  const words = vocabulary(60_000, random);
  const pick = zipfPicker(words, random);
  const ids: string[] = [];
  const documents: SearchDocument[] = [];
  let annotationCount = 0;
  const start = Date.UTC(2024, 0, 1);
  for (let first = 0; first < ARTICLES; first += 500) {
    const articles: ArticleRecord[] = [];
    const bodies: ArticleBodyRecord[] = [];
    const annotations: AnnotationRecord[] = [];
    for (let n = first; n < Math.min(ARTICLES, first + 500); n += 1) {
      const synthetic = syntheticArticle(pick, random);
      const now = start + n * 1000;
      const record = newArticleRecord(
        sampleArticle({
          title: synthetic.title,
          text: synthetic.text,
          authors: synthetic.authors,
          canonicalUrl: `https://bench.example/${n}`,
        }),
        {
          pageKey: `bench.example/${n}`,
          canonicalUrl: `https://bench.example/${n}`,
          contentHash: String(n),
          now,
        },
        [],
      );
      const article = { ...record, tags: synthetic.tags, pageNote: synthetic.pageNote };
      const own = synthetic.notes.map((note, index): AnnotationRecord => ({
        id: `${article.id}-${index}`,
        articleId: article.id,
        selectors: {
          quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: 0, end: 1 },
        },
        quote: 'x',
        colour: 'yellow',
        note,
        createdAt: now,
        updatedAt: now,
        orphaned: false,
      }));
      articles.push(article);
      bodies.push({ articleId: article.id, html: '', text: synthetic.text });
      annotations.push(...own);
      ids.push(article.id);
      documents.push(searchDocumentFor(article, bodies[bodies.length - 1], own));
    }
    annotationCount += annotations.length;
    await db.transaction('rw', [db.articles, db.bodies, db.annotations], async () => {
      await db.articles.bulkAdd(articles);
      await db.bodies.bulkAdd(bodies);
      await db.annotations.bulkAdd(annotations);
    });
  }
  return { ids, documents, words, annotationCount };
}

function queries(words: readonly string[]) {
  const random = seededRandom(99);
  const usable = words.filter((word) => {
    const folded = foldGerman(word);
    return folded.length >= 4 && !STOP_WORDS.has(folded);
  });
  const pick = (top: number) => usable[Math.floor(random() * Math.min(top, usable.length))]!;
  return {
    '1 word': Array.from({ length: QUERIES }, () => pick(3000)),
    '2 words': Array.from({ length: QUERIES }, () => `${pick(300)} ${pick(300)}`),
    prefix: Array.from({ length: QUERIES }, () => pick(5000).slice(0, 4 + Math.floor(random() * 3))),
  };
}

async function timeQueries(
  run: (query: string) => Promise<unknown> | unknown,
  sets: Record<string, string[]>,
) {
  const lines: string[] = [];
  for (const [name, list] of Object.entries(sets)) {
    const times: number[] = [];
    let hits = 0;
    for (const query of list) {
      const started = performance.now();
      const result = await run(query);
      times.push(performance.now() - started);
      hits += Array.isArray(result) ? result.length : 0;
    }
    lines.push(
      `  ${name.padEnd(8)} p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(Math.max(...times))} (mean hits ${(hits / list.length).toFixed(0)})`,
    );
  }
  return lines.join('\n');
}

async function main() {
  console.log(
    `bench-search: ${ARTICLES} articles, load average before ${loadavg()
      .map((v) => v.toFixed(2))
      .join(' ')}`,
  );
  const db = new RandnotizDb(`bench-search-${Date.now()}`, { indexedDB, IDBKeyRange });
  let started = performance.now();
  const library = await seed(db);
  const textChars = library.documents.reduce((sum, doc) => sum + doc.text.length, 0);
  console.log(
    `seeded in ${ms(performance.now() - started)}: ${mb(textChars)} of text, ${library.annotationCount} annotations`,
  );
  const sets = queries(library.words);

  // Build (a first open after an import): everything changed since the empty marks.
  const builder = new LibrarySearch(createSearchStore(db));
  started = performance.now();
  let stopWatch = watchTasks();
  await builder.sync();
  const indexed = performance.now() - started;
  await builder.idle();
  const built = performance.now() - started;
  const buildTasks = stopWatch();
  const rows = await db.searchIndex.toArray();
  const stored = rows.reduce((sum, row) => sum + row.key.length + sizeOf(row.piece), 0);
  const manifestRow = rows.find((row) => row.key === 'library');
  const docRows = rows.filter((row) => row.key.startsWith('d/'));
  const partRows = rows.filter((row) => row.key.startsWith('t/'));
  console.log(
    `build: searchable after ${ms(indexed)}, merged after ${ms(built)}; longest task ${ms(buildTasks.longest)}, tasks over 50 ms: ${buildTasks.over50}, longest GC pause ${ms(buildTasks.longestGc)}`,
  );
  console.log(
    `stored: ${mb(stored)} in ${rows.length} pieces (manifest ${mb(sizeOf(manifestRow?.piece))}, document table ${mb(docRows.reduce((s, r) => s + sizeOf(r.piece), 0))}, largest partition piece ${mb(Math.max(...partRows.map((r) => sizeOf(r.piece))))})`,
  );
  await builder.close();

  // A panel opening: a new instance over the stored pieces.
  const heapBefore = heap();
  const panel = new LibrarySearch(createSearchStore(db));
  started = performance.now();
  await panel.open();
  const opened = performance.now() - started;
  started = performance.now();
  await panel.search(sets['1 word'][0]!);
  const firstQuery = performance.now() - started;
  console.log(
    `open: ready after ${ms(opened)}; first query (cold partition) ${ms(firstQuery)}; heap after open +${mb(heap() - heapBefore)}`,
  );
  console.log(
    `queries through LibrarySearch.search (partition cache of 64):\n${await timeQueries((q) => panel.search(q), sets)}`,
  );
  console.log(`heap of the panel's index after ${QUERIES * 3} queries: +${mb(heap() - heapBefore)}`);

  // One article's update as the background's clip would cause it, then the sync that follows.
  const updates: number[] = [];
  stopWatch = watchTasks();
  for (let n = 0; n < 20; n += 1) {
    const id = library.ids[(n * 7919) % library.ids.length]!;
    await updateArticleUserFields(id, { pageNote: `Neue Notiz Nummer ${n} Quartiersarbeit` }, db);
    started = performance.now();
    await panel.sync();
    updates.push(performance.now() - started);
  }
  const updateTasks = stopWatch();
  started = performance.now();
  await panel.idle();
  console.log(
    `update of one article (sync after the write): p50 ${ms(percentile(updates, 50))}, p95 ${ms(percentile(updates, 95))}, max ${ms(Math.max(...updates))}; background merges after it ${ms(performance.now() - started)}; longest task ${ms(updateTasks.longest)} (GC pause ${ms(updateTasks.longestGc)})`,
  );
  const found = await panel.search('Quartiersarbeit');
  console.log(`  after 20 updates, "Quartiersarbeit" finds ${found?.length} articles`);
  await panel.close();

  if (process.env.MINISEARCH !== '0') {
    const options: Options<SearchDocument> = {
      idField: 'id',
      fields: [...SEARCH_FIELDS],
      storeFields: [],
      processTerm: (term: string) => {
        const folded = foldGerman(term);
        return folded === '' || STOP_WORDS.has(folded) ? null : folded;
      },
      searchOptions: {
        boost: { title: 4, authors: 3, tags: 2.5, pageNote: 2, highlightNotes: 2, text: 1 },
        combineWith: 'AND',
        prefix: (term: string) => term.length >= 3,
        fuzzy: (term: string) => (term.length >= 6 ? 0.15 : false),
        weights: { fuzzy: 0.3, prefix: 0.6 },
      },
    };
    const before = heap();
    started = performance.now();
    const mini = new MiniSearch<SearchDocument>(options);
    mini.addAll(library.documents);
    const miniBuild = performance.now() - started;
    started = performance.now();
    const json = JSON.stringify(mini);
    const stringify = performance.now() - started;
    const miniHeap = heap() - before;
    started = performance.now();
    const loaded = await MiniSearch.loadJSONAsync<SearchDocument>(json, options);
    const load = performance.now() - started;
    console.log(
      `MiniSearch 7.2 (previous engine, whole index in one row): build ${ms(miniBuild)} (one task), JSON ${(json.length / 1e6).toFixed(1)} M characters, stringify ${ms(stringify)}, loadJSONAsync ${ms(load)}, heap +${mb(miniHeap)}`,
    );
    console.log(await timeQueries((q) => loaded.search(q), sets));
  }
  console.log(
    `load average after ${loadavg()
      .map((v) => v.toFixed(2))
      .join(' ')}`,
  );
  await db.delete();
}

await main();
