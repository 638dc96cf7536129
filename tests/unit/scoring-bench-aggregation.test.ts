import { describe, expect, it } from 'vitest';
import { germanDatePages, headlineFigures } from '../../scripts/lib/bench-headline';
import type { BenchPage, CorpusName, PageTruth } from '../../scripts/lib/bench-pages';
import { scoreByCorpusAndLanguage, scoreTool } from '../../scripts/lib/bench-score';
import { benchPage, oursRuns, toolOutput } from '../support/bench-records';

function page(
  corpus: CorpusName,
  id: string,
  truth: Partial<PageTruth>,
  key = id,
  lang: BenchPage['lang'] = 'de',
): BenchPage {
  return benchPage(corpus, id, truth, { key, lang });
}

const output = toolOutput;
const runsOf = oursRuns;

describe('scoreTool', () => {
  it('skips unannotated fields in corpora and scores fixture nulls as "must be empty"', () => {
    const pages = [
      page('trafilatura-eval', 'a', { fields: { title: 'Titel', published: '2020-01-02' } }),
      page('fixtures', 'b', { fields: { title: 'Liste', author: null, published: null } }),
    ];
    const runs = runsOf([
      ['a', output({ title: 'titel ', author: ['Someone'], published: '2020-01-02T10:00:00Z' })],
      ['b', output({ title: 'Liste', author: ['Redaktion'], published: null })],
    ]);
    const scores = scoreTool(pages, runs, 'ours');
    expect(scores.fields.title).toEqual({ right: 2, total: 2 });
    expect(scores.fields.author).toEqual({ right: 0, total: 1 });
    expect(scores.fields.published).toEqual({ right: 2, total: 2 });
    expect(scores.fields.lang).toBeUndefined();
  });

  it('pools snippets, counts clutter pages and missing snippets, and scores a failed page as empty', () => {
    const pages = [
      page('fixtures', 'a', { mustInclude: ['Kern', 'Satz'], mustExclude: ['Teilen'] }),
      page('fixtures', 'b', { mustInclude: ['Text'], mustExclude: ['Cookies'] }),
    ];
    const runs = runsOf([
      ['a', output({ text: 'Kern\n\nTeilen' })],
      ['b', null],
    ]);
    const scores = scoreTool(pages, runs, 'ours');
    expect(scores.snippets).toEqual({ tp: 1, fp: 1, fn: 2, tn: 1, pages: 2 });
    expect(scores.clutterPages).toBe(1);
    expect(scores.failures).toBe(1);
    expect(scores.speed.pages).toBe(1);
  });

  it('counts pages beyond the 2 s product budget', () => {
    const pages = [page('htmldate-eval', 'a', {}), page('htmldate-eval', 'b', {})];
    const runs = runsOf([
      ['a', output({ ms: 2500 })],
      ['b', output({ ms: 20 })],
    ]);
    expect(scoreTool(pages, runs, 'ours').overBudget).toBe(1);
  });
});

describe('grouping and headline populations', () => {
  it('adds an "all languages" group only where a corpus mixes languages', () => {
    const pages = [
      page('scrapinghub-aeb', 'a', { text: 'a b c d' }, 'a', 'en'),
      page('scrapinghub-aeb', 'b', { text: 'a b c d' }, 'b', 'other'),
      page('htmldate-eval', 'c', {}),
    ];
    const runs = runsOf([
      ['a', output({ text: 'a b c d' })],
      ['b', output({ text: '' })],
      ['c', output({})],
    ]);
    const groups = scoreByCorpusAndLanguage(pages, runs, ['ours']).map((g) => `${g.corpus}/${g.lang}`);
    expect(groups).toEqual([
      'scrapinghub-aeb/en',
      'scrapinghub-aeb/other',
      'scrapinghub-aeb/all',
      'htmldate-eval/de',
    ]);
  });

  it('counts a page shared by both German corpora once for dates, with the htmldate label', () => {
    const pages = [
      page('trafilatura-eval', 'shared', { fields: { published: '2019-10-15' } }, 'same'),
      page('htmldate-eval', 'shared', { fields: { published: '2019-10-16' } }, 'same'),
      page('trafilatura-eval', 'only', { fields: { published: '2020-01-01' } }, 'only'),
      page('htmldate-eval', 'english', { fields: { published: '2020-01-01' } }, 'english', 'en'),
    ];
    const chosen = germanDatePages(pages);
    expect(chosen.map((p) => `${p.corpus}/${p.id}`).sort()).toEqual([
      'htmldate-eval/shared',
      'trafilatura-eval/only',
    ]);
    const runs = runsOf([
      ['same', output({ published: '2019-10-16' })],
      ['only', output({ published: null })],
      ['english', output({ published: '2020-01-01' })],
    ]);
    expect(headlineFigures(pages, runs, 'ours').dateAccuracy).toEqual({ value: 0.5, n: 2 });
  });
});
