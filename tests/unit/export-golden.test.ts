import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportArticle, ExportBundle } from '../../utils/export/bundle';
import { authorDisplayNames } from '../../utils/extract/names/author-name';
import { partialDateYear } from '../../utils/extract/partial-date';
import type { AuthorName } from '../../utils/extract/types';
import { exportFormat } from '../../utils/export/export-format';
import { expectGolden, seedBundle } from '../golden/seed-bundle';

/**
 * Every export format on the seed article (extracted from ../shared with the CLI's loader) on a reading list, with
 * two highlights (one with a note) and a page note. The golden files under tests/golden/seed/ were reviewed by eye;
 * `UPDATE_GOLDEN=1 npx vitest run tests/unit/export-golden.test.ts` rewrites them after an intended change.
 */
let bundle: ExportBundle;
let withoutList: ExportBundle;
let shapes: ExportBundle;
beforeAll(async () => {
  bundle = await seedBundle();
  withoutList = { ...bundle, lists: [] };
  shapes = citationShapes(bundle);
});

/**
 * The seed article three more times, as citations meet them: a person with a particle and an organisation with a
 * month-only date, an organisation alone with a year-only date, and a person with a suffix and no date.
 */
function citationShapes(seedList: ExportBundle): ExportBundle {
  const [seed] = seedList.articles;
  if (!seed) throw new Error('no seed article');
  const variant = (id: string, authorNames: AuthorName[], published: string | null): ExportArticle => ({
    ...seed,
    annotations: [],
    article: {
      ...seed.article,
      id,
      authorNames,
      authors: authorDisplayNames(authorNames),
      author: authorDisplayNames(authorNames).join(', ') || null,
      published,
      year: partialDateYear(published),
      pageNote: '',
      canonicalUrl: `https://www.example.org/${id}`,
    },
  });
  return {
    ...seedList,
    lists: [],
    articles: [
      variant(
        'month',
        [
          { given: 'Ursula', 'non-dropping-particle': 'von der', family: 'Leyen' },
          { literal: 'Caritas Verband e.V.' },
        ],
        '2021-06',
      ),
      variant('year', [{ literal: 'Paritätischer Gesamtverband' }], '2022'),
      variant('undated', [{ given: 'Hans', family: 'Meier', suffix: 'Jr.' }], null),
    ],
  };
}

const asText = (data: string | Uint8Array) => (typeof data === 'string' ? data : strFromU8(data));

describe('golden exports of the seed article', () => {
  it('Markdown: one file with Obsidian front matter, highlights with notes, page note and the article', () => {
    const file = exportFormat(withoutList, 'markdown');
    expect(file.name).toBe('Digitalisierung braucht die Erfahrung der Sozialen Arbeit und Wohlfahrt.md');
    expectGolden('article.md', asText(file.data));
  });

  it('Markdown for a list: a zip of the index and the article file', () => {
    const file = exportFormat(bundle, 'markdown');
    expect(file.name).toBe('Seminar Digitalisierung & Soziale Arbeit (WiSe 2024 25).zip');
    const files = unzipSync(file.data as Uint8Array);
    expect(Object.keys(files)).toEqual([
      'Seminar Digitalisierung & Soziale Arbeit (WiSe 2024 25).md',
      'Digitalisierung braucht die Erfahrung der Sozialen Arbeit und Wohlfahrt.md',
    ]);
    const [index, article] = Object.values(files).map((bytes) => strFromU8(bytes));
    expectGolden('list-index.md', index ?? '');
    expect(article).toBe(asText(exportFormat(withoutList, 'markdown').data));
  });

  it('HTML reading list with an APA 7 citation in German and COinS', () => {
    const file = exportFormat(bundle, 'html');
    expect(file.mimeType).toBe('text/html');
    expectGolden('reading-list.html', asText(file.data));
  });

  it('CSV for Excel', () => {
    const file = exportFormat(bundle, 'csv');
    expect(asText(file.data).startsWith('\uFEFF')).toBe(true);
    expectGolden('library.csv', asText(file.data));
  });

  it('RIS', () => {
    expectGolden('references.ris', asText(exportFormat(bundle, 'ris').data));
  });

  it('BibTeX', () => {
    expectGolden('references.bib', asText(exportFormat(bundle, 'bibtex').data));
  });

  it('CSL-JSON', () => {
    expectGolden('references.csl.json', asText(exportFormat(bundle, 'csl-json').data));
  });

  it('W3C Web Annotation JSON-LD', () => {
    expectGolden('annotations.jsonld', asText(exportFormat(bundle, 'web-annotation').data));
  });

  it('JSON backup (golden file indented for review; the export itself is compact)', () => {
    const data = JSON.parse(asText(exportFormat(bundle, 'json').data)) as unknown;
    expectGolden('backup.json', `${JSON.stringify(data, null, 2)}\n`);
  });

  it('partial dates and structured names in RIS, BibTeX, CSL-JSON and the APA list', () => {
    expectGolden('shapes.ris', asText(exportFormat(shapes, 'ris').data));
    expectGolden('shapes.bib', asText(exportFormat(shapes, 'bibtex').data));
    expectGolden('shapes.csl.json', asText(exportFormat(shapes, 'csl-json').data));
    // Only the entries: the page around them is the reading list's, checked above.
    const citations = asText(exportFormat(shapes, 'html').data).match(/<p class="citation">.*<\/p>/g);
    expectGolden('shapes-apa.html', `${(citations ?? []).join('\n')}\n`);
    expectGolden('shapes.csv', asText(exportFormat(shapes, 'csv').data));
  });

  it('English locale: headings and the APA citation in English', () => {
    const html = asText(exportFormat(bundle, 'html', { locale: 'en' }).data);
    expect(html).toContain('Müller, C. (2019, July 2).');
    expect(html).toContain('<h2>Highlights</h2>');
    expect(asText(exportFormat(withoutList, 'markdown', { locale: 'en' }).data)).toContain('## Page note');
  });
});
