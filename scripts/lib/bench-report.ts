import type { BrowserTimes } from './bench-browser';
import { METHOD_NOTES } from './bench-method-notes';
import { FIXTURES, type BenchPage } from './bench-pages';
import type { GroupScores, Tally, ToolScores } from './bench-score';
import { HEADLINES, type HeadlineId, type HeadlineValue } from './bench-headline';
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
  headline: Record<ToolName, Record<HeadlineId, HeadlineValue>>;
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

export function fraction(value: number): string {
  return Number.isFinite(value) ? value.toFixed(3) : '–';
}

function milliseconds(value: number): string {
  return Number.isFinite(value) ? value.toFixed(1) : '–';
}

function asRatio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : '–';
}

function tallyText(tally: Tally | undefined): string {
  return tally && tally.total ? `${tally.right}/${tally.total}` : '–';
}

function share(tally: Tally | undefined): number {
  return tally && tally.total ? tally.right / tally.total : Number.NaN;
}

function table(header: string[], rows: string[][], rightAligned = header.map((_, i) => i > 0)): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const rule = `|${rightAligned.map((right) => (right ? '---:' : '---')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

function headlineSection(input: ReportInput): string {
  const { ours, readability } = input.headline;
  const rows: string[][] = [];
  if (input.fixtures) {
    const o = input.fixtures.ours;
    const r = input.fixtures.readability;
    const missing = (s: ToolScores) => `${s.snippets.fn}/${s.snippets.tp + s.snippets.fn}`;
    rows.push(
      [
        'fixtures: metadata fields right',
        'all fixtures',
        String(input.fixtureFields.ours.total),
        tallyText(input.fixtureFields.ours),
        tallyText(input.fixtureFields.readability),
        '–',
        'all right',
        input.fixtureFields.ours.right === input.fixtureFields.ours.total ? 'met' : 'NOT met',
      ],
      [
        'fixtures: pages with clutter',
        'all fixtures',
        String(o.pages),
        `${o.clutterPages}/${o.pages}`,
        `${r.clutterPages}/${r.pages}`,
        '–',
        '0',
        o.clutterPages === 0 ? 'met' : 'NOT met',
      ],
      [
        'fixtures: missing snippets',
        'all fixtures',
        String(o.snippets.tp + o.snippets.fn),
        missing(o),
        missing(r),
        '–',
        '0',
        o.snippets.fn === 0 ? 'met' : 'NOT met',
      ],
    );
  }
  for (const definition of HEADLINES) {
    const mine = ours[definition.id];
    const theirs = readability[definition.id];
    if (!mine.n) continue;
    rows.push([
      definition.label,
      definition.population,
      String(mine.n),
      fraction(mine.value),
      fraction(theirs.value),
      asRatio(ratio(mine.value, theirs.value)),
      `≥ ${definition.target.toFixed(2)} (${definition.reference})`,
      mine.value >= definition.target ? 'met' : 'NOT met',
    ]);
  }
  const speedRatio = ratio(input.overallSpeed.ours.p50, input.overallSpeed.readability.p50);
  rows.push(
    [
      'speed p50, ms/page',
      'all pages of this run',
      String(input.overallSpeed.ours.pages),
      milliseconds(input.overallSpeed.ours.p50),
      milliseconds(input.overallSpeed.readability.p50),
      asRatio(speedRatio),
      '≤ 1.50× Readability',
      speedRatio <= 1.5 ? 'met' : 'NOT met',
    ],
    [
      'speed p95, ms/page',
      'all pages of this run',
      String(input.overallSpeed.ours.pages),
      milliseconds(input.overallSpeed.ours.p95),
      milliseconds(input.overallSpeed.readability.p95),
      asRatio(ratio(input.overallSpeed.ours.p95, input.overallSpeed.readability.p95)),
      '–',
      '–',
    ],
  );
  return table(
    ['figure', 'pages', 'n', TOOL_LABELS.ours, TOOL_LABELS.readability, 'ratio', 'target', 'status'],
    rows,
    [false, false, true, true, true, true, false, false],
  );
}

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
    '## Headline (issue 2, "Done when")',
    '',
    headlineSection(input),
    '',
    '## Per corpus and language',
    '',
    ...input.groups.map((group) => `${groupTable(group)}\n`),
    ...(input.browser ? [browserSection(input.browser)] : []),
    METHOD_NOTES,
    '',
  ].join('\n');
}
