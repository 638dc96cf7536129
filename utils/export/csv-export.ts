import Papa from 'papaparse';
import { groupBy } from '../db/group-by';
import { singleList, type ExportBundle } from './bundle';
import { familyFirstName } from './citation-names';
import { citedUrl, highlightLine } from './csl-item';
import type { ExportFile } from './export-file';
import { localIsoDay, type ExportLocale } from './export-labels';
import { safeFileStem } from './file-names';

export interface CsvOptions {
  locale?: ExportLocale;
  /**
   * Excel splits a double-clicked CSV at the list separator of the system's region: `;` in Germany, Austria and
   * Switzerland, `,` in English-speaking regions. Defaults to the one that goes with `locale`. (A `sep=;` first
   * line would force it, but then Excel ignores the BOM and garbles every umlaut.)
   */
  delimiter?: ';' | ',';
}

type Column =
  | 'title'
  | 'authors'
  | 'published'
  | 'site'
  | 'url'
  | 'language'
  | 'tags'
  | 'status'
  | 'clipped'
  | 'words'
  | 'readingMinutes'
  | 'excerpt'
  | 'pageNote'
  | 'highlightCount'
  | 'highlights'
  | 'lists';

/**
 * One row per article, columns in this order (header in the export's language):
 *
 * | column           | de                     | content                                                     |
 * |------------------|------------------------|-------------------------------------------------------------|
 * | title            | Titel                  | article title                                               |
 * | authors          | Autor:innen            | "Family, Given; Family, Given", organisations as named      |
 * | published        | Veröffentlicht         | publication date as stored: YYYY-MM-DD, YYYY-MM or YYYY     |
 * | site             | Website                | site name                                                   |
 * | url              | URL                    | canonical URL                                               |
 * | language         | Sprache                | language subtag, e.g. "de"                                  |
 * | tags             | Schlagwörter           | tags joined with ", "                                       |
 * | status           | Lesestatus             | unread / reading / read (gelesen …) in the export language  |
 * | clipped          | Gespeichert am         | clip day as YYYY-MM-DD                                      |
 * | words            | Wörter                 | word count (0 for entries not loaded yet)                   |
 * | readingMinutes   | Lesezeit (Min.)        | estimated reading time in minutes                           |
 * | excerpt          | Auszug                 | excerpt                                                     |
 * | pageNote         | Notiz zum Artikel      | page note                                                   |
 * | highlightCount   | Markierungen (Anzahl)  | number of highlights                                        |
 * | highlights       | Markierungen           | one line per highlight: „quote“ — note                      |
 * | lists            | Leselisten             | names of the reading lists the article is on, ", "-joined   |
 */
const HEADERS: Record<ExportLocale, Record<Column, string>> = {
  de: {
    title: 'Titel',
    authors: 'Autor:innen',
    published: 'Veröffentlicht',
    site: 'Website',
    url: 'URL',
    language: 'Sprache',
    tags: 'Schlagwörter',
    status: 'Lesestatus',
    clipped: 'Gespeichert am',
    words: 'Wörter',
    readingMinutes: 'Lesezeit (Min.)',
    excerpt: 'Auszug',
    pageNote: 'Notiz zum Artikel',
    highlightCount: 'Markierungen (Anzahl)',
    highlights: 'Markierungen',
    lists: 'Leselisten',
  },
  en: {
    title: 'Title',
    authors: 'Authors',
    published: 'Published',
    site: 'Site',
    url: 'URL',
    language: 'Language',
    tags: 'Tags',
    status: 'Reading status',
    clipped: 'Clipped on',
    words: 'Words',
    readingMinutes: 'Reading time (min)',
    excerpt: 'Excerpt',
    pageNote: 'Page note',
    highlightCount: 'Highlights (count)',
    highlights: 'Highlights',
    lists: 'Reading lists',
  },
};

const STATUS: Record<ExportLocale, Record<string, string>> = {
  de: { unread: 'ungelesen', reading: 'in Arbeit', read: 'gelesen' },
  en: { unread: 'unread', reading: 'reading', read: 'read' },
};

/**
 * A text cell that starts with = + - @ tab or CR gets a leading `'`, so that a hostile title cannot run as a
 * formula in Excel or LibreOffice (OWASP "CSV injection"). Done here rather than with papaparse's `escapeFormulae`,
 * whose check misses cells that span several lines — exactly the notes and highlight lists.
 */
function neutraliseFormula(cell: string | number): string | number {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as Windows-1252), CRLF line ends,
 * cells quoted where needed, formulas neutralised.
 */
export function exportCsv(bundle: ExportBundle, { locale = 'de', delimiter }: CsvOptions = {}): ExportFile {
  const memberships = groupBy(
    bundle.lists.flatMap(({ list, entries }) =>
      entries.map((entry) => ({ articleId: entry.articleId, list })),
    ),
    (membership) => membership.articleId,
  );
  const headers = HEADERS[locale];
  const columns = Object.keys(headers) as Column[];
  const rows = bundle.articles.map(({ article, annotations }) => {
    const cells: Record<Column, string | number> = {
      title: article.title,
      // "; " between names: a comma already separates family and given name.
      authors: article.authorNames.map(familyFirstName).join('; '),
      published: article.published ?? '',
      site: article.siteName ?? '',
      url: citedUrl(article),
      language: article.lang ?? '',
      tags: article.tags.join(', '),
      status: STATUS[locale][article.status] ?? article.status,
      clipped: localIsoDay(article.clippedAt),
      words: article.wordCount,
      readingMinutes: article.readingTimeMinutes,
      excerpt: article.excerpt ?? '',
      pageNote: article.pageNote,
      highlightCount: annotations.length,
      highlights: annotations.map(highlightLine).join('\n'),
      lists: (memberships.get(article.id) ?? []).map(({ list }) => list.name).join(', '),
    };
    return columns.map((column) => neutraliseFormula(cells[column]));
  });
  const csv = Papa.unparse(
    { fields: columns.map((column) => headers[column]), data: rows },
    { delimiter: delimiter ?? (locale === 'de' ? ';' : ','), newline: '\r\n', quotes: false },
  );
  const name = `${safeFileStem(singleList(bundle)?.name ?? '', 'Randnotiz')}.csv`;
  return { name, mimeType: 'text/csv;charset=utf-8', data: `\uFEFF${csv}\r\n` };
}
