/**
 * Bundled by esbuild and evaluated in each benchmark page in Chromium: times our full pipeline and
 * clone + bare Readability on the live document, exactly as the content script would run them.
 */
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/extract';

export type BrowserTool = 'ours' | 'readability';

export interface BrowserTimes {
  ms: Record<BrowserTool, number>;
  /** Our pipeline's verdict, so a page where it failed fast is not counted as fast. */
  oursReason: string;
}

let lastReason = '';

function timeOnce(tool: BrowserTool, url: string): number {
  const start = performance.now();
  if (tool === 'ours') {
    const article = extractArticle(document, url);
    const ms = performance.now() - start;
    lastReason = article.reason;
    return ms;
  }
  new Readability(document.cloneNode(true) as Document).parse();
  return performance.now() - start;
}

/** One untimed warm-up run of each tool, then one timed run of each, in the given order. */
function timeTools(order: BrowserTool[], url: string): BrowserTimes {
  for (const tool of order) timeOnce(tool, url);
  const ms = { ours: Number.NaN, readability: Number.NaN };
  for (const tool of order) ms[tool] = timeOnce(tool, url);
  return { ms, oursReason: lastReason };
}

(globalThis as unknown as { __randnotizBench: typeof timeTools }).__randnotizBench = timeTools;
