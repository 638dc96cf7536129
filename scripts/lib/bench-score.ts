import type { BenchPage, CorpusName, LangGroup } from './bench-pages';
import { LANG_GROUPS } from './bench-pages';
import { PRODUCT_BUDGET_MS, type ToolName, type ToolOutput } from './bench-tools';
import type { PageRun } from './bench-worker';
import { fieldMatches, META_FIELDS, type MetaField } from './scoring-metadata';
import { addSnippetCounts, countSnippets, NO_SNIPPETS, type SnippetCounts } from './scoring-snippets';
import { matchShingles, shingleScores, type ShingleMatch, type ShingleScores } from './scoring-shingles';
import { speedSummary, type SpeedSummary } from './scoring-speed';

export interface Tally {
  right: number;
  total: number;
}

/** One tool's figures over a group of pages. */
export interface ToolScores {
  pages: number;
  fields: Partial<Record<MetaField, Tally>>;
  /** Pooled snippet counts; `pages` = pages that have snippets. */
  snippets: SnippetCounts & { pages: number };
  shingles: (ShingleScores & { pages: number }) | null;
  speed: SpeedSummary;
  /** Pages whose extraction took longer than the product's watchdog budget. */
  overBudget: number;
  /** Pages the tool failed on (threw, timed out, or the page could not be loaded). */
  failures: number;
  /** Pages with at least one must-exclude snippet in the text. */
  clutterPages: number;
  /** Non-articles flagged as such / articles flagged as articles (fixtures). */
  readerable: Tally;
}

export interface GroupScores {
  corpus: CorpusName;
  lang: LangGroup | 'all';
  pages: number;
  tools: Partial<Record<ToolName, ToolScores>>;
}

/** What a tool that gave no answer "answered": every field empty. */
export const EMPTY_OUTPUT: ToolOutput = {
  title: null,
  author: null,
  published: null,
  lang: null,
  siteName: null,
  text: '',
  readerable: null,
  ms: Number.NaN,
  error: 'no result',
};

export function outputFor(page: BenchPage, runs: ReadonlyMap<string, PageRun>, tool: ToolName): ToolOutput {
  return runs.get(page.extractionKey)?.outputs[tool] ?? EMPTY_OUTPUT;
}

/** One tool's timings over `pages`, the `speed` figure of `scoreTool` without the rest of its scoring. */
export function speedOver(
  pages: readonly BenchPage[],
  runs: ReadonlyMap<string, PageRun>,
  tool: ToolName,
): SpeedSummary {
  const times = pages.map((page) => outputFor(page, runs, tool).ms).filter((ms) => Number.isFinite(ms));
  return speedSummary(times);
}

/** Scores one tool over `pages`; every figure comes from the scoring-* modules. */
export function scoreTool(
  pages: readonly BenchPage[],
  runs: ReadonlyMap<string, PageRun>,
  tool: ToolName,
): ToolScores {
  const fields: Partial<Record<MetaField, Tally>> = {};
  let snippets = NO_SNIPPETS;
  let snippetPages = 0;
  const shingles: ShingleMatch[] = [];
  const times: number[] = [];
  const readerable: Tally = { right: 0, total: 0 };
  let overBudget = 0;
  let failures = 0;
  let clutterPages = 0;

  for (const page of pages) {
    const output = outputFor(page, runs, tool);
    if (output.error) failures++;
    if (Number.isFinite(output.ms)) {
      times.push(output.ms);
      if (output.ms > PRODUCT_BUDGET_MS) overBudget++;
    }
    for (const field of META_FIELDS) {
      if (!(field in page.truth.fields)) continue;
      // Readability has no notion of "none": it still answers, and a wrong answer is wrong.
      const tally = (fields[field] ??= { right: 0, total: 0 });
      tally.total++;
      if (fieldMatches(field, page.truth.fields[field], output[field])) tally.right++;
    }
    if (page.truth.mustInclude.length || page.truth.mustExclude.length) {
      const counts = countSnippets(
        output.error ? null : output.text,
        page.truth.mustInclude,
        page.truth.mustExclude,
      );
      snippets = addSnippetCounts(snippets, counts);
      snippetPages++;
      if (counts.fp > 0) clutterPages++;
    }
    if (page.truth.text !== undefined) shingles.push(matchShingles(page.truth.text, output.text));
    if (page.truth.readerable !== undefined && output.readerable !== null) {
      readerable.total++;
      if (output.readerable === page.truth.readerable) readerable.right++;
    }
  }

  return {
    pages: pages.length,
    fields,
    snippets: { ...snippets, pages: snippetPages },
    shingles: shingles.length ? { ...shingleScores(shingles), pages: shingles.length } : null,
    speed: speedSummary(times),
    overBudget,
    failures,
    clutterPages,
    readerable,
  };
}

export function scoreGroup(
  corpus: CorpusName,
  lang: LangGroup | 'all',
  pages: readonly BenchPage[],
  runs: ReadonlyMap<string, PageRun>,
  tools: readonly ToolName[],
): GroupScores {
  return {
    corpus,
    lang,
    pages: pages.length,
    tools: Object.fromEntries(tools.map((tool) => [tool, scoreTool(pages, runs, tool)])),
  };
}

/** Per corpus: one group per language present, plus "all" where a corpus mixes languages. */
export function scoreByCorpusAndLanguage(
  pages: readonly BenchPage[],
  runs: ReadonlyMap<string, PageRun>,
  tools: readonly ToolName[],
): GroupScores[] {
  const corpora = [...new Set(pages.map((page) => page.corpus))];
  return corpora.flatMap((corpus) => {
    const inCorpus = pages.filter((page) => page.corpus === corpus);
    const groups = LANG_GROUPS.map((lang) => [lang, inCorpus.filter((page) => page.lang === lang)] as const)
      .filter(([, group]) => group.length > 0)
      .map(([lang, group]) => scoreGroup(corpus, lang, group, runs, tools));
    return groups.length > 1 ? [...groups, scoreGroup(corpus, 'all', inCorpus, runs, tools)] : groups;
  });
}
