import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportBibtex } from '../../utils/export/bibtex-export';
import type { ExportBundle } from '../../utils/export/bundle';
import { exportCslJson } from '../../utils/export/csl-json-export';
import { exportRis } from '../../utils/export/ris-export';
import type { AuthorName } from '../../utils/extract/types';
import { citeprocProbe } from '../golden/citeproc-probe';
import { seedBundle, seedEntry, SEED_URL } from '../golden/seed-bundle';

/**
 * RIS, BibTeX and CSL-JSON read back by parsers that share no code with their writers: astrocite-ris for RIS,
 * @retorquere/bibtex-parser (the parser of Zotero's Better BibTeX) for BibTeX, the citeproc-js engine for CSL-JSON.
 * The seed article (a day), a hostile second entry (TeX and RIS special characters; a person, a person with a
 * particle, an organisation; a month-only date) and a third entry with a year-only date.
 */
let bundle: ExportBundle;
const AUTHOR_NAMES: AuthorName[] = [
  { family: 'Großmann', given: 'Anna-Lena' },
  { family: 'Leyen', given: 'Ursula', 'non-dropping-particle': 'von der' },
  { literal: 'Caritas Verband e.V.' },
];
const AUTHORS = ['Anna-Lena Großmann', 'Ursula von der Leyen', 'Caritas Verband e.V.'];
const YEAR_URL = 'https://www.bagfw.de/jahresbericht';

/** A parsed name in reading order, composed (TeX parsers give "u" + combining diaeresis for {\"u}). */
function fullName(name: Record<string, string | undefined>): string {
  const particle = name['non-dropping-particle'] ?? name['dropping-particle'] ?? name.prefix;
  const parts = [name.given ?? name.firstName, particle, name.family ?? name.lastName];
  return (name.literal ?? name.name ?? parts.filter(Boolean).join(' ')).normalize('NFC');
}
const TRICKY_TITLE = 'Über 50 % & {Teilhabe}: $Kosten_1# ~ „SGB IX“\\Reform';
const TRICKY_URL = 'https://www.example.org/fachartikel?id=7&seite=2';

beforeAll(async () => {
  const seed = await seedEntry();
  const tricky = {
    ...seed,
    article: {
      ...seed.article,
      id: 'tricky',
      title: TRICKY_TITLE,
      authors: AUTHORS,
      authorNames: AUTHOR_NAMES,
      published: '2023-11',
      year: 2023,
      canonicalUrl: TRICKY_URL,
      pageNote: 'Zeile 1\nER  - kein Ende\nTY  - JOUR',
    },
    annotations: [],
  };
  const yearOnly = {
    ...seed,
    article: {
      ...seed.article,
      id: 'year-only',
      title: 'Jahresbericht',
      authors: ['BAGFW'],
      authorNames: [{ literal: 'BAGFW' }],
      published: '2022',
      year: 2022,
      canonicalUrl: YEAR_URL,
      pageNote: '',
    },
    annotations: [],
  };
  bundle = { ...(await seedBundle(seed)), articles: [seed, tricky, yearOnly] };
});

describe('RIS parsed back with astrocite-ris', () => {
  it('gives the same title, authors, date and URL for every entry', () => {
    const [seed, tricky, yearOnly] = parseRis(exportRis(bundle));
    expect(seed).toMatchObject({
      type: 'post-weblog',
      title: 'Digitalisierung braucht die Erfahrung der Sozialen Arbeit und Wohlfahrt',
      author: [{ family: 'Müller', given: 'Christian' }],
      issued: { 'date-parts': [['2019', '07', '02']] },
      accessed: { 'date-parts': [['2024', '10', '14']] },
      URL: SEED_URL,
      keyword: ['Digitalisierung', 'Soziale Arbeit', 'Wohlfahrt'],
    });
    expect(tricky).toMatchObject({
      type: 'webpage',
      title: TRICKY_TITLE,
      URL: TRICKY_URL,
    });
    // A month stays a month and a year a year: the parser reads the empty RIS parts as empty, no day is made up.
    const issued = (entry: typeof tricky) =>
      (entry?.issued as { 'date-parts': string[][] })['date-parts'][0]?.filter(Boolean);
    expect(issued(tricky)).toEqual(['2023', '11']);
    expect(issued(yearOnly)).toEqual(['2022']);
    expect(tricky?.author).toMatchObject([
      { family: 'Großmann', given: 'Anna-Lena' },
      // "von der Leyen, Ursula" comes back with the particle apart from the family name, as citeproc wants it.
      { family: 'Leyen', given: 'Ursula', 'dropping-particle': 'von der' },
      {},
    ]);
    // RIS cannot mark an organisation, so importers split it like a person; the name itself survives whole.
    expect(((tricky?.author ?? []) as Record<string, string>[]).map(fullName)).toEqual(AUTHORS);
    expect(yearOnly).toMatchObject({ author: [{ family: 'BAGFW' }] });
  });

  it('writes partial dates the RIS way: empty parts, never a padded day', () => {
    const ris = exportRis(bundle);
    expect(ris).toContain('\r\nPY  - 2019\r\nDA  - 2019/07/02/\r\n');
    expect(ris).toContain('\r\nPY  - 2023\r\nDA  - 2023/11//\r\n');
    expect(ris).toContain('\r\nPY  - 2022\r\nDA  - 2022///\r\n');
    expect(ris).toContain('\r\nAU  - von der Leyen, Ursula\r\nAU  - Caritas Verband e.V.\r\n');
  });

  it('keeps a note that looks like RIS tags inside its record, on one line', () => {
    const ris = exportRis(bundle);
    expect(parseRis(ris)).toHaveLength(3);
    expect(ris).toContain('\r\nN1  - Zeile 1 ER  - kein Ende TY  - JOUR\r\n');
  });
});

