import { FIXTURES, type BenchPage } from './bench-pages';
import { BENCH_HALVES, type BenchHalf } from './bench-split';
import { scoreTool, type Tally } from './bench-score';
import type { ToolName } from './bench-tools';
import type { PageRun } from './bench-worker';
import { snippetScores } from './scoring-snippets';

/**
 * The figures the "Done when" names, each over its own population of pages. Shared by the benchmark
 * report and the corpus regression test so both measure exactly the same thing.
 */
export type HeadlineId = 'snippetF1' | 'dateAccuracy' | 'authorMatch' | 'titleMatch' | 'shingleF1';

export interface HeadlineDefinition {
  id: HeadlineId;
  label: string;
  population: string;
  /** The target for our pipeline (issue 9, measured by the maintainers on held-out pages). */
  target: number;
  /** Best known tool on the same pages, as the issue quotes it. */
  reference: string;
}

export const HEADLINES: readonly HeadlineDefinition[] = [
  {
    id: 'snippetF1',
    label: 'snippet F1',
    population: 'trafilatura-eval, German pages',
    target: 0.94,
    reference: 'trafilatura 0.929',
  },
  {
    id: 'dateAccuracy',
    label: 'date accuracy (same day)',
    population: 'German pages of trafilatura-eval ∪ htmldate-eval, each page once (htmldate label first)',
    target: 0.95,
    reference: 'htmldate 0.896',
  },
  {
    id: 'authorMatch',
    label: 'author normalised match',
    population: 'trafilatura-eval, German pages with an author label',
    target: 0.8,
    reference: 'trafilatura 0.524',
  },
  {
    id: 'titleMatch',
    label: 'title normalised match',
    population: 'trafilatura-eval, German pages with a title label',
    target: 0.85,
    reference: '–',
  },
  {
    id: 'shingleF1',
    label: 'shingle F1',
    population: 'scrapinghub-aeb, all pages',
    target: 0.97,
    reference: 'trafilatura 2.0 0.958 (full set)',
  },
];

export interface HeadlineValue {
  value: number;
  /** Pages (or, for snippets, snippets) the figure rests on; 0 when the run did not cover it. */
  n: number;
}

/** German date pages: a page in both corpora counts once, with htmldate's label (the date specialists'). */
export function germanDatePages(pages: readonly BenchPage[]): BenchPage[] {
  const dated = pages.filter(
    (page) =>
      page.lang === 'de' &&
      (page.corpus === 'htmldate-eval' || page.corpus === 'trafilatura-eval') &&
      'published' in page.truth.fields,
  );
  const byKey = new Map<string, BenchPage>();
  for (const page of dated) {
    const seen = byKey.get(page.extractionKey);
    if (!seen || (seen.corpus !== 'htmldate-eval' && page.corpus === 'htmldate-eval')) {
      byKey.set(page.extractionKey, page);
    }
  }
  return [...byKey.values()];
}

function share(tally: Tally | undefined): HeadlineValue {
  return tally && tally.total
    ? { value: tally.right / tally.total, n: tally.total }
    : { value: Number.NaN, n: 0 };
}

export function headlineFigures(
  pages: readonly BenchPage[],
  runs: ReadonlyMap<string, PageRun>,
  tool: ToolName,
): Record<HeadlineId, HeadlineValue> {
  const trafilaturaDe = scoreTool(
    pages.filter((page) => page.corpus === 'trafilatura-eval' && page.lang === 'de'),
    runs,
    tool,
  );
  const dates = scoreTool(germanDatePages(pages), runs, tool);
  const scrapinghub = scoreTool(
    pages.filter((page) => page.corpus === 'scrapinghub-aeb'),
    runs,
    tool,
  );
  const snippets = trafilaturaDe.snippets;
  const snippetTotal = snippets.tp + snippets.fp + snippets.fn + snippets.tn;
  return {
    snippetF1: snippetTotal
      ? { value: snippetScores(snippets).f1, n: snippetTotal }
      : { value: Number.NaN, n: 0 },
    dateAccuracy: share(dates.fields.published),
    authorMatch: share(trafilaturaDe.fields.author),
    titleMatch: share(trafilaturaDe.fields.title),
    shingleF1: scrapinghub.shingles
      ? { value: scrapinghub.shingles.f1, n: scrapinghub.shingles.pages }
      : { value: Number.NaN, n: 0 },
  };
}

export type HalfOrAll = BenchHalf | 'all';
export const HALVES_AND_ALL: readonly HalfOrAll[] = [...BENCH_HALVES, 'all'];

/** `compute` over the tune half, the check half and all of `pages`. */
export function perHalf<T>(
  pages: readonly BenchPage[],
  compute: (subset: BenchPage[]) => T,
): Record<HalfOrAll, T> {
  const of = (half: HalfOrAll) => compute(pages.filter((page) => half === 'all' || page.half === half));
  return { tune: of('tune'), check: of('check'), all: of('all') };
}

/** The headline figures of the tune half, the check half and all pages, each over its own pages. */
export function headlineFiguresByHalf(
  pages: readonly BenchPage[],
  runs: ReadonlyMap<string, PageRun>,
  tool: ToolName,
): Record<HalfOrAll, Record<HeadlineId, HeadlineValue>> {
  return perHalf(pages, (subset) => headlineFigures(subset, runs, tool));
}

/** Fixture metadata fields right over all fixtures (the 30/30 counts the six German pages). */
export function fixtureFieldTally(
  pages: readonly BenchPage[],
  runs: ReadonlyMap<string, PageRun>,
  tool: ToolName,
): Tally {
  const scores = scoreTool(
    pages.filter((page) => page.corpus === FIXTURES),
    runs,
    tool,
  );
  return Object.values(scores.fields).reduce<Tally>(
    (sum, tally) => ({ right: sum.right + (tally?.right ?? 0), total: sum.total + (tally?.total ?? 0) }),
    { right: 0, total: 0 },
  );
}
