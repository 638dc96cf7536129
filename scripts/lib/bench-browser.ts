import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { BenchPage } from './bench-pages';
import type { BrowserTimes as PageTimes, BrowserTool } from './bench-browser-entry';
import { speedSummary, type SpeedSummary } from './scoring-speed';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';

/**
 * `--browser`: times clone + Readability against our full pipeline inside headless Debian Chromium, on the
 * live DOM the browser built from each page's saved bytes (its own charset decoding; inline scripts run, as on
 * a real page, but every other request is refused so nothing leaves the machine). JavaScript stays enabled:
 * with it off, Chromium refuses to run DOMPurify's Trusted Types callback and the pipeline cannot sanitise.
 */
const ENTRY = fileURLToPath(new URL('./bench-browser-entry.ts', import.meta.url));

export interface BrowserTimes {
  ours: SpeedSummary;
  readability: SpeedSummary;
  /** Pages that could not be loaded or timed (left out of the times). */
  failures: number;
  /** Pages where our pipeline returned reason "error" or "timeout" in the browser (left out of the times). */
  pipelineErrors: number;
}

async function bundleExtractor(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error('esbuild produced no bundle');
  return code;
}

export async function timeInChromium(
  pages: readonly BenchPage[],
  onProgress?: (done: number, total: number) => void,
): Promise<BrowserTimes> {
  const bundle = await bundleExtractor();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
  const ours: number[] = [];
  const readability: number[] = [];
  let failures = 0;
  let pipelineErrors = 0;
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const tab = await context.newPage();
    let current: { page: BenchPage; address: string } | undefined;
    await context.route('**/*', async (route) => {
      const request = route.request();
      if (current && request.isNavigationRequest() && request.url() === current.address) {
        await route.fulfill({ status: 200, contentType: 'text/html', body: readFileSync(current.page.file) });
      } else await route.abort();
    });
    for (const [index, page] of pages.entries()) {
      const address = new URL(page.url);
      address.hash = '';
      current = { page, address: address.href };
      try {
        await tab.goto(page.url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
        await tab.evaluate(`(() => {${bundle}\n})()`);
        const order: BrowserTool[] = index % 2 === 0 ? ['ours', 'readability'] : ['readability', 'ours'];
        const times = await tab.evaluate(
          ([toolOrder, url]) =>
            (
              globalThis as unknown as {
                __randnotizBench: (o: BrowserTool[], u: string) => PageTimes;
              }
            ).__randnotizBench(toolOrder, url),
          [order, page.url] as const,
        );
        if (times.oursReason === 'error' || times.oursReason === 'timeout') {
          pipelineErrors++;
        } else {
          ours.push(times.ms.ours);
          readability.push(times.ms.readability);
        }
      } catch {
        failures++;
      }
      onProgress?.(index + 1, pages.length);
    }
  } finally {
    await browser.close();
  }
  return { ours: speedSummary(ours), readability: speedSummary(readability), failures, pipelineErrors };
}
