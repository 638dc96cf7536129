import Papa from 'papaparse';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportArticle, ExportBundle } from '../../utils/export/bundle';
import { exportCsv } from '../../utils/export/csv-export';
import { safeFileStem, UniqueFileNames } from '../../utils/export/file-names';
import { exportHtmlReadingList } from '../../utils/export/html-reading-list';
import { articleMarkdown, obsidianTag } from '../../utils/export/markdown-export';
import { seedBundle, seedEntry } from '../golden/seed-bundle';

/** Titles, notes and quotes come from web pages and from the reader: every format must keep them inert text. */
const HOSTILE = '<img src=x onerror=alert(1)><script>alert("x")</script> & "Zitat" \'q\'';
let hostile: ExportArticle;
let bundle: ExportBundle;

beforeAll(async () => {
  const seed = await seedEntry();
  hostile = {
    ...seed,
    article: {
      ...seed.article,
      title: HOSTILE,
      excerpt: '=HYPERLINK("http://evil.example","klick")',
      pageNote: '+SUMME(A1:A9)\n@import',
      authorNames: [{ literal: '-Minus Autor' }],
      canonicalUrl: 'javascript:alert(1)',
    },
    annotations: seed.annotations.map((a) => ({
      ...a,
      note: `</blockquote><script>evil()</script> # Überschrift`,
    })),
  };
  bundle = { ...(await seedBundle(hostile)) };
});

describe('HTML reading list', () => {
  it('shows hostile titles, notes and URLs as text: no element, handler or script link from the data', () => {
    const html = exportHtmlReadingList(bundle).data as string;
    const { document } = new JSDOM(html).window;
    expect(document.querySelectorAll('script, img, [onerror]')).toHaveLength(0);
    expect([...document.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([]);
    // citeproc sets German quotation marks; the markup stays visible text.
    expect(document.querySelector('.citation')?.textContent).toContain(
      '<img src=x onerror=alert(1)><script>alert(',
    );
    expect(document.querySelector('.note')?.textContent).toContain('</blockquote><script>evil()</script>');
    expect(document.querySelectorAll('blockquote')).toHaveLength(2);
  });

  it('carries one COinS span per entry whose title decodes to the article title', () => {
    const { document } = new JSDOM(exportHtmlReadingList(bundle).data as string).window;
    const spans = document.querySelectorAll('span.Z3988');
    expect(spans).toHaveLength(1);
    const params = new URLSearchParams(spans[0]?.getAttribute('title') ?? '');
    expect(params.get('rft.title')).toBe(HOSTILE);
    expect(params.get('ctx_ver')).toBe('Z39.88-2004');
  });
});

describe('CSV for Excel', () => {
  it('prefixes cells that Excel would run as formulas and keeps the text otherwise', () => {
    const csv = (exportCsv(bundle).data as string).replace(/^\uFEFF/, '');
    const rows = Papa.parse<string[]>(csv, { delimiter: ';' }).data;
    const [header, row] = rows;
    const cell = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(cell('Auszug')).toBe('\'=HYPERLINK("http://evil.example","klick")');
    expect(cell('Notiz zum Artikel')).toBe("'+SUMME(A1:A9)\n@import");
    expect(cell('Autor:innen')).toBe("'-Minus Autor");
    expect(cell('Titel')).toBe(HOSTILE);
  });

  it('uses "," and English headers for the English locale', () => {
    const csv = exportCsv(bundle, { locale: 'en' }).data as string;
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFTitle,Authors,Published,Site,URL,Language,Tags,Reading status,Clipped on,Words,Reading time (min),Excerpt,Page note,Highlights (count),Highlights,Reading lists',
    );
  });
});

describe('Markdown', () => {
  it('escapes notes and titles so they cannot open headings, HTML or end the quote', () => {
    const markdown = articleMarkdown(hostile);
    const body = markdown.slice(markdown.indexOf('\n---\n', 4));
    expect(body).not.toContain('<script>');
    expect(markdown).toContain('&lt;/blockquote>&lt;script>evil()&lt;/script> # Überschrift');
    expect(markdown).toMatch(/^title: .*<script>/m); // front matter is YAML data, not rendered HTML
  });

  it('turns tags into valid Obsidian tags', () => {
    expect(
      ['Soziale Arbeit', 'SGB II', 'Kinder- und Jugendhilfe', '2024', 'KI/Ethik', 'Datenschutz (DSGVO)'].map(
        obsidianTag,
      ),
    ).toEqual([
      'Soziale-Arbeit',
      'SGB-II',
      'Kinder-und-Jugendhilfe',
      '_2024',
      'KI/Ethik',
      'Datenschutz-DSGVO',
    ]);
  });
});

describe('file names', () => {
  it('keeps umlauts, removes characters illegal on Windows, macOS or in Obsidian links', () => {
    expect(safeFileStem('Teilhabe: Wie geht "Inklusion"? <Teil 1/2> #Pflege [neu]|^', 'x')).toBe(
      'Teilhabe Wie geht Inklusion Teil 1 2 Pflege neu',
    );
    expect(safeFileStem('Über Ärger, Öffnung und Maß', 'x')).toBe('Über Ärger, Öffnung und Maß');
    expect(safeFileStem('U\u0308ber', 'x')).toBe('Über'); // decomposed (macOS) input is composed
    expect(safeFileStem('  ...  ', 'Ohne Titel')).toBe('Ohne Titel');
    expect(safeFileStem('CON', 'x')).toBe('CON_');
    expect(Array.from(safeFileStem('Ä'.repeat(150), 'x'))).toHaveLength(100);
  });

  it('makes names unique case-blind, as Windows and macOS file systems compare them', () => {
    const names = new UniqueFileNames();
    expect(['Teilhabe', 'teilhabe', 'TEILHABE', 'Teilhabe (2)'].map((t) => names.next(t, 'md', 'x'))).toEqual(
      ['Teilhabe.md', 'teilhabe (2).md', 'TEILHABE (3).md', 'Teilhabe (2) (2).md'],
    );
  });
});
