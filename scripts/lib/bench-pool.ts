import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchPage } from './bench-pages';
import type { ToolName } from './bench-tools';
import type { BenchJob, FromWorker, PageRun, ToWorker } from './bench-worker';

export interface PoolOptions {
  /** Worker processes (default: one per core, at most 4). */
  workers?: number;
  /** Pages every worker runs untimed before its first measured page (JIT warm-up). */
  warmupJobs?: readonly BenchJob[];
  onProgress?: (done: number, total: number) => void;
}

const MAX_RESTARTS = 10;
const WORKER_FILE = fileURLToPath(new URL('./bench-worker.ts', import.meta.url));
/** Workers load TypeScript through tsx, also when the pool itself runs under Vitest. */
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** One job per distinct page (same bytes, same URL), in page order. */
export function jobsForPages(pages: readonly BenchPage[], tools: readonly ToolName[]): BenchJob[] {
  const jobs = new Map<string, BenchJob>();
  for (const page of pages) {
    if (jobs.has(page.extractionKey)) continue;
    jobs.set(page.extractionKey, {
      key: page.extractionKey,
      file: page.file,
      url: page.url,
      tools,
      order: jobs.size,
    });
  }
  return [...jobs.values()];
}

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * Runs the jobs on a pool of child processes (jsdom is single-threaded; two cores halve the run) and returns
 * each job's result by key. A worker that dies takes only its current page with it: that page is recorded as
 * failed and a fresh worker carries on.
 */
export function runJobs(jobs: readonly BenchJob[], options: PoolOptions = {}): Promise<Map<string, PageRun>> {
  const results = new Map<string, PageRun>();
  const queue = [...jobs];
  const total = jobs.length;
  const workerCount = Math.min(options.workers ?? defaultWorkerCount(), Math.max(1, total));
  if (!total) return Promise.resolve(results);

  return new Promise((resolve, reject) => {
    let live = 0;
    let restarts = 0;
    const record = (run: PageRun) => {
      results.set(run.key, run);
      options.onProgress?.(results.size, total);
    };
    const finishIfDone = () => {
      if (results.size === total && live === 0) resolve(results);
    };

    const start = () => {
      let current: BenchJob | undefined;
      const child: ChildProcess = fork(WORKER_FILE, [], {
        execArgv: ['--import', TSX_LOADER],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      live++;
      const post = (message: ToWorker) => child.send(message);
      const next = () => {
        current = queue.shift();
        post(current ? { type: 'run', job: current } : { type: 'exit' });
      };
      child.on('message', (message: FromWorker) => {
        if (message.type === 'result') record(message.run);
        next();
      });
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        live--;
        if (current && !results.has(current.key)) {
          record({ key: current.key, outputs: {}, failure: `worker died (${signal ?? `exit ${code}`})` });
        }
        current = undefined;
        if (queue.length) {
          if (++restarts > MAX_RESTARTS) {
            reject(new Error(`benchmark workers keep dying (${signal ?? `exit ${code}`}); giving up`));
            return;
          }
          start();
        }
        finishIfDone();
      });
      post({ type: 'warmup', jobs: [...(options.warmupJobs ?? [])] });
    };

    for (let i = 0; i < workerCount; i++) start();
  });
}
