import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { EVERYWHERE, MARKERS, TAGS } from '../../../entrypoints/e2e-bridge/scale-words';
import { markerOf } from '../../../entrypoints/e2e-bridge/scale-corpus';
import { ExtensionHarness } from '../../../tests/e2e/support/extension-harness';
import { describeMachine, machineLine } from '../bench-machine';
import { clipTargets, clipWithPanelOpen } from './clip-measure';
import { exportToFile, importThroughPanel } from './import-measure';
import {
  actionTimes,
  emptyPanelLoad,
  indexBuild,
  panelHeap,
  panelLoad,
  queryTimes,
  readerOpen,
  searchReady,
  showMoreTimes,
  type KnownQuery,
} from './panel-measure';
import { openPanelPage, waitInPage, workerHeaps } from './panel-pages';
import { spread, type SizeResult } from './results';

export interface SizeOptions {
  size: number;
  runs: number;
  seed: number;
  batch: number;
  buildTimeoutMs: number;
  importLibrary: boolean;
  showMoreSteps: number;
  /** Only the steps whose name contains one of these (the library is still seeded and indexed); null: all. */
  only: readonly string[] | null;
}

const load = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;
const log = (size: number, text: string) => console.log(`[${size}] ${text} (load ${load()})`);

async function repeat<T>(runs: number, work: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let run = 0; run < runs; run += 1) out.push(await work());
  return out;
}

let selected: readonly string[] | null = null;

/**
 * Runs `work` (unless `--only` leaves it out); a failure is written down in the result and the remaining steps
 * still run.
 */
async function step(result: SizeResult, name: string, work: () => Promise<void>): Promise<void> {
  if (selected && !selected.some((part) => name.includes(part))) return;
  log(result.size, name);
  try {
    await work();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    result.errors.push(`${name}: ${message}`);
    console.error(`[${result.size}] ${name} failed:`, error);
  }
}

async function seedLibrary(harness: ExtensionHarness, options: SizeOptions): Promise<string[]> {
  const bridge = await harness.bridge();
  bridge.setDefaultTimeout(0);
  const ids: string[] = [];
  for (let from = 0; from < options.size; from += options.batch) {
    const count = Math.min(options.batch, options.size - from);
    ids.push(
      ...(await bridge.evaluate(
        ([seed, at, n]) => window.randnotizE2e.scaleSeed.seedScaleBatch(seed, at, n),
        [options.seed, from, count] as const,
      )),
    );
    if ((from / options.batch) % 8 === 0) log(options.size, `seeded ${from + count}`);
  }
  return ids;
}

/** The list's expected first rows for a sort and filter, from the repository (what the panel must show). */
async function expectedIds(harness: ExtensionHarness, sort: string, tag: string | undefined, limit: number) {
  const bridge = await harness.bridge();
  return bridge.evaluate(
    ([s, t, n]) =>
      window.randnotizE2e.benchScale.pageIds({
        filters: t ? { tag: t } : {},
        sort: s as 'clippedAt-desc',
        ranked: null,
        limit: n,
      }),
    [sort, tag, limit] as const,
  );
}

async function listActions(
  harness: ExtensionHarness,
  result: SizeResult,
  options: SizeOptions,
): Promise<void> {
  const page: Page = await openPanelPage(harness, '#/library');
  try {
    await waitInPage(page, () => window.scaleProbes!.rowIds().length > 0, null, 600_000);
    const sorts = ['published-desc', 'title-asc', 'clippedAt-desc'];
    const sortActions = await Promise.all(
      sorts.map(async (value) => ({
        selector: '#library-sort',
        value,
        expected: await expectedIds(harness, value, undefined, 10),
      })),
    );
    result.uiSortByDate = spread(await actionTimes(page, sortActions, Math.ceil(options.runs / 3) * 3));
    const tags = [TAGS[0]!, TAGS[1]!, ''];
    const tagActions = await Promise.all(
      tags.map(async (value) => ({
        selector: '#filter-tag',
        value,
        expected: await expectedIds(harness, 'clippedAt-desc', value || undefined, 10),
      })),
    );
    result.uiTagFilter = spread(await actionTimes(page, tagActions, Math.ceil(options.runs / 3) * 3));
    const order = await expectedIds(harness, 'clippedAt-desc', undefined, 50 * (options.showMoreSteps + 2));
    result.showMoreSteps = await showMoreTimes(page, order, options.showMoreSteps);
  } finally {
    await page.close();
  }
}

