/**
 * `npm run bench:backup`: the JSON backup round trip at 10,000 articles with 5 annotations each, in Debian's
 * Chromium with the e2e build (built first unless RANDNOTIZ_E2E_PREBUILT=1). Export and import run inside an
 * extension page through the same functions the side panel calls; JS heap is sampled over CDP while they run.
 * Measures export (bundle load + JSON), import into an empty library, and import again into the full library
 * (merge: must add nothing), against a reference measured in the same run: the same rows written with plain
 * bulkAdd in one strict transaction. Writes its section of docs/benchmarks.md between the bench:backup markers.
 * BENCH_BACKUP_ARTICLES overrides the article count for a quick trial run (the report says which count ran).
 */
import type { CDPSession, Page } from 'playwright-core';
import type { LibraryCounts } from '../entrypoints/e2e-bridge/bench-backup';
import type { SeedEntry } from '../entrypoints/e2e-bridge/seed-library';
import type { HighlightColour } from '../utils/db';
import buildExtension from '../tests/e2e/support/build-extension';
import { ExtensionHarness } from '../tests/e2e/support/extension-harness';
import { sampleArticle } from '../tests/fixtures/db/test-database';
import { describeMachine, machineLine } from './lib/bench-machine';
import { BENCHMARKS_FILE, writeReportSection } from './lib/report-section';
import { percentile } from './lib/scoring-speed';

const ARTICLES = Number(process.env.BENCH_BACKUP_ARTICLES ?? 10_000);
const ANNOTATIONS = 5;
const BATCH = 200;
const RUNS = 3;
const GOAL_EXPORT_MS = 5_000;
const GOAL_IMPORT_MS = 15_000;
const COLOURS: HighlightColour[] = ['yellow', 'green', 'blue', 'pink', 'orange'];
const TOPICS = ['Digitalisierung', 'Datenschutz', 'Onlineberatung', 'Teilhabe', 'Pflege', 'Jugendhilfe'];
const SENTENCES = [
  'Fachkräfte der Sozialen Arbeit beraten zunehmend über Messenger, Videotelefonie und Onlineplattformen.',
  'Träger stehen vor der Frage, wie sie Datenschutz nach DSGVO und fachliche Standards zugleich sichern.',
  'Die Studie befragte 412 Beschäftigte aus Jugendhilfe, Eingliederungshilfe und Wohnungslosenhilfe.',
  'Digitale Teilhabe setzt Geräte, Netzzugang und Kompetenzen voraus, die vielen Adressat:innen fehlen.',
  'Dokumentationssoftware verändert, was erfasst wird, und damit auch, was in der Fallarbeit sichtbar bleibt.',
  'Algorithmische Risikoeinschätzungen im Kinderschutz werden in der Fachdebatte kontrovers diskutiert.',
  'Weiterbildung zu Medienkompetenz fehlt in vielen Curricula der Hochschulen für Soziale Arbeit noch.',
  'Ehrenamtliche Digitalbotschafter:innen unterstützen ältere Menschen beim Umgang mit dem Smartphone.',
];

/** A body of about 5–8 KB: 8–13 paragraphs of varied sentences, as a long blog post or report would have. */
function bodyText(n: number): string {
  const paragraphs = 8 + (n % 6);
  return Array.from(
    { length: paragraphs },
    (_, p) =>
      Array.from({ length: 5 }, (_, s) => SENTENCES[(n + p * 3 + s) % SENTENCES.length]).join(' ') +
      ` (Abschnitt ${p + 1}, Beitrag ${n})`,
  ).join('\n\n');
}

