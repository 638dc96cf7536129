/**
 * Extraction benchmark: our pipeline against bare Readability 0.6.0 on the same pages in the same run, over
 * ../shared/fixtures and ../shared/corpora, scored the way the upstream benchmarks score.
 *
 *   npm run bench:extract                         full run, writes docs/benchmarks.md
 *   npm run bench:extract -- --corpus htmldate-eval --limit 20 --no-write
 *
 * Options: --corpus NAME (repeatable: fixtures, trafilatura-eval, htmldate-eval, scrapinghub-aeb),
 * --limit N (first N pages per corpus), --jobs N (worker processes), --browser (also time both tools inside
 * headless Chromium), --no-write / --write (partial runs, i.e. with --corpus or --limit, only write when
 * --write is given).
 */
import { ALL_CORPORA, FIXTURES, listBenchPages, type BenchPage, type CorpusName } from './lib/bench-pages';
import { fixtureFieldTally, headlineFigures } from './lib/bench-headline';
import { timeInChromium } from './lib/bench-browser';
import { describeMachine, machineLine } from './lib/bench-machine';
import { defaultWorkerCount, jobsForPages, runJobs } from './lib/bench-pool';
import { renderReport } from './lib/bench-report';
import { scoreByCorpusAndLanguage, scoreTool, speedOver } from './lib/bench-score';
import { TOOLS } from './lib/bench-tools';
import { BENCHMARKS_FILE, writeReportSection } from './lib/report-section';

const WARMUP_PAGES = 3;
const USAGE =
  'usage: bench:extract [--corpus NAME]... [--limit N] [--jobs N] [--browser] [--no-write | --write]\n' +
  `  corpora: ${ALL_CORPORA.join(', ')}`;

interface Options {
  corpora?: CorpusName[];
  limit?: number;
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
    else if (arg === '--jobs') options.jobs = positive(value(i++, arg), arg);
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
  const pages = listBenchPages({ corpora: options.corpora, limit: options.limit });
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
  const report = renderReport({
    date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
    machine: machineLine(machine),
    command: ['npm run bench:extract', ...(argv.length ? ['--', ...argv] : [])].join(' '),
    runtimeSeconds,
    workers: Math.min(options.jobs, jobs.length),
    pages,
    uniqueExtractions: jobs.length,
    failedPages,
    headline: {
      ours: headlineFigures(pages, runs, 'ours'),
      readability: headlineFigures(pages, runs, 'readability'),
    },
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

  const partial = options.corpora !== undefined || options.limit !== undefined;
  const write = options.write ?? !partial;
  if (write) {
    writeReportSection(BENCHMARKS_FILE, 'extract', report);
    process.stderr.write(`bench: wrote ${BENCHMARKS_FILE} (${runtimeSeconds.toFixed(0)} s)\n`);
  } else {
    process.stderr.write(
      `bench: ${runtimeSeconds.toFixed(0)} s; not written (${partial ? 'partial run, pass --write to write' : '--no-write'})\n`,
    );
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
  process.exitCode = 1;
});
