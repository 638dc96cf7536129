import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { baselineEntry, readBaseline, writeBaseline, type Baseline } from '../../scripts/lib/bench-baseline';
import { datePrecisionTally } from '../../scripts/lib/bench-date-precision';
import { headlineFiguresByHalf } from '../../scripts/lib/bench-headline';
import { compareWithBaseline, ruleOf } from '../../scripts/lib/bench-moves';
import { listBenchPages, type BenchPage, type PageTruth } from '../../scripts/lib/bench-pages';
import { benchHalf, siteKey } from '../../scripts/lib/bench-split';
import type { ToolOutput } from '../../scripts/lib/bench-tools';
import { benchPage, oursRuns } from '../support/bench-records';

const page = (id: string, half: BenchPage['half'], truth: Partial<PageTruth>) =>
  benchPage('trafilatura-eval', id, truth, { half });

const runsOf = (entries: Record<string, Partial<ToolOutput>>) => oursRuns(Object.entries(entries));

describe('the tune/check split', () => {
  it('puts every page of a site in the same half, with or without "www."', () => {
    expect(siteKey('https://www.example.org/a', 'x')).toBe('example.org');
    expect(benchHalf('https://www.example.org/a', 'x')).toBe(benchHalf('http://example.org/b/c', 'y'));
    expect(siteKey(null, 'corpus/page')).toBe('corpus/page');
  });

  it('splits the real corpora into two halves of similar size, selectable by --half', () => {
    const pages = listBenchPages({ corpora: ['trafilatura-eval'] });
    const tune = listBenchPages({ corpora: ['trafilatura-eval'], half: 'tune' });
    const check = listBenchPages({ corpora: ['trafilatura-eval'], half: 'check' });
    expect(tune.length + check.length).toBe(pages.length);
    expect(tune.every((p) => p.half === 'tune') && check.every((p) => p.half === 'check')).toBe(true);
    expect(Math.min(tune.length, check.length) / pages.length).toBeGreaterThan(0.35);
    // Pages captured without an address are each their own site (the placeholder host is not a site).
    const site = (p: BenchPage) => (p.url.includes('.invalid/') ? p.id : siteKey(p.url, p.id));
    const tuneSites = new Set(tune.map(site));
    expect(check.filter((p) => tuneSites.has(site(p))).map((p) => p.id)).toEqual([]);
  });

  it('computes each headline figure per half and over all pages', () => {
    const pages = [
      page('a', 'tune', { fields: { title: 'Eins' } }),
      page('b', 'check', { fields: { title: 'Zwei' } }),
      page('c', 'check', { fields: { title: 'Drei' } }),
    ];
    const runs = runsOf({ a: { title: 'Eins' }, b: { title: 'Zwei' }, c: { title: 'falsch' } });
    const figures = headlineFiguresByHalf(pages, runs, 'ours');
    expect(figures.tune.titleMatch).toEqual({ value: 1, n: 1 });
    expect(figures.check.titleMatch).toEqual({ value: 0.5, n: 2 });
    expect(figures.all.titleMatch.n).toBe(3);
  });
});

describe('date accuracy by the precision of the answer', () => {
  it('scores day answers on their own and lists month and year answers as wrong', () => {
    const pages = ['d1', 'd2', 'm', 'y', 'none'].map((id) =>
      page(id, 'tune', { fields: { published: '2021-06-09' } }),
    );
    const runs = runsOf({
      d1: { published: '2021-06-09' },
      d2: { published: '2021-06-10' },
      m: { published: '2021-06' },
      y: { published: '2021' },
      none: { published: null },
    });
    const tally = datePrecisionTally(pages, runs, 'ours');
    expect(tally.day).toEqual({ right: 1, total: 2 });
    expect(tally.month).toEqual(['trafilatura-eval/m: 2021-06 (label 2021-06-09)']);
    expect(tally.year).toHaveLength(1);
    expect(tally.none).toBe(1);
  });
});

describe('which rules moved which half', () => {
  const pages = [
    page('a', 'tune', { fields: { published: '2020-01-02', author: 'Anna Berg' }, mustInclude: ['Kern'] }),
    page('b', 'check', { fields: { published: '2020-03-04' }, mustExclude: ['Teilen'] }),
  ];
  const before = runsOf({
    a: { published: '2020-01-01', author: ['Anna Berg'], text: 'Kern' },
    b: { published: '2020-03-04', text: '' },
  });
  const after = runsOf({
    a: {
      published: '2020-01-02',
      author: [],
      text: '',
      provenance: { published: 'date-line · visible date line under the headline' },
    },
    b: { published: '2020-03', text: 'Teilen', provenance: { published: 'url · month from the URL' } },
  });
  const baseline: Baseline = {
    written: 'then',
    command: 'npm run bench:extract',
    pages: new Map(pages.map((p) => [`${p.corpus}/${p.id}`, baselineEntry(p, before)])),
  };
  const current = new Map(pages.map((p) => [`${p.corpus}/${p.id}`, baselineEntry(p, after)]));
  const moves = compareWithBaseline(pages, current, baseline);

  it('puts a gain down to the rule that gave the new value, per half', () => {
    expect([...moves.tune.fields.published.gained]).toEqual([
      ['date-line · visible date line under the headline', 1],
    ]);
    expect(moves.tune.fields.published.gainedPages).toEqual(['trafilatura-eval/a']);
    expect(moves.check.fields.published.gained.size).toBe(0);
  });

  it('puts a loss down to the rule of the new value, or to "no answer"', () => {
    expect([...moves.check.fields.published.lost]).toEqual([['url · month from the URL', 1]]);
    expect([...moves.tune.fields.author.lost]).toEqual([['none · no answer', 1]]);
    expect(moves.tune.compared).toBe(1);
  });

  it('counts snippets found and lost and clutter let in', () => {
    expect(moves.tune.snippets).toMatchObject({ found: 0, missed: 1 });
    expect(moves.check.snippets).toMatchObject({ clutterAdded: 1, clutterRemoved: 0 });
  });

  it('says when a value has no provenance', () => {
    const entry = baselineEntry(page('x', 'tune', {}), runsOf({ x: { title: 'T' } }));
    expect(ruleOf(entry, 'title')).toBe('unknown · no provenance');
    expect(ruleOf(entry, 'published')).toBe('none · no answer');
  });
});

describe('the stored baseline', () => {
  let dir = '';
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('round-trips, one line per page, and a partial run replaces only its own pages', () => {
    dir = mkdtempSync(join(tmpdir(), 'baseline-'));
    const file = join(dir, 'baseline.jsonl');
    const a = page('a', 'tune', { fields: { title: 'A' } });
    const b = page('b', 'check', { fields: { title: 'B' } });
    writeBaseline(
      [a, b],
      runsOf({ a: { title: 'A1' }, b: { title: 'B1' } }),
      { written: '1', command: 'c' },
      file,
    );
    writeBaseline([b], runsOf({ b: { title: 'B2' } }), { written: '2', command: 'c --half check' }, file);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(3);
    const stored = readBaseline(file)!;
    expect(stored.written).toBe('2');
    expect(stored.pages.get('trafilatura-eval/a')?.title).toBe('A1');
    expect(stored.pages.get('trafilatura-eval/b')).toMatchObject({ title: 'B2', half: 'check' });
  });
});