function entry(n: number): SeedEntry {
  const topic = TOPICS[n % TOPICS.length] ?? 'Soziale Arbeit';
  const text = bodyText(n);
  const url = `https://bench.example/${topic.toLowerCase()}/${n}`;
  const step = Math.floor(text.length / ANNOTATIONS);
  return {
    article: sampleArticle({
      title: `${topic} im Alltag – Beitrag ${n}`,
      text,
      canonicalUrl: url,
      published: `20${String(10 + (n % 15))}-0${1 + (n % 9)}-1${n % 10}`,
    }),
    pageUrl: url,
    tags: [topic, n % 2 ? 'Seminar' : 'Bericht'],
    status: n % 3 ? 'read' : 'unread',
    pageNote: n % 4 ? `Notiz zu Beitrag ${n}: für die Hausarbeit verwenden.` : undefined,
    highlights: Array.from({ length: ANNOTATIONS }, (_, h) => ({
      start: h * step + 10,
      end: h * step + 90,
      colour: COLOURS[h % COLOURS.length] ?? 'yellow',
      ...(h % 2 ? { note: `Anmerkung ${h} zu Beitrag ${n}` } : {}),
    })),
  };
}

/** Runs `work` while polling the page's JS heap over CDP; returns its result, the GC'd baseline and the peak. */
async function withHeap<T>(
  cdp: CDPSession,
  work: () => Promise<T>,
): Promise<{ result: T; base: number; peak: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const base = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  let peak = base;
  let running = true;
  const poll = (async () => {
    while (running) {
      peak = Math.max(peak, (await cdp.send('Runtime.getHeapUsage')).usedSize);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  try {
    const result = await work();
    return { result, base, peak };
  } finally {
    running = false;
    await poll;
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

function assertCounts(actual: LibraryCounts, expected: LibraryCounts, step: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${step}: library has ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  }
}

interface RunFigures {
  exportMs: number;
  loadMs: number;
  bytes: number;
  exportPeak: number;
  emptyMs: number;
  emptyParseMs: number;
  emptyWriteMs: number;
  emptyPeak: number;
  mergeMs: number;
  mergePeak: number;
  base: number;
  bulkMs: number;
  bulkPeak: number;
}

async function oneRun(page: Page, cdp: CDPSession, seeded: LibraryCounts): Promise<RunFigures> {
  await page.evaluate(() => window.randnotizE2e.benchBackup.forgetExport());
  const exported = await withHeap(cdp, () =>
    page.evaluate(() => window.randnotizE2e.benchBackup.exportBackupTimed()),
  );
  await page.evaluate(() => window.randnotizE2e.benchBackup.clearLibrary());
  const empty = await withHeap(cdp, () =>
    page.evaluate(() => window.randnotizE2e.benchBackup.importBackupTimed()),
  );
  assertCounts(
    await page.evaluate(() => window.randnotizE2e.benchBackup.libraryCounts()),
    seeded,
    'import into empty',
  );
  const merged = await withHeap(cdp, () =>
    page.evaluate(() => window.randnotizE2e.benchBackup.importBackupTimed()),
  );
  assertCounts(
    await page.evaluate(() => window.randnotizE2e.benchBackup.libraryCounts()),
    seeded,
    'merge import',
  );
  await page.evaluate(() => window.randnotizE2e.benchBackup.clearLibrary());
  const bulk = await withHeap(cdp, () =>
    page.evaluate(() => window.randnotizE2e.benchBackup.bulkWriteTimed()),
  );
  assertCounts(
    await page.evaluate(() => window.randnotizE2e.benchBackup.libraryCounts()),
    seeded,
    'bulk write',
  );
  const { summary } = merged.result;
  if (summary.articlesAdded + summary.annotationsAdded + summary.listEntriesAdded > 0) {
    throw new Error(`merge import added rows: ${JSON.stringify(summary)}`);
  }
  return {
    exportMs: exported.result.loadMs + exported.result.serialiseMs,
    loadMs: exported.result.loadMs,
    bytes: exported.result.bytes,
    exportPeak: exported.peak,
    emptyMs: empty.result.parseMs + empty.result.writeMs,
    emptyParseMs: empty.result.parseMs,
    emptyWriteMs: empty.result.writeMs,
    emptyPeak: empty.peak,
    mergeMs: merged.result.parseMs + merged.result.writeMs,
    mergePeak: merged.peak,
    base: exported.base,
    bulkMs: bulk.result,
    bulkPeak: bulk.peak,
  };
}

function report(runs: RunFigures[], seeded: LibraryCounts, seedMs: number): string {
  const p = (key: keyof RunFigures) =>
    percentile(
      runs.map((run) => run[key]),
      50,
    );
  const verdict = (ms: number, goal: number) =>
    ms < goal ? `✅ under ${seconds(goal)}` : `❌ over ${seconds(goal)}`;
  return [
    `### JSON backup round trip (\`npm run bench:backup\`, ${new Date().toISOString().slice(0, 10)})`,
    '',
    `${seeded.articles.toLocaleString('en')} articles (bodies 5–8 KB of text plus HTML), ${seeded.annotations.toLocaleString('en')} annotations, headless Debian Chromium with the e2e build, ${runs.length} runs, p50. Machine: ${machineLine(describeMachine())}.`,
    '',
    '| step | p50 | goal | JS heap peak (p50) |',
    '| --- | --- | --- | --- |',
    `| export (bundle load ${seconds(p('loadMs'))} + JSON) | ${seconds(p('exportMs'))} | ${verdict(p('exportMs'), GOAL_EXPORT_MS)} | ${mib(p('exportPeak'))} |`,
    `| import into an empty library (parse + validate ${seconds(p('emptyParseMs'))} + write) | ${seconds(p('emptyMs'))} | ${verdict(p('emptyMs'), GOAL_IMPORT_MS)} | ${mib(p('emptyPeak'))} |`,
    `| import again into the full library (merge) | ${seconds(p('mergeMs'))} | ${verdict(p('mergeMs'), GOAL_IMPORT_MS)} | ${mib(p('mergePeak'))} |`,
    `| reference: the same rows bulk-written into an empty library (no merging) | ${seconds(p('bulkMs'))} | | ${mib(p('bulkPeak'))} |`,
    '',
    `Import into an empty library takes ${(p('emptyMs') / p('bulkMs')).toFixed(2)}× the plain bulk write of the same rows (its write step alone ${(p('emptyWriteMs') / p('bulkMs')).toFixed(2)}×; the reference parses the file too, outside its timing). The reference writes with \`bulkAdd\` in one strict-durability transaction in the same page and run, after the imports.`,
    `Backup file: ${mib(p('bytes'))} (${p('bytes').toLocaleString('en')} bytes). JS heap after GC before the export: ${mib(p('base'))}.`,
    `After each import the library held exactly the seeded rows (${JSON.stringify(seeded)}); the merge added no article, annotation or list entry.`,
    `Heap is sampled every 50 ms over CDP (\`Runtime.getHeapUsage\`), so a peak inside one synchronous step can be missed. Seeding through the repository functions took ${seconds(seedMs)} and is not part of the figures.`,
  ].join('\n');
}

async function main(): Promise<void> {
  buildExtension();
  const harness = await ExtensionHarness.start();
  try {
    const page = await harness.bridge();
    page.setDefaultTimeout(0);
    const cdp = await harness.context.newCDPSession(page);
    await page.evaluate(() => window.randnotizE2e.benchBackup.clearLibrary());
    const seedStart = Date.now();
    for (let from = 0; from < ARTICLES; from += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, ARTICLES - from) }, (_, i) => entry(from + i));
      await page.evaluate((seed) => window.randnotizE2e.seedLibrary(seed), batch);
      if ((from / BATCH) % 10 === 0) console.log(`seeded ${from + batch.length} articles`);
    }
    const seedMs = Date.now() - seedStart;
    const seeded = await page.evaluate(() => window.randnotizE2e.benchBackup.libraryCounts());
    if (seeded.articles !== ARTICLES || seeded.annotations !== ARTICLES * ANNOTATIONS) {
      throw new Error(`seeding produced ${JSON.stringify(seeded)}`);
    }
    const runs: RunFigures[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      runs.push(await oneRun(page, cdp, seeded));
      console.log(`run ${run + 1}:`, JSON.stringify(runs.at(-1)));
    }
    const body = report(runs, seeded, seedMs);
    writeReportSection(BENCHMARKS_FILE, 'backup', body);
    console.log(body);
  } finally {
    await harness.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