/** Everything for one library size in a fresh browser: references first (empty library), then the library. */
export async function runSize(options: SizeOptions): Promise<SizeResult> {
  const { size, runs } = options;
  selected = options.only;
  const result: SizeResult = {
    size,
    articles: 0,
    annotations: 0,
    date: new Date().toISOString().slice(0, 16).replace('T', ' '),
    loadStart: load(),
    loadEnd: Number.NaN,
    machine: machineLine(describeMachine()),
    seedMs: Number.NaN,
    reference: {},
    errors: [],
  };
  const harness = await ExtensionHarness.start(undefined, { uiLanguage: 'de-DE' });
  try {
    const bridge = await harness.bridge();
    bridge.setDefaultTimeout(0);
    const targets = await clipTargets(harness);
    await step(result, 'empty library: panel loads', async () => {
      result.reference.emptyFirstRow = spread(await repeat(runs, () => emptyPanelLoad(harness)));
    });
    await step(result, 'empty library: clips with the panel open', async () => {
      const clips = await clipWithPanelOpen(harness, targets);
      result.reference.emptyClip = spread(clips.stored);
      result.reference.emptyClipIndexUpdate = spread(clips.indexUpdate);
    });
    const seeded = Date.now();
    const ids = await seedLibrary(harness, options);
    const reader = await bridge.evaluate(
      (seed) => window.randnotizE2e.scaleSeed.seedReaderPair(seed, 200),
      options.seed,
    );
    result.seedMs = Date.now() - seeded;
    const counts = await bridge.evaluate(() => window.randnotizE2e.benchBackup.libraryCounts());
    result.articles = counts.articles;
    result.annotations = counts.annotations;
    const queries: KnownQuery[] = MARKERS.map((word) => ({
      word,
      ids: ids.filter((_, n) => markerOf(n) === word),
    })).filter((q) => q.ids.length > 0);

    const build = () => indexBuild(harness, EVERYWHERE, size, options.buildTimeoutMs);
    await step(result, 'first open after the bulk write: index build', async () => {
      result.indexBuild = await build();
    });
    // The later steps need the index even when its build is not among the steps measured.
    if (!result.indexBuild) await build();
    await step(result, 'panel loads', async () => {
      const loads = await repeat(runs, () => panelLoad(harness));
      result.panelFirstRow = spread(loads.map((l) => l.firstRow));
      result.panelFirstPaint = spread(loads.map((l) => l.firstPaint));
    });
    await step(result, 'search ready, panel heap, queries', async () => {
      const ready: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        const { ms, page } = await searchReady(
          harness,
          queries[run % queries.length]!,
          options.buildTimeoutMs,
        );
        ready.push(ms);
        if (run === runs - 1) {
          result.panelHeapBytes = await panelHeap(page);
          const workers = await workerHeaps(page);
          result.panelWorkers = workers.length;
          result.workerHeapBytes = workers.reduce((sum, bytes) => sum + bytes, 0);
          result.query = spread(await queryTimes(page, queries, runs * 2));
        }
        await page.close();
      }
      result.searchReady = spread(ready);
    });
    await step(result, 'list actions in the panel', () => listActions(harness, result, options));
    await step(result, 'repository reads', async () => {
      const data = await bridge.evaluate(([n, tag]) => window.randnotizE2e.benchScale.dataTimings(n, tag), [
        runs * 3,
        TAGS[0]!,
      ] as const);
      result.data = {
        page: spread(data.page),
        sortedByDate: spread(data.sortedByDate),
        tagFilter: spread(data.tagFilter),
        facets: spread(data.facets),
        plainFirst50: spread(data.plainFirst50),
        plainTag50: spread(data.plainTag50),
      };
    });
    await step(result, 'reader', async () => {
      result.readerMarked = spread(await repeat(runs, () => readerOpen(harness, reader.marked, 200)));
      result.readerPlain = spread(await repeat(runs, () => readerOpen(harness, reader.plain, 0)));
    });
    await step(result, 'clips with the panel open', async () => {
      const clips = await clipWithPanelOpen(harness, targets);
      result.clip = spread(clips.stored);
      result.clipIndexUpdate = spread(clips.indexUpdate);
      result.reference.bareClip = spread(clips.bare);
      result.clipOutcomes = clips.outcomes;
    });
    await step(result, 'stored index size', async () => {
      const sizes = await bridge.evaluate(() => window.randnotizE2e.benchScale.searchStoreSizes());
      result.index = {
        size: sizes.stores.reduce((sum, s) => sum + s.size, 0),
        rows: sizes.stores.reduce((sum, s) => sum + s.rows, 0),
        stores: sizes.stores.map((s) => s.store),
        usageBytes: sizes.usage,
      };
    });
    if (options.importLibrary) {
      await step(result, 'export, then import through the panel', async () => {
        const file = await exportToFile(harness, size);
        result.importPanel = await importThroughPanel(harness, file);
      });
    }
  } finally {
    result.loadEnd = load();
    await harness.close();
  }
  return result;
}
