import { HALVES_AND_ALL, HEADLINES, type HalfOrAll, type HeadlineValue } from './bench-headline';
import type { DatePrecisionTally } from './bench-date-precision';
import type { HalfMoves } from './bench-moves';
import type { ReportInput } from './bench-report';
import type { ToolScores } from './bench-score';
import { BENCH_HALVES } from './bench-split';
import { TOOL_LABELS } from './bench-tools';
import { asRatio, fraction, milliseconds, table, tallyText } from './markdown-table';
import { META_FIELDS } from './scoring-metadata';
import { ratio } from './scoring-speed';

/** The report sections that show the tune/check split: headline per half, date precision, rule moves. */

const withN = (figure: HeadlineValue) => (figure.n ? `${fraction(figure.value)} (${figure.n})` : '–');
const status = (figure: HeadlineValue, target: number) =>
  figure.n ? (figure.value >= target ? 'met' : 'NOT met') : '–';

function fixtureRows(input: ReportInput): string[][] {
  if (!input.fixtures) return [];
  const o = input.fixtures.ours;
  const r = input.fixtures.readability;
  const missing = (s: ToolScores) => `${s.snippets.fn}/${s.snippets.tp + s.snippets.fn}`;
  const row = (label: string, n: number, ours: string, theirs: string, target: string, met: boolean) => [
    label,
    'all fixtures',
    target,
    '',
    '',
    `${ours} (${n})`,
    theirs,
    '–',
    met ? 'met (all)' : 'NOT met (all)',
    met ? 'met (all)' : 'NOT met (all)',
  ];
  const fields = input.fixtureFields;
  return [
    row(
      'fixtures: metadata fields right',
      fields.ours.total,
      tallyText(fields.ours),
      tallyText(fields.readability),
      'all right',
      fields.ours.right === fields.ours.total,
    ),
    row(
      'fixtures: pages with clutter',
      o.pages,
      `${o.clutterPages}/${o.pages}`,
      `${r.clutterPages}/${r.pages}`,
      '0',
      o.clutterPages === 0,
    ),
    row(
      'fixtures: missing snippets',
      o.snippets.tp + o.snippets.fn,
      missing(o),
      missing(r),
      '0',
      o.snippets.fn === 0,
    ),
  ];
}

export function headlineSection(input: ReportInput): string {
  const { ours, readability } = input.headline;
  const rows = fixtureRows(input);
  for (const definition of HEADLINES) {
    const all = ours.all[definition.id];
    if (!all.n) continue;
    const theirs = readability.all[definition.id];
    rows.push([
      definition.label,
      definition.population,
      `≥ ${definition.target.toFixed(2)} (${definition.reference})`,
      withN(ours.tune[definition.id]),
      withN(ours.check[definition.id]),
      withN(all),
      fraction(theirs.value),
      asRatio(ratio(all.value, theirs.value)),
      status(ours.tune[definition.id], definition.target),
      status(ours.check[definition.id], definition.target),
    ]);
  }
  const speed = input.overallSpeed;
  const speedRatio = ratio(speed.ours.p50, speed.readability.p50);
  rows.push([
    'speed p50, ms/page',
    'all pages of this run',
    '≤ 1.50× Readability',
    '',
    '',
    `${milliseconds(speed.ours.p50)} (${speed.ours.pages})`,
    milliseconds(speed.readability.p50),
    asRatio(speedRatio),
    speedRatio <= 1.5 ? 'met (all)' : 'NOT met (all)',
    speedRatio <= 1.5 ? 'met (all)' : 'NOT met (all)',
  ]);
  return table(
    [
      'figure',
      'pages',
      'target',
      'tune (n)',
      'check (n)',
      `all (n)`,
      `${TOOL_LABELS.readability}, all`,
      'ratio, all',
      'status tune',
      'status check',
    ],
    rows,
    [false, false, false, true, true, true, true, true, false, false],
  );
}

const HALF_LABEL: Record<HalfOrAll, string> = { tune: 'tune', check: 'check', all: 'all' };

export function datePrecisionSection(byHalf: Record<HalfOrAll, DatePrecisionTally>): string {
  const rows = HALVES_AND_ALL.map((half) => {
    const tally = byHalf[half];
    return [
      HALF_LABEL[half],
      tallyText(tally.day),
      fraction(tally.day.total ? tally.day.right / tally.day.total : Number.NaN),
      String(tally.month.length),
      String(tally.year.length),
      String(tally.none),
    ];
  });
  const listed = [...byHalf.tune.month, ...byHalf.tune.year];
  return [
    '### German dates by the precision of our answer',
    '',
    'The labels name a day, so a month or a year counts as wrong in the headline even when it is the right ' +
      'month; answers with a day are scored on their own here.',
    '',
    table(['half', 'day answers right', 'accuracy', 'month only', 'year only', 'no date'], rows),
    '',
    listed.length
      ? `Month or year answers on the tune half: ${listed.join('; ')}.`
      : 'No month or year answers on the tune half.',
    byHalf.check.month.length + byHalf.check.year.length
      ? `(${byHalf.check.month.length + byHalf.check.year.length} on the check half, not listed: it is judged, not read.)`
      : '',
  ]
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n');
}

function rules(counts: Map<string, number>): string {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([rule, n]) => `${n}× ${rule}`)
    .join('; ');
}

export function movesSection(moves: ReportInput['moves']): string {
  const heading = '### Which rules moved which half (against the stored baseline)';
  if (!moves) {
    return `${heading}\n\nNo baseline yet: this run's written results become the baseline for the next run.`;
  }
  const rows: string[][] = [];
  for (const half of BENCH_HALVES) {
    const halfMoves: HalfMoves = moves.byHalf[half];
    for (const field of META_FIELDS) {
      const fieldMoves = halfMoves.fields[field];
      const gained = fieldMoves.gainedPages.length;
      const lost = fieldMoves.lostPages.length;
      if (!gained && !lost) continue;
      rows.push([half, field, `+${gained}`, `−${lost}`, rules(fieldMoves.gained), rules(fieldMoves.lost)]);
    }
    const s = halfMoves.snippets;
    rows.push([
      half,
      'text',
      `+${s.found} snippets, −${s.clutterRemoved} clutter, ${s.shinglesUp} pages shingles up`,
      `−${s.missed} snippets, +${s.clutterAdded} clutter, ${s.shinglesDown} pages shingles down`,
      '',
      '',
    ]);
  }
  const tunePages = META_FIELDS.flatMap((field) => {
    const f = moves.byHalf.tune.fields[field];
    const list = [...f.gainedPages.map((p) => `+${p}`), ...f.lostPages.map((p) => `−${p}`)];
    return list.length ? [`${field}: ${list.slice(0, 12).join(', ')}${list.length > 12 ? ' …' : ''}`] : [];
  });
  return [
    heading,
    '',
    `Baseline: ${moves.baseline.written}, \`${moves.baseline.command}\` (docs/bench-extract-baseline.jsonl); ` +
      `pages compared: tune ${moves.byHalf.tune.compared}, check ${moves.byHalf.check.compared}. A gain or ` +
      'loss is put down to the provenance (source · reason) of the value this run gave.',
    '',
    table(['half', 'field', 'gained', 'lost', 'rules behind the gains', 'rules behind the losses'], rows, [
      false,
      false,
      true,
      true,
      false,
      false,
    ]),
    '',
    tunePages.length ? `Tune pages that moved: ${tunePages.join(' · ')}` : 'No tune page moved.',
  ].join('\n');
}
