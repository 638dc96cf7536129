import { describe, expect, it } from 'vitest';
import type { BenchPage, CorpusName } from '../../scripts/lib/bench-pages';
import type { BenchHalf } from '../../scripts/lib/bench-split';
import { regressionSample } from '../support/regression-sample';

function page(corpus: CorpusName, half: BenchHalf, id: string, extractionKey = `${corpus}/${id}`): BenchPage {
  return {
    corpus,
    id,
    file: `/corpora/${corpus}/${id}/source.html`,
    url: `https://example.org/${id}`,
    lang: 'de',
    half,
    extractionKey,
    samePageAs: [],
    truth: { fields: {}, mustInclude: [], mustExclude: [] },
  };
}

const PAGES: BenchPage[] = [
  ...Array.from({ length: 40 }, (_, i) => page('trafilatura-eval', 'tune', `t${i}`)),
  ...Array.from({ length: 20 }, (_, i) => page('trafilatura-eval', 'check', `c${i}`)),
  ...Array.from({ length: 8 }, (_, i) => page('scrapinghub-aeb', 'check', `s${i}`)),
];

const ids = (pages: readonly BenchPage[]) => pages.map((p) => `${p.corpus}/${p.id}`);

describe('regressionSample', () => {
  it('keeps the same share of every corpus and half, rounding up', () => {
    const sample = regressionSample(PAGES, 0.25);
    const count = (corpus: CorpusName, half: BenchHalf) =>
      sample.filter((p) => p.corpus === corpus && p.half === half).length;
    expect(count('trafilatura-eval', 'tune')).toBe(10);
    expect(count('trafilatura-eval', 'check')).toBe(5);
    expect(count('scrapinghub-aeb', 'check')).toBe(2);
  });

  it('picks the same pages whatever order they come in, and keeps their order', () => {
    const sample = regressionSample(PAGES, 0.25);
    expect(ids(regressionSample([...PAGES].reverse(), 0.25))).toEqual(ids(sample).reverse());
    expect(ids(sample)).toEqual(ids(PAGES).filter((id) => ids(sample).includes(id)));
  });

  it('decides by the page, not by its position: adding a page elsewhere keeps the others', () => {
    const before = ids(regressionSample(PAGES, 0.25)).filter((id) => id.startsWith('scrapinghub'));
    const after = ids(regressionSample([page('trafilatura-eval', 'tune', 'new'), ...PAGES], 0.25));
    expect(after.filter((id) => id.startsWith('scrapinghub'))).toEqual(before);
  });

  it('keeps everything at share 1 and refuses a share outside (0, 1]', () => {
    expect(regressionSample(PAGES, 1)).toHaveLength(PAGES.length);
    expect(() => regressionSample(PAGES, 0)).toThrow(RangeError);
    expect(() => regressionSample(PAGES, 1.5)).toThrow(RangeError);
  });
});
