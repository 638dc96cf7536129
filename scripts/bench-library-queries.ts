/**
 * `npx tsx scripts/bench-library-queries.ts`: the library list's queries at 10,000 articles (27,000 highlights,
 * 20 lists) in Node with fake-indexeddb — a quick before/after check of the query plans, not the Chromium figure
 * (`npm run bench:scale` measures that). Rows: first page of 50, sorted by publication date, facets, a tag
 * filter, and one "show more" step early (rows 500–550) and late (rows 2,000–2,050) in a date-sorted list.
 * BENCH_LIBRARY_ARTICLES overrides the article count; BENCH_LIBRARY_RUNS the runs per row; BENCH_LIBRARY_ONLY
 * (a regular expression) picks rows by name.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { newArticleRecord } from '../utils/db/article-record';
import { loadLibraryFacets } from '../utils/db/library-facets';
import {
  loadLibraryPage,
  loadLibraryRows,
  type LibraryPageRequest,
  type PageCursor,
} from '../utils/db/library-page';
import type { AnnotationRecord, ArticleRecord, ReadingStatus } from '../utils/db/records';
import { RandnotizDb } from '../utils/db/schema';
import { SAMPLE_ARTICLE } from '../tests/support/sample-article';
import { percentile } from './lib/scoring-speed';

const ARTICLES = Number(process.env.BENCH_LIBRARY_ARTICLES ?? 10_000);
const RUNS = Number(process.env.BENCH_LIBRARY_RUNS ?? 30);
const HIGHLIGHTS = Math.round(ARTICLES * 2.7);
const LISTS = 20;
const TAGS = Array.from({ length: 60 }, (_, n) => `Thema ${n + 1}`);
const SITES = Array.from({ length: 300 }, (_, n) => `Website ${n + 1}`);
const STATUSES: ReadingStatus[] = ['unread', 'reading', 'read'];
const DAY = 86_400_000;

function article(n: number): ArticleRecord {
  const undated = n % 7 === 0;
  const year = 2005 + (n % 20);
  const published = undated
    ? null
    : `${year}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
  const record = newArticleRecord(
    {
      ...SAMPLE_ARTICLE,
      title: `${['Digitalisierung', 'Ärger', 'Zukunft', 'Teilhabe', 'Onlineberatung'][n % 5]} – Beitrag ${n}`,
      published,
      siteName: SITES[(n * 7) % SITES.length] ?? null,
      canonicalUrl: `https://bench.example/${n}`,
    },
    {
      pageKey: `https://bench.example/${n}`,
      canonicalUrl: `https://bench.example/${n}`,
      contentHash: 'x',
      now: 0,
    },
    [],
  );
  return {
    ...record,
    clippedAt: Date.UTC(2024, 0, 1) + n * 3_600_000,
    updatedAt: Date.UTC(2024, 0, 1) + n * 3_600_000,
    status: STATUSES[n % 3]!,
    tags: [TAGS[n % TAGS.length]!, TAGS[(n * 13) % TAGS.length]!].filter(
      (tag, i, all) => all.indexOf(tag) === i,
    ),
  };
}

function annotation(n: number, articleId: string): AnnotationRecord {
  return {
    id: `a-${n}`,
    articleId,
    selectors: { quote: { exact: 'Auf', prefix: '', suffix: ' geht' }, position: { start: 0, end: 3 } },
    quote: 'Auf',
    colour: 'yellow',
    note: '',
    createdAt: n,
    updatedAt: n,
    orphaned: false,
  } as AnnotationRecord;
}

async function seed(db: RandnotizDb): Promise<void> {
  const rows = Array.from({ length: ARTICLES }, (_, n) => article(n));
  await db.transaction('rw', [db.articles, db.annotations, db.readingLists, db.listEntries], async () => {
    await db.articles.bulkAdd(rows);
    await db.annotations.bulkAdd(
      Array.from({ length: HIGHLIGHTS }, (_, n) => annotation(n, rows[(n * 31) % rows.length]!.id)),
    );
    for (let list = 0; list < LISTS; list += 1) {
      const id = `list-${list}`;
      await db.readingLists.add({ id, name: `Liste ${list}`, description: '', createdAt: 0, updatedAt: 0 });
      await db.listEntries.bulkAdd(
        Array.from({ length: 25 }, (_, n) => ({
          listId: id,
          articleId: rows[(list * 97 + n * 11) % rows.length]!.id,
          position: n,
          addedAt: n * DAY,
        })),
      );
    }
  });
}

async function time(run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

const base: LibraryPageRequest = { filters: {}, sort: 'clippedAt-desc', ranked: null, limit: 50 };

/**
 * One "show more" step when `shown` rows are on screen (rows `shown`…`shown + 50` of a date-sorted list), as the
 * panel takes it: one page of rows after the previous page's cursor; the count of matches is not re-read.
 * (Before keyset pagination the panel re-read the whole list with `limit: shown + 50`.)
 */
async function showMoreStep(db: RandnotizDb, shown: number): Promise<() => Promise<unknown>> {
  const request: LibraryPageRequest = { ...base, sort: 'published-desc' };
  let after: PageCursor | null = null;
  for (let read = 0; read < shown; read += 50)
    after = (await loadLibraryRows({ ...request, after }, db)).next;
  return () => loadLibraryRows({ ...request, after }, db);
}

async function main(): Promise<void> {
  const db = new RandnotizDb(`bench-${Date.now()}`, { indexedDB, IDBKeyRange });
  const seeding = performance.now();
  await seed(db);
  console.log(
    `seeded ${ARTICLES} articles, ${HIGHLIGHTS} highlights in ${Math.round(performance.now() - seeding)} ms`,
  );
  const rows: [string, () => Promise<unknown>][] = [
    // The floor fake-indexeddb sets on this machine right now: figures below are best read against it.
    [
      'reference: plain indexed 50 rows',
      () => db.articles.orderBy('clippedAt').reverse().limit(50).toArray(),
    ],
    ['page of 50 (newest first)', () => loadLibraryPage(base, db)],
    ['  its rows only (what a step reads)', () => loadLibraryRows(base, db)],
    ['sorted by date (published-desc)', () => loadLibraryPage({ ...base, sort: 'published-desc' }, db)],
    ['sorted by title', () => loadLibraryPage({ ...base, sort: 'title-asc' }, db)],
    ['facets', () => loadLibraryFacets(db)],
    ['tag filter', () => loadLibraryPage({ ...base, filters: { tag: TAGS[5] } }, db)],
    [
      'status + date sort',
      () => loadLibraryPage({ ...base, filters: { status: 'read' }, sort: 'published-asc' }, db),
    ],
    ['show more at 500 rows', await showMoreStep(db, 500)],
    ['show more at 2000 rows', await showMoreStep(db, 2000)],
  ];
  console.log(
    `load average before: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  const only = process.env.BENCH_LIBRARY_ONLY ? new RegExp(process.env.BENCH_LIBRARY_ONLY) : null;
  for (const [name, run] of rows) {
    if (only && !only.test(name)) continue;
    const { p50, p95 } = await time(run);
    console.log(
      `${name.padEnd(34)} p50 ${p50.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms`,
    );
  }
  console.log(
    `load average after: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  await db.delete();
}

await main();
