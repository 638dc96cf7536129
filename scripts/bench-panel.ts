/**
 * `npm run bench:panel`: how long the side panel takes to show the library with 1,000 stored articles, in Debian's
 * Chromium with the e2e build (built first unless RANDNOTIZ_E2E_PREBUILT=1). Measured from navigation start to the
 * frame after the first list entry is in the DOM, over several fresh page loads; the reference is the same
 * measurement with an empty library in the same browser. Writes the figures into docs/benchmarks.md between the
 * bench:panel markers and touches nothing else there.
 */
import type { Page } from 'playwright-core';
import type { SeedEntry } from '../entrypoints/e2e-bridge/seed-library';
import buildExtension from '../tests/e2e/support/build-extension';
import { ExtensionHarness } from '../tests/e2e/support/extension-harness';
import { sampleArticle } from '../tests/fixtures/db/test-database';
import { BENCHMARKS_FILE, writeReportSection } from './lib/report-section';

const ARTICLES = 1000;
const RUNS = 9;
const TOPICS = [
  'Digitalisierung',
  'Datenschutz',
  'Onlineberatung',
  'Teilhabe',
  'Pflege',
  'Jugendhilfe',
  'KI',
];

function entry(n: number): SeedEntry {
  const topic = TOPICS[n % TOPICS.length] ?? 'Soziale Arbeit';
  const text = Array.from(
    { length: 40 },
    (_, p) =>
      `Absatz ${p}: ${topic} in der Sozialen Arbeit verändert Beratung, Fachkräfte und Träger (${n}).`,
  ).join('\n\n');
  return {
    article: sampleArticle({
      title: `${topic} im Alltag – Beitrag ${n}`,
      text,
      canonicalUrl: `https://bench.example/${n}`,
      published: `20${String(10 + (n % 15))}-0${1 + (n % 9)}-1${n % 10}`,
    }),
    pageUrl: `https://bench.example/${n}`,
    tags: [topic],
  };
}

async function firstPaint(harness: ExtensionHarness, selector: string): Promise<number> {
  const page: Page = await harness.openExtensionPage('/e2e-bridge.html');
  await page.goto(harness.extensionUrl('/sidepanel.html#/library'), { waitUntil: 'commit' });
  await page.waitForSelector(selector);
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))),
      ),
  );
  await page.close();
  return ms;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

async function main(): Promise<void> {
  buildExtension();
  const harness = await ExtensionHarness.start();
  try {
    const empty: number[] = [];
    for (let run = 0; run < RUNS; run += 1) empty.push(await firstPaint(harness, '.library__empty'));
    const bridge = await harness.bridge();
    for (let from = 0; from < ARTICLES; from += 100) {
      const batch = Array.from({ length: 100 }, (_, i) => entry(from + i));
      await bridge.evaluate((seed) => window.randnotizE2e.seedLibrary(seed), batch);
    }
    // One warm-up load builds and stores the search index, as the first open after an update would.
    await firstPaint(harness, '.article-item');
    await new Promise((resolve) => setTimeout(resolve, 8000));
    const full: number[] = [];
    for (let run = 0; run < RUNS; run += 1) full.push(await firstPaint(harness, '.article-item'));
    const [p50, p95, e50] = [percentile(full, 50), percentile(full, 95), percentile(empty, 50)];
    const report = [
      `### Side panel: first render of the library (\`npm run bench:panel\`, ${new Date().toISOString().slice(0, 10)})`,
      '',
      `${ARTICLES} stored articles, ${RUNS} page loads each, headless Debian Chromium, navigation start → frame after the first list entry.`,
      '',
      '| library | p50 | p95 |',
      '| --- | --- | --- |',
      `| empty (reference) | ${e50.toFixed(0)} ms | ${percentile(empty, 95).toFixed(0)} ms |`,
      `| ${ARTICLES} articles | ${p50.toFixed(0)} ms | ${p95.toFixed(0)} ms |`,
      '',
      `Ratio to the empty library: ${(p50 / e50).toFixed(2)}× (p50). The list renders 50 rows and pages on; the search index loads after the first paint.`,
    ].join('\n');
    writeReportSection(BENCHMARKS_FILE, 'panel', report);
    console.log(report);
  } finally {
    await harness.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
