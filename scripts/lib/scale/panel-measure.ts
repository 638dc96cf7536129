import type { Page } from 'playwright-core';
import type { ExtensionHarness } from '../../../tests/e2e/support/extension-harness';
import type { IndexBuild } from './results';
import { heapUsed, openPanelPage, sampleHeap, waitInPage } from './panel-pages';

/** A search with a known set of hits: `ids` must come first, whatever else the engine adds after them. */
export interface KnownQuery {
  word: string;
  ids: string[];
}

const MINUTE = 60_000;

/** Fresh panel load: navigation start → frame after the first row; plus the browser's first contentful paint. */
export async function panelLoad(
  harness: ExtensionHarness,
): Promise<{ firstRow: number; firstPaint: number }> {
  const page = await openPanelPage(harness, '#/library');
  try {
    const firstRow = await waitInPage(page, () => window.scaleProbes!.rowIds().length > 0, null, 5 * MINUTE);
    const firstPaint = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    );
    return { firstRow, firstPaint };
  } finally {
    await page.close();
  }
}

/** The reference: a fresh load of the empty library, until its empty-state text is drawn. */
export async function emptyPanelLoad(harness: ExtensionHarness): Promise<number> {
  const page = await openPanelPage(harness, '#/library');
  try {
    return await waitInPage(
      page,
      () => window.scaleProbes!.summaryNumber() === 0 || document.querySelector('.library__empty') !== null,
      null,
      MINUTE,
    );
  } finally {
    await page.close();
  }
}

/** Waits for the search field, then asks `query` at once; resolves when its known hits lead the list. */
async function askAtOnce(page: Page, query: KnownQuery, timeoutMs: number): Promise<number> {
  await waitInPage(
    page,
    () => document.querySelector('#library-search, [role="search"] input, input[type="search"]') !== null,
    null,
    timeoutMs,
  );
  await page.evaluate((word) => window.scaleProbes!.typeSearch(word), query.word);
  return waitInPage(page, (q) => window.scaleProbes!.rowsWithin(q.ids, q.ids.length), query, timeoutMs);
}

/**
 * First open after a bulk write (no index yet): a search for a word every article holds, asked as soon as the
 * field exists, until it finds all `total` articles. Long tasks of the panel's main thread and its heap are
 * recorded meanwhile.
 */
export async function indexBuild(
  harness: ExtensionHarness,
  word: string,
  total: number,
  timeoutMs: number,
): Promise<IndexBuild> {
  const page = await openPanelPage(harness, '#/library');
  const heap = await sampleHeap(page, 500);
  let finished = true;
  let ms = Number.NaN;
  try {
    await waitInPage(
      page,
      () => document.querySelector('#library-search, input[type="search"]') !== null,
      null,
      timeoutMs,
    );
    await page.evaluate((w) => window.scaleProbes!.typeSearch(w), word);
    ms = await waitInPage(page, (n) => window.scaleProbes!.summaryNumber() === n, total, timeoutMs);
  } catch {
    finished = false;
    ms = await page.evaluate(() => performance.now());
  }
  const heapPeakBytes = await heap.stop();
  const found = await page.evaluate(() => window.scaleProbes!.summaryNumber());
  const tasks = await page.evaluate(() => window.scaleProbes!.longTasks);
  await page.close();
  return {
    finished,
    ms,
    found,
    longestTaskMs: tasks.reduce((max, task) => Math.max(max, task.duration), 0),
    tasksOver50: tasks.filter((task) => task.duration > 50).length,
    longTaskTotalMs: tasks.reduce((sum, task) => sum + task.duration, 0),
    heapPeakBytes,
  };
}

/** Fresh panel load until a search asked at once shows its hits; leaves the page open for more queries. */
export async function searchReady(
  harness: ExtensionHarness,
  query: KnownQuery,
  timeoutMs: number,
): Promise<{ ms: number; page: Page }> {
  const page = await openPanelPage(harness, '#/library');
  try {
    return { ms: await askAtOnce(page, query, timeoutMs), page };
  } catch (error) {
    await page.close();
    throw error;
  }
}

/** Panel JS heap after a full GC (the isolate the extension's pages share). */
export async function panelHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    return await heapUsed(cdp);
  } finally {
    await cdp.detach();
  }
}

/** Query typed (input event) → its known hits lead the list; queries alternate so each one changes the list. */
export async function queryTimes(
  page: Page,
  queries: readonly KnownQuery[],
  runs: number,
): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const query = queries[run % queries.length]!;
    const started = await page.evaluate((word) => window.scaleProbes!.typeSearch(word), query.word);
    const shown = await waitInPage(
      page,
      (q) => window.scaleProbes!.rowsWithin(q.ids, q.ids.length),
      query,
      MINUTE,
    );
    times.push(shown - started);
  }
  return times;
}

/** UI action → the list starts with `expected` (ids in order), for each of `actions` in turn. */
export async function actionTimes(
  page: Page,
  actions: readonly { selector: string; value: string; expected: string[] }[],
  runs: number,
): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const action = actions[run % actions.length]!;
    const started = await page.evaluate(
      ([selector, value]) => window.scaleProbes!.chooseOption(selector, value),
      [action.selector, action.value] as const,
    );
    const shown = await waitInPage(
      page,
      (ids) => window.scaleProbes!.rowsStartWith(ids, 10),
      action.expected.slice(0, 10),
      MINUTE,
    );
    times.push(shown - started);
  }
  return times;
}

/**
 * How many rows the list has loaded: the count minus what the "show more" button says is left (a virtualised list
 * draws only some of them); without those numbers, the rows in the DOM.
 */
function loadedRows(): number {
  const probes = window.scaleProbes!;
  const button = document.querySelector('.article-list__more button');
  const total = probes.summaryNumber();
  const left = Number((button?.textContent ?? '').replace(/[^\d]/g, ''));
  return button && total !== null && left > 0 ? total - left : probes.rowIds().length;
}

/**
 * "Show more" clicked up to `steps` times on a list in the order `expected`: each step lasts until the first row
 * the list had not loaded before the click is drawn (the list focuses it), so any page size is measured right.
 */
export async function showMoreTimes(
  page: Page,
  expected: readonly string[],
  steps: number,
): Promise<number[]> {
  const times: number[] = [];
  for (let step = 0; step < steps; step += 1) {
    // Between steps the button is disabled while a page loads.
    await waitInPage(
      page,
      () => !(document.querySelector('.article-list__more button') as HTMLButtonElement | null)?.disabled,
      null,
      MINUTE,
    );
    const next = expected[(await page.evaluate(`(${loadedRows.toString()})()`)) as number];
    if (next === undefined) break;
    const started = await page.evaluate(() => window.scaleProbes!.click('.article-list__more button'));
    if (started === null) break;
    const shown = await waitInPage(page, (id) => window.scaleProbes!.rowIds().includes(id), next, MINUTE);
    times.push(shown - started);
  }
  return times;
}

/** Fresh reader load of `articleId` until its title, its text and `marks` highlight marks are drawn. */
export async function readerOpen(
  harness: ExtensionHarness,
  articleId: string,
  marks: number,
): Promise<number> {
  const page = await openPanelPage(harness, `#/article/${articleId}`);
  try {
    return await waitInPage(
      page,
      (wanted) =>
        (document.querySelector('h1')?.textContent ?? '').includes('Lesetest') &&
        (document.body.textContent ?? '').length > 50_000 &&
        document.querySelectorAll('mark').length >= wanted,
      marks,
      5 * MINUTE,
    );
  } finally {
    await page.close();
  }
}
