/**
 * Extraction benchmark: our pipeline against bare Readability 0.6.0 on the same pages in the same run, over
 * ../shared/fixtures and ../shared/corpora, scored the way the upstream benchmarks score.
 *
 *   npm run bench:extract                         full run, writes docs/benchmarks.md
 *   npm run bench:extract -- --corpus htmldate-eval --limit 20 --no-write
 *   npm run bench:extract -- --half check          only the check half (judge a rule without looking)
 *
 * Options: --corpus NAME (repeatable: fixtures, trafilatura-eval, htmldate-eval, scrapinghub-aeb),
 * --limit N (first N pages per corpus), --half tune|check (one generalisation half), --jobs N (worker processes), --browser (also time both tools inside
 * headless Chromium), --no-write / --write (partial runs, i.e. with --corpus or --limit, only write when
 * --write is given). A written run also stores its per-page answers in docs/bench-extract-baseline.jsonl, which
 * the next run compares against ("which rules moved which half").
 */
import { ALL_CORPORA, FIXTURES, listBenchPages, type BenchPage, type CorpusName } from './lib/bench-pages';
import { fixtureFieldTally, headlineFiguresByHalf, perHalf } from './lib/bench-headline';
import { baselineEntry, pageKey, readBaseline, writeBaseline } from './lib/bench-baseline';
import { datePrecisionTally } from './lib/bench-date-precision';
import { compareWithBaseline } from './lib/bench-moves';
import { BENCH_HALVES, type BenchHalf } from './lib/bench-split';
import type { PageRun } from './lib/bench-worker';
import { timeInChromium } from './lib/bench-browser';
import { describeMachine, machineLine } from './lib/bench-machine';
import { defaultWorkerCount, jobsForPages, runJobs } from './lib/bench-pool';
import { renderReport } from './lib/bench-report';
import { scoreByCorpusAndLanguage, scoreTool, speedOver } from './lib/bench-score';
import { TOOLS } from './lib/bench-tools';
import { BENCHMARKS_FILE, writeReportSection } from './lib/report-section';

const WARMUP_PAGES = 3;
const USAGE =
  'usage: bench:extract [--corpus NAME]... [--limit N] [--half tune|check] [--jobs N] [--browser] [--no-write | --write]\n' +
  `  corpora: ${ALL_CORPORA.join(', ')}`;

interface Options {
  corpora?: CorpusName[];
  limit?: number;
  half?: BenchHalf;
  jobs: number;
  browser: boolean;
  write: boolean | undefined;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { jobs: defaultWorkerCount(), browser: false, write: undefined };
  const value = (i: number, flag: string) => {
    const next = argv[i + 1];
    if (next === undefined) throw new Error(`${flag} needs a value`);
    return next;
  };
  const positive = (text: string, flag: string) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`${flag} needs a positive whole number, not "${text}"`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--corpus') {
      const names = value(i++, arg).split(',');
      for (const name of names) {
        if (!ALL_CORPORA.includes(name as CorpusName)) throw new Error(`unknown corpus "${name}"`);
      }
      options.corpora = [...(options.corpora ?? []), ...(names as CorpusName[])];
    } else if (arg === '--limit') options.limit = positive(value(i++, arg), arg);
    else if (arg === '--half') {
      const half = value(i++, arg);
      if (!BENCH_HALVES.includes(half as BenchHalf))
        throw new Error(`--half is tune or check, not "${half}"`);
      options.half = half as BenchHalf;
    } else if (arg === '--jobs') options.jobs = positive(value(i++, arg), arg);
    else if (arg === '--browser') options.browser = true;
    else if (arg === '--no-write') options.write = false;
    else if (arg === '--write') options.write = true;
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

function uniquePages(pages: readonly BenchPage[]): BenchPage[] {
  const seen = new Set<string>();
  return pages.filter((page) => !seen.has(page.extractionKey) && (seen.add(page.extractionKey), true));
}

