import type { BenchPage, CorpusName, PageTruth } from '../../scripts/lib/bench-pages';
import { EMPTY_OUTPUT } from '../../scripts/lib/bench-score';
import type { ToolOutput } from '../../scripts/lib/bench-tools';
import type { PageRun } from '../../scripts/lib/bench-worker';

/** Benchmark page records and tool answers for the scoring tests, without reading any page. */

export function benchPage(
  corpus: CorpusName,
  id: string,
  truth: Partial<PageTruth>,
  options: { key?: string; lang?: BenchPage['lang']; half?: BenchPage['half'] } = {},
): BenchPage {
  return {
    corpus,
    id,
    file: `/nowhere/${id}.html`,
    url: `https://example.org/${id}`,
    lang: options.lang ?? 'de',
    half: options.half ?? 'tune',
    extractionKey: options.key ?? id,
    samePageAs: [],
    truth: { fields: {}, mustInclude: [], mustExclude: [], ...truth },
  };
}

/** A successful answer (10 ms) with the given fields, everything else empty. */
export function toolOutput(partial: Partial<ToolOutput>): ToolOutput {
  const { error: _none, ...empty } = EMPTY_OUTPUT;
  return { ...empty, ms: 10, ...partial };
}

/** Runs by extraction key; `null` stands for a page that could not be run at all. */
export function oursRuns(entries: [string, Partial<ToolOutput> | null][]): Map<string, PageRun> {
  return new Map(
    entries.map(([key, ours]) => [
      key,
      ours ? { key, outputs: { ours: toolOutput(ours) } } : { key, outputs: {}, failure: 'x' },
    ]),
  );
}
