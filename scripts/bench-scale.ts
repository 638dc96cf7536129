/**
 * `npm run bench:scale [-- --sizes 1000,10000] [--runs 9]`: issue 12's table, measured. For each size, a fresh
 * Debian Chromium with the e2e build (built first unless RANDNOTIZ_E2E_PREBUILT=1) first measures the references
 * on an empty library, then gets a generated library of that many articles written in bulk inside the extension,
 * and times what a reader does: open the panel, search, sort, filter, show more, clip with the panel open, open
 * the reader, import a backup. Bundle sizes come from the production build. Raw figures of every size go to
 * test-results/bench-scale/size-N.json; the report (every size measured so far, newest run per size) goes into
 * docs/benchmarks.md between the bench:scale markers.
 *
 * Options: --sizes (default 1000,10000; 50000 is opt-in: it takes long, and its backup file is about 1.4 GB, so
 * add --no-import unless the machine has the memory), --runs (fresh loads per figure, default
 * 9), --seed, --batch (articles per transaction, 250), --build-timeout seconds (index build, 900),
 * --show-more-steps (10), --no-import, --no-bundles, --report-only (rewrite the report from the saved figures), --only clips,reader (measure again only the steps whose
 * names contain these words, over the saved figures of that size; the report says so).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import buildExtension from '../tests/e2e/support/build-extension';
import { PROJECT_DIR } from '../tests/e2e/support/paths';
import { BENCHMARKS_FILE, writeReportSection } from './lib/report-section';
import { buildProduction, bundleSizes } from './lib/scale/bundle-sizes';
import { scaleReport } from './lib/scale/report';
import type { BundleSizes, SizeResult } from './lib/scale/results';
import { runSize } from './lib/scale/run-size';

const RESULTS_DIR = join(PROJECT_DIR, 'test-results', 'bench-scale');
const BUNDLES_FILE = join(RESULTS_DIR, 'bundles.json');
const readBundles = () => JSON.parse(readFileSync(BUNDLES_FILE, 'utf8')) as BundleSizes;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(`--${name}`);
const number = (name: string, fallback: number) => {
  const value = Number(option(name) ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
};

const META_KEYS = new Set([
  'size',
  'articles',
  'annotations',
  'date',
  'loadStart',
  'loadEnd',
  'machine',
  'seedMs',
]);

/**
 * A `--only` run's figures over the saved full run of that size: the steps measured again replace theirs (and
 * their failures), the rest stays, and the report says which steps were measured when.
 */
function mergeRemeasured(saved: SizeResult, fresh: SizeResult, only: readonly string[]): SizeResult {
  const merged: Record<string, unknown> = { ...saved };
  for (const [key, value] of Object.entries(fresh)) {
    if (value !== undefined && !META_KEYS.has(key) && !['reference', 'errors', 'remeasured'].includes(key))
      merged[key] = value;
  }
  return {
    ...(merged as unknown as SizeResult),
    reference: { ...saved.reference, ...fresh.reference },
    errors: [...saved.errors.filter((error) => !only.some((part) => error.includes(part))), ...fresh.errors],
    remeasured: [
      ...(saved.remeasured ?? []),
      `${only.join(', ')} at ${fresh.date} (load ${fresh.loadStart} → ${fresh.loadEnd})`,
    ],
  };
}

/** Earlier results of sizes this run did not measure, so the report keeps showing growth across sizes. */
function savedResults(): SizeResult[] {
  try {
    return readdirSync(RESULTS_DIR)
      .filter((file) => /^size-\d+\.json$/.test(file))
      .map((file) => JSON.parse(readFileSync(join(RESULTS_DIR, file), 'utf8')) as SizeResult);
  } catch {
    return [];
  }
}

/** The bench:scale section of docs/benchmarks.md from every size's saved figures. */
function writeReport(bundles: BundleSizes | null): void {
  const pause = /TYPING_PAUSE_MS\s*=\s*(\d+)/.exec(
    readFileSync(join(PROJECT_DIR, 'hooks', 'useSearch.ts'), 'utf8'),
  );
  const body = scaleReport(
    savedResults(),
    bundles,
    pause ? Number(pause[1]) : null,
    `npm run bench:scale -- ${process.argv
      .slice(2)
      .filter((arg) => arg !== '--report-only')
      .join(' ')}`.replace(/ -- $/, ''),
  );
  writeReportSection(BENCHMARKS_FILE, 'scale', body);
  console.log(body);
}

async function main(): Promise<void> {
  const sizes = (option('sizes') ?? '1000,10000').split(',').map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 100))
    throw new Error('--sizes: whole numbers ≥ 100');
  const runs = number('runs', 9);
  if (flag('report-only')) return writeReport(existsSync(BUNDLES_FILE) ? readBundles() : null);
  buildExtension();
  mkdirSync(RESULTS_DIR, { recursive: true });
  let bundles: BundleSizes | null = null;
  if (!flag('no-bundles')) {
    buildProduction();
    bundles = bundleSizes();
    writeFileSync(
      BUNDLES_FILE,
      `${JSON.stringify({ ...bundles, date: new Date().toISOString() }, null, 2)}\n`,
    );
    console.log('bundles (gzip):', JSON.stringify(bundles));
  } else if (existsSync(BUNDLES_FILE)) {
    // The last measured sizes stay in the report (they carry their own date in the raw file).
    bundles = readBundles();
  }
  const only = option('only')?.split(',') ?? null;
  for (const size of sizes) {
    let result = await runSize({
      size,
      runs,
      seed: number('seed', 12),
      batch: number('batch', 250),
      buildTimeoutMs: number('build-timeout', 900) * 1000,
      importLibrary: !flag('no-import'),
      showMoreSteps: number('show-more-steps', 10),
      only,
    });
    const saved = savedResults().find((earlier) => earlier.size === size);
    if (only && saved) result = mergeRemeasured(saved, result, only);
    writeFileSync(join(RESULTS_DIR, `size-${size}.json`), `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result));
  }
  writeReport(bundles);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
