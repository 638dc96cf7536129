/**
 * Child process of the benchmark pool: loads each page once (untimed) and runs the requested tools on the same
 * document, alternating which tool goes first from page to page so neither profits from warm caches.
 */
import { loadPageFile } from './load-page';
import { runTool, type ToolName, type ToolOutput } from './bench-tools';

export interface BenchJob {
  key: string;
  file: string;
  url: string;
  tools: readonly ToolName[];
  /** Position in the run; its parity decides which tool goes first. */
  order: number;
}

export interface PageRun {
  key: string;
  outputs: Partial<Record<ToolName, ToolOutput>>;
  /** Set when the page could not be read or parsed, or its worker died on it. */
  failure?: string;
}

export type ToWorker =
  { type: 'warmup'; jobs: BenchJob[] } | { type: 'run'; job: BenchJob } | { type: 'exit' };
export type FromWorker = { type: 'ready' } | { type: 'result'; run: PageRun };

export function runJob(job: BenchJob): PageRun {
  let page;
  try {
    page = loadPageFile(job.file, job.url);
  } catch (error) {
    return { key: job.key, outputs: {}, failure: `cannot load: ${(error as Error).message}` };
  }
  try {
    const tools = job.order % 2 === 0 ? job.tools : [...job.tools].reverse();
    const outputs: Partial<Record<ToolName, ToolOutput>> = {};
    for (const tool of tools) outputs[tool] = runTool(tool, page, job.url);
    return { key: job.key, outputs };
  } finally {
    page.close();
  }
}

function send(message: FromWorker): void {
  process.send?.(message);
}

if (process.send) {
  process.on('message', (message: ToWorker) => {
    if (message.type === 'warmup') {
      for (const job of message.jobs) runJob(job);
      send({ type: 'ready' });
    } else if (message.type === 'run') {
      send({ type: 'result', run: runJob(message.job) });
    } else {
      process.disconnect();
    }
  });
}
