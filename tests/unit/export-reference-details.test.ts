import { beforeAll, describe, expect, it } from 'vitest';
import type { AuthorName } from '../../utils/extract/types';
import type { ExportArticle, ExportBundle } from '../../utils/export/bundle';
import { citationKeys } from '../../utils/export/citation-keys';
import { exportRis } from '../../utils/export/ris-export';
import { siteKindOf } from '../../utils/export/site-kind';
import { exportWebAnnotations } from '../../utils/export/web-annotation-export';
import { seedBundle, seedEntry, SEED_URL } from '../golden/seed-bundle';

let seed: ExportArticle;
let bundle: ExportBundle;
beforeAll(async () => {
  seed = await seedEntry();
  bundle = await seedBundle(seed);
});

function withFirstAuthor(name: AuthorName, published: string): ExportArticle {
  return { ...seed, article: { ...seed.article, authorNames: [name], published } };
}

describe('reference types and names', () => {
  it('classifies sites: blogs by platform or path, news by outlet, the rest as web pages', () => {
    expect(siteKindOf(SEED_URL)).toBe('blog');
    expect(siteKindOf('https://sozialearbeit.hypotheses.org/1234')).toBe('blog');
    expect(siteKindOf('https://www.tagesschau.de/inland/pflege-ki-100.html')).toBe('news');
    expect(siteKindOf('https://taz.de/Onlineberatung/!5900000/')).toBe('news');
    expect(siteKindOf('https://www.bagfw.de/themen/teilhabe-digital')).toBe('webpage');
    expect(siteKindOf('not a url')).toBe('webpage');
  });

  it('writes TY by site kind', () => {
    const news = { ...seed, article: { ...seed.article, canonicalUrl: 'https://www.zeit.de/digital/x' } };
    const page = { ...seed, article: { ...seed.article, canonicalUrl: 'https://www.bagfw.de/x' } };
    const types = exportRis({ ...bundle, articles: [seed, news, page] }).match(/^TY {2}- \w+/gm);
    expect(types).toEqual(['TY  - BLOG', 'TY  - NEWS', 'TY  - ELEC']);
  });

  it('gives unique ASCII citation keys, folding umlauts the German way', () => {
    const twice = [
      seed,
      seed,
      { ...seed, article: { ...seed.article, authorNames: [], siteName: 'Sozial-PR', published: null } },
      withFirstAuthor({ family: 'Leyen', given: 'Ursula', 'non-dropping-particle': 'von der' }, '2021-06'),
      withFirstAuthor({ literal: 'Caritas Verband e.V.' }, '2020'),
    ];
    expect(citationKeys(twice)).toEqual([
      'Mueller2019Digitalisierung',
      'Mueller2019Digitalisierungb',
      'SozialPRoJDigitalisierung',
      'Leyen2021Digitalisierung',
      'Caritas2020Digitalisierung',
    ]);
  });
});

describe('W3C Web Annotation JSON-LD', () => {
  type Item = {
    motivation: string;
    body?: { value: string };
    target: { source: string; selector?: { type: string }[] };
  };

  it('targets the article URL with quote and position selectors; a note makes it a comment', () => {
    const { first } = JSON.parse(exportWebAnnotations(bundle).data as string) as { first: { items: Item[] } };
    const [pageNote, withNote, plain] = first.items;
    expect(pageNote).toMatchObject({ motivation: 'commenting', target: { source: SEED_URL } });
    expect(pageNote?.target.selector).toBeUndefined();
    expect(withNote?.motivation).toBe('commenting');
    expect(withNote?.body?.value).toBe('Die beiden Probleme als Gliederung für das Referat nutzen.');
    expect(plain?.motivation).toBe('highlighting');
    expect(plain?.body).toBeUndefined();
    for (const item of [withNote, plain]) {
      expect(item?.target.source).toBe(SEED_URL);
      expect(item?.target.selector?.map((s) => s.type)).toEqual([
        'TextQuoteSelector',
        'TextPositionSelector',
      ]);
    }
  });

  it('gives an orphaned highlight only its quote: its old position would anchor it in the wrong place', () => {
    const orphaned = { ...seed, annotations: seed.annotations.map((a) => ({ ...a, orphaned: true })) };
    const { first } = JSON.parse(
      exportWebAnnotations({ ...bundle, articles: [orphaned] }).data as string,
    ) as {
      first: { items: Item[] };
    };
    expect(first.items.slice(1).map((item) => item.target.selector?.map((s) => s.type))).toEqual([
      ['TextQuoteSelector'],
      ['TextQuoteSelector'],
    ]);
  });
});