function progress(done: number, total: number, where = 'node'): void {
  const tty = process.stderr.isTTY;
  if (!tty && done % 50 !== 0 && done !== total) return;
  const end = tty && done < total ? '' : '\n';
  process.stderr.write(`${tty ? '\r' : ''}bench (${where}): ${done}/${total} pages${end}`);
}

async function main(argv: string[]): Promise<void> {
  const options = parseArgs(argv);
  const machine = describeMachine();
  const startedAt = performance.now();
  const pages = listBenchPages({ corpora: options.corpora, limit: options.limit, half: options.half });
  const jobs = jobsForPages(pages, TOOLS);
  process.stderr.write(
    `bench: ${pages.length} page records, ${jobs.length} distinct pages, ${options.jobs} workers\n`,
  );
  const runs = await runJobs(jobs, {
    workers: options.jobs,
    warmupJobs: jobs.slice(0, WARMUP_PAGES),
    onProgress: progress,
  });
  const distinct = uniquePages(pages);
  const browser = options.browser
    ? await timeInChromium(distinct, (done, total) => progress(done, total, 'chromium'))
    : null;
  const runtimeSeconds = (performance.now() - startedAt) / 1000;

  const failedPages = pages
    .filter((page) => runs.get(page.extractionKey)?.failure)
    .map((page) => `${page.corpus}/${page.id}: ${runs.get(page.extractionKey)?.failure}`);
  for (const line of failedPages) process.stderr.write(`bench: failed ${line}\n`);
  const fixturePages = pages.filter((page) => page.corpus === FIXTURES);
  const date = new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  const command = ['npm run bench:extract', ...(argv.length ? ['--', ...argv] : [])].join(' ');
  const report = renderReport({
    date,
    machine: machineLine(machine),
    command,
    runtimeSeconds,
    workers: Math.min(options.jobs, jobs.length),
    pages,
    uniqueExtractions: jobs.length,
    failedPages,
    headline: {
      ours: headlineFiguresByHalf(pages, runs, 'ours'),
      readability: headlineFiguresByHalf(pages, runs, 'readability'),
    },
    datePrecision: perHalf(pages, (subset) => datePrecisionTally(subset, runs, 'ours')),
    moves: movesAgainstBaseline(pages, runs),
    fixtureFields: {
      ours: fixtureFieldTally(pages, runs, 'ours'),
      readability: fixtureFieldTally(pages, runs, 'readability'),
    },
    fixtures: fixturePages.length
      ? {
          ours: scoreTool(fixturePages, runs, 'ours'),
          readability: scoreTool(fixturePages, runs, 'readability'),
        }
      : null,
    overallSpeed: {
      ours: speedOver(distinct, runs, 'ours'),
      readability: speedOver(distinct, runs, 'readability'),
    },
    groups: scoreByCorpusAndLanguage(pages, runs, TOOLS),
    browser,
  });
  process.stdout.write(report);

  const partial = options.corpora !== undefined || options.limit !== undefined || options.half !== undefined;
  const write = options.write ?? !partial;
  if (write) {
    writeReportSection(BENCHMARKS_FILE, 'extract', report);
    writeBaseline(pages, runs, { written: date, command });
    process.stderr.write(`bench: wrote ${BENCHMARKS_FILE} (${runtimeSeconds.toFixed(0)} s)\n`);
  } else {
    process.stderr.write(
      `bench: ${runtimeSeconds.toFixed(0)} s; not written (${partial ? 'partial run, pass --write to write' : '--no-write'})\n`,
    );
  }
}

function movesAgainstBaseline(pages: readonly BenchPage[], runs: ReadonlyMap<string, PageRun>) {
  const baseline = readBaseline();
  if (!baseline) return null;
  const current = new Map(pages.map((page) => [pageKey(page), baselineEntry(page, runs)]));
  return { baseline, byHalf: compareWithBaseline(pages, current, baseline) };
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
  process.exitCode = 1;
});