describe('BibTeX parsed back with @retorquere/bibtex-parser', () => {
  it('gives @online entries with the same title, authors, date, URL and urldate', () => {
    const { entries, errors } = parseBibtex(exportBibtex(bundle));
    expect(errors).toEqual([]);
    expect(entries.map((entry) => [entry.type, entry.key])).toEqual([
      ['online', 'Mueller2019Digitalisierung'],
      ['online', 'Grossmann2023Ueber'],
      ['online', 'BAGFW2022Jahresbericht'],
    ]);
    const [seed, tricky, yearOnly] = entries.map((entry) => entry.fields);
    const names = (fields: typeof seed) =>
      ((fields?.author ?? []) as unknown as Record<string, string>[]).map(fullName);
    expect(names(seed)).toEqual(['Christian Müller']);
    expect(names(tricky)).toEqual(AUTHORS);
    expect(seed).toMatchObject({
      title: 'Digitalisierung braucht die Erfahrung der Sozialen Arbeit und Wohlfahrt',
      date: '2019-07-02',
      urldate: '2024-10-14',
      url: SEED_URL,
    });
    // The parser reads TeX's \quotedblbase as U+201F; the glyph LaTeX prints for it is „ (U+201E).
    const title = String(tricky?.title)
      .normalize('NFC')
      .replace(/\u201F/g, '\u201E');
    expect({ ...tricky, title }).toMatchObject({
      title: TRICKY_TITLE,
      date: '2023-11',
      url: TRICKY_URL,
    });
    expect(yearOnly).toMatchObject({ date: '2022', url: YEAR_URL });
    expect(names(yearOnly)).toEqual(['BAGFW']);
  });

  it('braces organisations so BibTeX never splits them, and keeps the particle in the "von" part', () => {
    const { entries } = parseBibtex(exportBibtex(bundle));
    const [, tricky] = entries;
    expect(tricky?.fields.author).toEqual([
      { lastName: 'Großmann', firstName: 'Anna-Lena' },
      { lastName: 'Leyen', firstName: 'Ursula', prefix: 'von der' },
      { name: 'Caritas Verband e.V.' },
    ]);
    expect(exportBibtex(bundle)).toContain(
      'author = {Gro\\ss{}mann, Anna-Lena and von der Leyen, Ursula and {Caritas Verband e.V.}}',
    );
  });
});

describe('CSL-JSON read by the citeproc-js engine', () => {
  it('gives the same title, authors, date and URL', () => {
    const items = JSON.parse(exportCslJson(bundle)) as { id: string }[];
    expect(citeprocProbe(items)).toEqual([
      `Digitalisierung braucht die Erfahrung der Sozialen Arbeit und Wohlfahrt | Christian Müller | 2019-07-02 | ${SEED_URL}`,
      `${TRICKY_TITLE} | ${AUTHORS.join('; ')} | 2023-11 | ${TRICKY_URL}`,
      `Jahresbericht | BAGFW | 2022 | ${YEAR_URL}`,
    ]);
    expect(items[1]).toMatchObject({
      author: AUTHOR_NAMES,
      issued: { 'date-parts': [[2023, 11]] },
      accessed: { 'date-parts': [[2024, 10, 14]] },
    });
  });
});
