import type { BrowserTimes } from './bench-browser';
import { METHOD_NOTES } from './bench-method-notes';
import { FIXTURES, type BenchPage } from './bench-pages';
import type { GroupScores, Tally, ToolScores } from './bench-score';
import type { HalfOrAll, HeadlineId, HeadlineValue } from './bench-headline';
import type { Baseline } from './bench-baseline';
import type { DatePrecisionTally } from './bench-date-precision';
import type { BenchHalf } from './bench-split';
import type { HalfMoves } from './bench-moves';
import { datePrecisionSection, headlineSection, movesSection } from './bench-split-report';
import { asRatio, fraction, milliseconds, share, table, tallyText } from './markdown-table';
import { TOOL_LABELS, type ToolName } from './bench-tools';
import type { MetaField } from './scoring-metadata';
import { snippetScores } from './scoring-snippets';
import { ratio, type SpeedSummary } from './scoring-speed';

/** Renders benchmark figures as Markdown: the same text goes to stdout and to docs/benchmarks.md. */

export interface ReportInput {
  date: string;
  machine: string;
  command: string;
  runtimeSeconds: number;
  workers: number;
  pages: readonly BenchPage[];
  uniqueExtractions: number;
  /** "corpus/id: reason" of pages neither tool could be run on (scored as empty answers). */
  failedPages: readonly string[];
  /** Headline figures per half (tune, check) and over all pages of the run. */
  headline: Record<ToolName, Record<HalfOrAll, Record<HeadlineId, HeadlineValue>>>;
  /** Our German date answers by precision, per half and over all pages. */
  datePrecision: Record<HalfOrAll, DatePrecisionTally>;
  /** This run against the stored baseline; null when there is none yet. */
  moves: { baseline: Baseline; byHalf: Record<BenchHalf, HalfMoves> } | null;
  fixtureFields: Record<ToolName, Tally>;
  fixtures: Record<ToolName, ToolScores> | null;
  overallSpeed: Record<ToolName, SpeedSummary>;
  groups: readonly GroupScores[];
  /** `--browser`: the same distinct pages timed inside headless Chromium. */
  browser: BrowserTimes | null;
}

const FIELD_LABELS: Record<MetaField, string> = {
  title: 'title (normalised exact)',
  author: 'author (normalised, as a set)',
  published: 'date (same day)',
  lang: 'language (primary subtag)',
  siteName: 'site name (normalised exact)',
};

function groupTable(group: GroupScores): string {
  const ours = group.tools.ours;
  const theirs = group.tools.readability;
  if (!ours || !theirs) return '';
  const isFixtures = group.corpus === FIXTURES;
  const rows: string[][] = [];
  const pair = (label: string, n: string, a: number, b: number, show = fraction) =>
    rows.push([label, n, show(a), show(b), asRatio(ratio(a, b))]);

  for (const [field, label] of Object.entries(FIELD_LABELS) as [MetaField, string][]) {
    const mine = ours.fields[field];
    if (!mine) continue;
    if (isFixtures)
      rows.push([label, String(mine.total), tallyText(mine), tallyText(theirs.fields[field]), '–']);
    else pair(label, String(mine.total), share(mine), share(theirs.fields[field]));
  }
  if (ours.snippets.pages) {
    const snippetCount = ours.snippets.tp + ours.snippets.fn + ours.snippets.fp + ours.snippets.tn;
    const a = snippetScores(ours.snippets);
    const b = snippetScores(theirs.snippets);
    const n = `${snippetCount} snippets`;
    if (isFixtures) {
      rows.push([
        'pages with clutter (a must-exclude found)',
        String(ours.snippets.pages),
        `${ours.clutterPages}/${ours.snippets.pages}`,
        `${theirs.clutterPages}/${theirs.snippets.pages}`,
        '–',
      ]);
      rows.push([
        'missing snippets (must-include not found)',
        String(ours.snippets.tp + ours.snippets.fn),
        String(ours.snippets.fn),
        String(theirs.snippets.fn),
        '–',
      ]);
    }
    pair('snippet precision', n, a.precision, b.precision);
    pair('snippet recall', n, a.recall, b.recall);
    pair('snippet F1', n, a.f1, b.f1);
  }
  if (ours.shingles && theirs.shingles) {
    const n = `${ours.shingles.pages}`;
    pair('shingle precision', n, ours.shingles.precision, theirs.shingles.precision);
    pair('shingle recall', n, ours.shingles.recall, theirs.shingles.recall);
    pair('shingle F1', n, ours.shingles.f1, theirs.shingles.f1);
  }
  if (isFixtures && ours.readerable.total) {
    rows.push([
      'article / non-article flagged right',
      String(ours.readerable.total),
      tallyText(ours.readerable),
      '–',
      '–',
    ]);
  }
  pair('speed p50, ms/page', String(ours.speed.pages), ours.speed.p50, theirs.speed.p50, milliseconds);
  pair('speed p95, ms/page', String(ours.speed.pages), ours.speed.p95, theirs.speed.p95, milliseconds);
  rows.push(['pages over 2 s', String(group.pages), String(ours.overBudget), String(theirs.overBudget), '–']);
  rows.push([
    'failures (error, timeout, unreadable)',
    String(group.pages),
    String(ours.failures),
    String(theirs.failures),
    '–',
  ]);
  const title = `### ${group.corpus} · ${group.lang === 'all' ? 'all languages' : group.lang} (${group.pages} pages)`;
  return `${title}\n\n${table(['metric', 'n', TOOL_LABELS.ours, TOOL_LABELS.readability, 'ratio'], rows)}`;
}

