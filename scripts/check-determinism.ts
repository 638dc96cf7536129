/**
 * Determinism check: the extraction CLI must give byte-identical output on an idle and on a busy machine.
 * Runs `extract --jsonl` over a fixed sample of corpus pages twice, once as it is and once with CPU-bound
 * processes running beside it, and compares the two outputs line by line.
 *
 *   npm run check:determinism                      150 pages, 4 busy processes
 *   npm run check:determinism -- --pages 40 --busy 2
 *
 * Both runs use one copy of utils/ and scripts/ taken at the start, so edits made meanwhile do not count.
 * Exit code 0 when both runs are identical, 1 when any line differs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { listBenchPages, type BenchPage } from './lib/bench-pages';
import { determinismSample } from './lib/determinism-sample';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const USAGE = 'usage: check:determinism [--pages N] [--busy N]';

function parseArgs(argv: string[]): { pages: number; busy: number } {
  const options = { pages: 150, busy: 4 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const n = Number(argv[i + 1]);
    if ((flag === '--pages' || flag === '--busy') && Number.isInteger(n) && n >= 0) {
      options[flag === '--pages' ? 'pages' : 'busy'] = n;
      i++;
    } else throw new Error(`unknown or incomplete option ${flag}`);
  }
  return options;
}

/**
 * Both runs must run the same code: a copy of the extraction code taken before the first run, so an edit to the
 * working tree while the check runs (a few minutes) cannot pass for non-determinism.
 */
function freezeCode(): { cli: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'randnotiz-determinism-'));
  for (const folder of ['utils', 'scripts'])
    cpSync(join(PROJECT, folder), join(dir, folder), { recursive: true });
  copyFileSync(join(PROJECT, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(PROJECT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    cli: join(dir, 'scripts', 'extract-cli.ts'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs the CLI over the pages in one process; resolves with its stdout split into lines and the seconds taken. */
function runCli(cli: string, pages: readonly BenchPage[]): Promise<{ lines: string[]; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX_LOADER, cli, '--jsonl'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`extract --jsonl exited with ${code}`));
      const lines = Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean);
      resolve({ lines, seconds: (performance.now() - started) / 1000 });
    });
    for (const page of pages) child.stdin.write(`${JSON.stringify({ file: page.file, url: page.url })}\n`);
    child.stdin.end();
  });
}

/** CPU-bound processes that keep every core busy; each is ended by its own handle, nothing else is touched. */
function startBusyProcesses(count: number): ChildProcess[] {
  return Array.from({ length: count }, () =>
    spawn(process.execPath, ['-e', 'let x = 0; for (;;) x = (x * 31 + 7) % 1000003;'], { stdio: 'ignore' }),
  );
}

const digest = (lines: readonly string[]) => createHash('sha256').update(lines.join('\n')).digest('hex');

function reasonsOf(lines: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of lines) {
    const reason = String((JSON.parse(line) as { reason?: unknown; error?: unknown }).reason ?? 'cli-error');
    counts[reason] = (counts[reason] ?? 0) + 1;
  }
  return counts;
}

async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  const pages = determinismSample(listBenchPages(), options.pages, (file) => statSync(file).size);
  const say = (text: string) => process.stdout.write(`${text}\n`);
  say(`determinism: ${pages.length} pages, load average ${loadavg()[0]!.toFixed(2)} before the first run`);

  const code = freezeCode();
  try {
    return await compareRuns(code.cli, pages, options.busy, say);
  } finally {
    code.remove();
  }
}

/** The keys whose values differ between two output lines of the same page. */
function differingKeys(a: string | undefined, b: string | undefined): string[] {
  if (a === undefined || b === undefined) return ['(missing line)'];
  const x = JSON.parse(a) as Record<string, unknown>;
  const y = JSON.parse(b) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])];
  return keys.filter((key) => JSON.stringify(x[key]) !== JSON.stringify(y[key]));
}

async function compareRuns(
  cli: string,
  pages: readonly BenchPage[],
  busyCount: number,
  say: (text: string) => void,
): Promise<number> {
  const idle = await runCli(cli, pages);
  say(`  run 1 (as the machine is): ${idle.seconds.toFixed(1)} s, sha256 ${digest(idle.lines).slice(0, 16)}`);

  const busy = startBusyProcesses(busyCount);
  let loaded: { lines: string[]; seconds: number };
  try {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const load = loadavg()[0]!.toFixed(2);
    loaded = await runCli(cli, pages);
    say(
      `  run 2 (${busyCount} CPU-bound processes beside it, load average ${load} at its start): ` +
        `${loaded.seconds.toFixed(1)} s, sha256 ${digest(loaded.lines).slice(0, 16)}`,
    );
  } finally {
    for (const child of busy) child.kill();
  }

  const differing = pages
    .map((page, i) => ({
      page,
      keys: idle.lines[i] === loaded.lines[i] ? [] : differingKeys(idle.lines[i], loaded.lines[i]),
    }))
    .filter(({ keys }) => keys.length > 0);
  say(`  reasons: ${JSON.stringify(reasonsOf(idle.lines))}`);
  say(`  slowdown under load: ${(loaded.seconds / idle.seconds).toFixed(2)}×`);
  if (idle.lines.length !== pages.length || loaded.lines.length !== pages.length) {
    say(`NOT deterministic: ${idle.lines.length} and ${loaded.lines.length} lines for ${pages.length} pages`);
    return 1;
  }
  if (differing.length) {
    say(`NOT deterministic: ${differing.length} of ${pages.length} pages differ:`);
    for (const { page, keys } of differing.slice(0, 20))
      say(`  ${page.corpus}/${page.id}: ${keys.join(', ')}`);
    return 1;
  }
  say(`deterministic: all ${pages.length} outputs byte-identical with and without load`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(
      `check:determinism: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`,
    );
    process.exitCode = 2;
  },
);
