import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ProvenanceField } from '../../utils/extract/types';
import type { BenchPage } from './bench-pages';
import { outputFor } from './bench-score';
import type { BenchHalf } from './bench-split';
import type { PageRun } from './bench-worker';
import type { FieldValue } from './scoring-metadata';
import { matchShingles, shingleScores } from './scoring-shingles';
import { snippetHits } from './scoring-snippets';

/**
 * The per-page answers of our pipeline in the last written benchmark run, so the next run can say which pages
 * each field gained or lost and by which rule. One JSON object per line (JSONL): a header line, then one line per
 * page record sorted by key, so a commit's diff shows exactly the pages that moved.
 */
export const BASELINE_FILE = fileURLToPath(
  new URL('../../docs/bench-extract-baseline.jsonl', import.meta.url),
);

export interface BaselinePage {
  /** "corpus/id". */
  page: string;
  half: BenchHalf;
  title: string | null;
  author: FieldValue;
  published: string | null;
  lang: string | null;
  siteName: string | null;
  /** "source · reason" of each metadata value. */
  prov: Partial<Record<ProvenanceField, string>>;
  /** Must-include / must-exclude snippets found, one character per snippet ("1" found, "0" not). */
  inc: string;
  exc: string;
  /** Shingle F1 of the page's text (scrapinghub), three decimals. */
  shingleF1?: number;
}

export interface Baseline {
  written: string;
  command: string;
  pages: Map<string, BaselinePage>;
}

export function pageKey(page: BenchPage): string {
  return `${page.corpus}/${page.id}`;
}

const bits = (hits: readonly boolean[]) => hits.map((hit) => (hit ? '1' : '0')).join('');

export function baselineEntry(page: BenchPage, runs: ReadonlyMap<string, PageRun>): BaselinePage {
  const output = outputFor(page, runs, 'ours');
  const text = output.error ? null : output.text;
  const entry: BaselinePage = {
    page: pageKey(page),
    half: page.half,
    title: output.title,
    author: output.author,
    published: output.published,
    lang: output.lang,
    siteName: output.siteName,
    prov: output.provenance ?? {},
    inc: bits(snippetHits(text, page.truth.mustInclude)),
    exc: bits(snippetHits(text, page.truth.mustExclude)),
  };
  if (page.truth.text !== undefined) {
    const f1 = shingleScores([matchShingles(page.truth.text, output.text)]).f1;
    entry.shingleF1 = Math.round(f1 * 1000) / 1000;
  }
  return entry;
}

export function readBaseline(file: string = BASELINE_FILE): Baseline | null {
  if (!existsSync(file)) return null;
  const [head, ...lines] = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  if (!head) return null;
  const header = JSON.parse(head) as { written: string; command: string };
  const pages = new Map<string, BaselinePage>();
  for (const line of lines) {
    const entry = JSON.parse(line) as BaselinePage;
    pages.set(entry.page, entry);
  }
  return { written: header.written, command: header.command, pages };
}

/**
 * Writes this run's pages over the stored baseline: a partial run (--corpus, --limit, --half) replaces only the
 * pages it ran, so the baseline always holds every page's latest written answer.
 */
export function writeBaseline(
  pages: readonly BenchPage[],
  runs: ReadonlyMap<string, PageRun>,
  meta: { written: string; command: string },
  file: string = BASELINE_FILE,
): void {
  const merged = new Map(readBaseline(file)?.pages ?? []);
  for (const page of pages) merged.set(pageKey(page), baselineEntry(page, runs));
  const lines = [...merged.values()]
    .sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0))
    .map((entry) => JSON.stringify(entry));
  writeFileSync(file, `${JSON.stringify(meta)}\n${lines.join('\n')}\n`);
}