function browserSection(times: BrowserTimes): string {
  const rows = [
    [
      'speed p50, ms/page',
      String(times.ours.pages),
      milliseconds(times.ours.p50),
      milliseconds(times.readability.p50),
      asRatio(ratio(times.ours.p50, times.readability.p50)),
    ],
    [
      'speed p95, ms/page',
      String(times.ours.pages),
      milliseconds(times.ours.p95),
      milliseconds(times.readability.p95),
      asRatio(ratio(times.ours.p95, times.readability.p95)),
    ],
    ['pages left out: could not load or time', '–', String(times.failures), '–', '–'],
    ['pages left out: our pipeline errored / timed out', '–', String(times.pipelineErrors), '–', '–'],
  ];
  return [
    '## In Chromium (`--browser`)',
    '',
    'Each distinct page is served to headless Debian Chromium from its saved bytes (other requests refused), ' +
      'then an esbuild bundle runs our `extractArticle(document, url)` and clone + `Readability.parse()` on the ' +
      'live DOM: one untimed warm-up run of each, then one timed run of each, order alternating by page.',
    '',
    table(
      [
        'metric',
        'pages',
        `${TOOL_LABELS.ours} (full pipeline)`,
        `clone + ${TOOL_LABELS.readability}`,
        'ratio',
      ],
      rows,
    ),
    '',
  ].join('\n');
}

export function renderReport(input: ReportInput): string {
  const corpora = [...new Set(input.pages.map((page) => page.corpus))];
  return [
    '# Extraction benchmark: Randnotiz vs bare Readability 0.6.0',
    '',
    `Generated by \`${input.command}\` on ${input.date}.`,
    '',
    `- Machine: ${input.machine}`,
    `- Run: ${input.pages.length} page records (${corpora.join(', ')}), ${input.uniqueExtractions} distinct pages ` +
      `extracted, ${input.workers} worker process${input.workers === 1 ? '' : 'es'}, ` +
      `${input.runtimeSeconds.toFixed(0)} s wall clock.`,
    ...(input.failedPages.length
      ? [`- Pages that could not be run (scored as empty for both tools): ${input.failedPages.join('; ')}`]
      : []),
    '- Ratio = Randnotiz / Readability (above 1 is better for quality figures, worse for times).',
    '',
    '## Headline (issue 9, "Done when"), tune and check half',
    '',
    'Pages are split by a stable hash of their site (`scripts/lib/bench-split.ts`): rules are developed on the ' +
      '*tune* half and judged on the *check* half, which stands in for the pages we do not have.',
    '',
    headlineSection(input),
    '',
    datePrecisionSection(input.datePrecision),
    '',
    movesSection(input.moves),
    '',
    '## Per corpus and language',
    '',
    ...input.groups.map((group) => `${groupTable(group)}\n`),
    ...(input.browser ? [browserSection(input.browser)] : []),
    METHOD_NOTES,
    '',
  ].join('\n');
}
