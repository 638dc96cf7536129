import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportBibtex } from '../../utils/export/bibtex-export';
import type { ExportBundle } from '../../utils/export/bundle';
import { exportCslJson } from '../../utils/export/csl-json-export';
import { exportRis } from '../../utils/export/ris-export';
import { citeprocProbe } from '../golden/citeproc-probe';
import { seedBundle, seedEntry, SEED_URL } from '../golden/seed-bundle';

/**
 * RIS, BibTeX and CSL-JSON read back by parsers that share no code with their writers: astrocite-ris for RIS,
 * @retorquere/bibtex-parser (the parser of Zotero's Better BibTeX) for BibTeX, the citeproc-js engine for CSL-JSON.
 * The seed article plus a hostile second entry: TeX and RIS special characters, two authors, an organisation.
 */
let bundle: ExportBundle;
const AUTHORS = ['Anna-Lena Großmann', 'Ursula von der Leyen', 'Caritas Verband e.V.'];

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
      published: '2023-11-05',
      year: 2023,
      canonicalUrl: TRICKY_URL,
      pageNote: 'Zeile 1\nER  - kein Ende\nTY  - JOUR',
    },
    annotations: [],
  };
  bundle = { ...(await seedBundle(seed)), articles: [seed, tricky] };
});

describe('RIS parsed back with astrocite-ris', () => {
  it('gives the same title, authors, date and URL for every entry', () => {
    const [seed, tricky] = parseRis(exportRis(bundle));
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
      issued: { 'date-parts': [['2023', '11', '05']] },
      URL: TRICKY_URL,
    });
    // RIS cannot mark an organisation, so importers split it like a person; the name itself survives.
    expect(((tricky?.author ?? []) as Record<string, string>[]).map(fullName)).toEqual(AUTHORS);
  });

  it('keeps a note that looks like RIS tags inside its record, on one line', () => {
    const ris = exportRis(bundle);
    expect(parseRis(ris)).toHaveLength(2);
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
    ]);
    const [seed, tricky] = entries.map((entry) => entry.fields);
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
      date: '2023-11-05',
      url: TRICKY_URL,
    });
  });
});

describe('CSL-JSON read by the citeproc-js engine', () => {
  it('gives the same title, authors, date and URL', () => {
    const items = JSON.parse(exportCslJson(bundle)) as { id: string }[];
    expect(citeprocProbe(items)).toEqual([
      `Digitalisierung braucht die Erfahrung der Sozialen Arbeit und Wohlfahrt | Christian Müller | 2019-07-02 | ${SEED_URL}`,
      `${TRICKY_TITLE} | ${AUTHORS.join('; ')} | 2023-11-05 | ${TRICKY_URL}`,
    ]);
  });
});
