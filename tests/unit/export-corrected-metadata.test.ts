import { strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { saveClippedArticle } from '../../utils/db/article-clip';
import { correctArticleMetadata } from '../../utils/db/article-metadata';
import type { ExportBundle } from '../../utils/export/bundle';
import { exportFormat, type ExportFormat } from '../../utils/export/export-format';
import { loadExportBundle } from '../../utils/export/load-bundle';
import { openTestDb, sampleArticle } from '../fixtures/db/test-database';

/**
 * A reader's correction is what every export cites: the extractor found "Christian Müller" and a day; the reader
 * corrected the authors to a person with a particle and an organisation, and the date to a month. Read through the
 * real repository functions, as the panel exports.
 */
let bundle: ExportBundle;
beforeAll(async () => {
  const db = openTestDb();
  try {
    const { article } = await saveClippedArticle(
      sampleArticle(),
      { pageUrl: 'https://sozial-pr.example/digitalisierung-soziale-arbeit/' },
      db,
    );
    await correctArticleMetadata(
      article.id,
      {
        authorNames: [
          { family: 'Beispiel', given: 'Berta', 'non-dropping-particle': 'van der' },
          { literal: 'Paritätischer Gesamtverband' },
        ],
        published: '2021-06',
      },
      db,
    );
    bundle = await loadExportBundle({ kind: 'articles', articleIds: [article.id] }, db);
  } finally {
    await db.delete();
  }
});

const text = (format: ExportFormat, locale: 'de' | 'en' = 'de') => {
  const { data } = exportFormat(bundle, format, { locale });
  return typeof data === 'string' ? data : strFromU8(data);
};

// The W3C Web Annotation export describes highlights and notes on a page; it carries no author or date to correct.
const CITED: [ExportFormat, string[]][] = [
  ['ris', ['AU  - van der Beispiel, Berta\r\nAU  - Paritätischer Gesamtverband\r\n', 'DA  - 2021/06//']],
  ['bibtex', ['author = {van der Beispiel, Berta and {Paritätischer Gesamtverband}}', 'date = {2021-06}']],
  [
    'csl-json',
    [
      '"given": "Berta",\n        "non-dropping-particle": "van der",\n        "family": "Beispiel"',
      '"literal": "Paritätischer Gesamtverband"',
      '"date-parts": [\n        [\n          2021,\n          6\n        ]\n      ]',
    ],
  ],
  // citeproc's APA: a month is printed as a month, with no invented day.
  [
    'html',
    [
      'van der Beispiel, B. &#38; Paritätischer Gesamtverband. (2021, Juni).',
      'rft.creator=van%20der%20Beispiel%2C%20Berta',
    ],
  ],
  ['csv', [';"van der Beispiel, Berta; Paritätischer Gesamtverband";2021-06;']],
  [
    'markdown',
    ['authors:\n  - Berta van der Beispiel\n  - Paritätischer Gesamtverband\npublished: 2021-06\n'],
  ],
  ['json', ['"overrides":{"authorNames":[{"family":"Beispiel"']],
];

/** The backup alone keeps the extractor's own values too (so a correction can be taken back): not cited. */
function withoutExtractedValues(format: ExportFormat, output: string): string {
  if (format !== 'json') return output;
  const backup = JSON.parse(output) as { articles: { extracted?: unknown }[] };
  for (const article of backup.articles) delete article.extracted;
  return JSON.stringify(backup);
}

describe('a corrected author and date in every export', () => {
  it.each(CITED)('%s cites the correction, not the extracted author', (format, expected) => {
    const output = text(format);
    for (const part of expected) expect(output).toContain(part);
    expect(withoutExtractedValues(format, output)).not.toMatch(/Müller|2019-07-02|2019\/07\/02/);
  });

  it('the English APA entry names the month in English', () => {
    expect(text('html', 'en')).toContain('(2021, June).');
  });
});
