/**
 * Command-line front end of the extraction core (also used by the benchmark and outside checks).
 *   npm run --silent extract -- [--url URL] FILE.html      → one JSON object
 *   npm run --silent extract -- --jsonl < list.jsonl       → lines {"file","url"} in, one object per line out
 */
import { createInterface } from 'node:readline';
import { extractArticle } from '../utils/extract';
import { orderedArticle } from './lib/article-json';
import { loadPageFile } from './lib/load-page';

const USAGE = 'usage: extract [--url URL] FILE.html | extract --jsonl < lines of {"file": …, "url": …}';

function extractFile(file: string, url?: string): Record<string, unknown> {
  const page = loadPageFile(file, url);
  try {
    return orderedArticle(extractArticle(page.document, url ?? page.document.URL, { window: page.window }));
  } finally {
    page.close();
  }
}

async function runJsonl(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let request: { file?: unknown; url?: unknown };
    try {
      request = JSON.parse(line) as typeof request;
    } catch {
      process.stdout.write(`${JSON.stringify({ file: null, error: `line ${lineNo} is not JSON` })}\n`);
      continue;
    }
    const file = typeof request.file === 'string' ? request.file : null;
    const url = typeof request.url === 'string' && request.url ? request.url : undefined;
    if (!file) {
      process.stdout.write(`${JSON.stringify({ file: null, error: `line ${lineNo} has no "file"` })}\n`);
      continue;
    }
    try {
      process.stdout.write(`${JSON.stringify({ file, ...extractFile(file, url) })}\n`);
    } catch (error) {
      process.stdout.write(`${JSON.stringify({ file, error: (error as Error).message })}\n`);
    }
  }
}

async function main(argv: string[]): Promise<number> {
  let url: string | undefined;
  let jsonl = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url') url = argv[++i];
    else if (arg.startsWith('--url=')) url = arg.slice(6);
    else if (arg === '--jsonl') jsonl = true;
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (arg.startsWith('-')) {
      process.stderr.write(`unknown option ${arg}\n${USAGE}\n`);
      return 2;
    } else files.push(arg);
  }
  if (jsonl) {
    await runJsonl();
    return 0;
  }
  if (files.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (url !== undefined) {
    try {
      new URL(url);
    } catch {
      process.stderr.write(`not a URL: ${url}\n`);
      return 2;
    }
  }
  try {
    process.stdout.write(`${JSON.stringify(extractFile(files[0]!, url))}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`cannot extract ${files[0]}: ${(error as Error).message}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  },
);
