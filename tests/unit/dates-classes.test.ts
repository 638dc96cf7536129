import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../utils/extract/metadata/dates';
import { type LdNode } from '../../utils/extract/metadata/json-ld';

// The error classes of issue 9, each as a table of real-world spellings.
const NOW = new Date('2024-06-15T12:00:00Z');
const URL_PLAIN = 'https://example.org/artikel/digitalisierung';

function datesOf(html: string, { url = URL_PLAIN, lang = 'de', ld = [] as LdNode[], head = '' } = {}) {
  const doc = new JSDOM(
    `<!DOCTYPE html><html lang="${lang}"><head>${head}</head><body>${html}</body></html>`,
    { url },
  ).window.document;
  return findDates(doc, url, ld[0], lang, ld, NOW);
}

const article = (dateLine: string, body = '<p>Text des Artikels.</p>') =>
  `<article><h1>Digitalisierung in der Sozialen Arbeit</h1><div class="meta">${dateLine}</div>${body}</article>`;

describe('placeholder dates in structured data are rejected, never re-dated', () => {
  it.each([
    '0001-01-01',
    '0001-01-01T00:00:00Z',
    '0001-01-01T00:00:00+00:00',
    '1970-01-01T00:00:00Z',
    '1970-01-01',
    '1900-01-01',
    '1989-12-31T23:59:59Z',
    '0000-00-00 00:00:00',
    '2099-12-31',
    '2024-06-20T10:00:00+02:00',
    '01.01.1970',
    '0',
    '',
  ])('JSON-LD datePublished %j', (value) => {
    const ld = [{ '@type': 'NewsArticle', datePublished: value, dateModified: value }];
    const result = datesOf(article('Veröffentlicht am 09.06.2020'), { ld });
    expect(result.published).toBe('2020-06-09');
    expect(result.modified).toBeNull();
    expect(datesOf('<h1>Titel</h1><p>Text.</p>', { ld }).published).toBeNull();
  });

  it.each([
    '<meta property="article:published_time" content="0001-01-01T00:00:00Z">',
    '<meta property="article:published_time" content="1970-01-01T01:00:00+01:00">',
    '<meta name="date" content="1900-01-01">',
    '<meta name="DC.date.issued" content="0001-01-01">',
    '<meta itemprop="datePublished" content="2030-01-01">',
    '<meta name="pubdate" content="1970-01-01">',
  ])('meta tag %s', (meta) => {
    const result = datesOf(article('12. März 2020'), { head: meta });
    expect(result.published).toBe('2020-03-12');
    expect(result.published).not.toMatch(/^2001/);
  });

  it('skips a placeholder and takes the next structured source', () => {
    const head = `<meta property="article:published_time" content="0001-01-01T00:00:00Z">
      <meta name="parsely-pub-date" content="2020-05-04T08:00:00+02:00">`;
    expect(datesOf('<h1>T</h1>', { head }).published).toBe('2020-05-04');
  });
});

describe('"updated" labels give the modification date, not the publication date', () => {
  it.each([
    ['Letzte Änderung: 31.10.2023'],
    ['Letzte Änderung am 31. Oktober 2023'],
    ['Zuletzt aktualisiert: 31.10.2023'],
    ['aktualisiert am 31.10.2023, 14:49 Uhr'],
    ['Aktualisiert: 31.10.23'],
    ['Zuletzt bearbeitet am 31.10.2023'],
    ['zuletzt geändert: 31.10.2023'],
    ['Überarbeitet am 31.10.2023'],
    ['Letzte Aktualisierung: 31. Okt. 2023'],
    ['Updated: October 31, 2023'],
    ['Last updated on 31 October 2023'],
    ['Last modified: 2023-10-31'],
    ['Updated Oct 31, 2023'],
    ['Revised 31 Oct 2023'],
  ])('%s next to a publication date', (label) => {
    const html = article(`<span>Veröffentlicht am 02.05.2023</span> · <span>${label}</span>`);
    expect(
      datesOf(html, { lang: /^[A-Z]/.test(label) && /[a-z]{3} /.test(label) ? 'en-GB' : 'de' }),
    ).toMatchObject({ published: '2023-05-02', modified: '2023-10-31' });
  });

  it.each([
    ['Stand: 31.10.2023'],
    ['Stand 31.10.2023'],
    ['Stand vom 31. Oktober 2023'],
    ['As of 31 October 2023'],
  ])('%s is the modification date when structured data gives the publication date', (label) => {
    const ld = [{ '@type': 'Article', datePublished: '2023-05-02T09:00:00+02:00' }];
    const result = datesOf(article(label, '<p>Text.</p>'), { ld, lang: 'de' });
    expect(result.published).toBe('2023-05-02');
    expect(result.modified).toBe('2023-10-31');
  });

  it('keeps a lone "Stand:" as the publication date, with low confidence', () => {
    const result = datesOf(`<h1>Merkblatt</h1><p>Text.</p><p>Stand: 12.05.2020</p>`);
    expect(result.published).toBe('2020-05-12');
    expect(result.provenance.published.confidence).toBe('low');
  });
});

describe('a date the text talks about never becomes the publication date', () => {
  it.each([
    ['<p>Anmeldeschluss: 15.03.2021</p>'],
    ['<p>Anmeldeschluss ist der 15. März 2021.</p>'],
    ['<p>Frist: 15.03.2021</p>'],
    ['<p>Einsendeschluss 15.03.2021</p>'],
    ['<p>Bewerbungsfrist bis 15.03.2021</p>'],
    ['<p>Die Tagung findet am 15. März 2021 in Berlin statt.</p>'],
    ['<p>Der Fachtag findet am 15.03.2021 statt.</p>'],
    ['<p>Stichtag: 15.03.2021</p>'],
    ['<p>Stichtag der Erhebung war der 15.03.2021.</p>'],
    ['<p>Erhebungszeitraum: 15.03.2021 – 30.04.2021</p>'],
    ['<p>Termin: 15.03.2021, 10:00 Uhr</p>'],
    ['<p>bis zum 15.03.2021 anmelden</p>'],
    ['<table><caption>Quelle: Statistisches Bundesamt, 15.03.2021</caption><tr><td>1</td></tr></table>'],
    ['<p class="source">Quelle: Destatis (Stand 15.03.2021)</p>'],
    ['<p>Deadline: March 15, 2021</p>'],
    ['<p>Registration closes 15 March 2021</p>'],
    ['<p>The conference takes place on 15 March 2021.</p>'],
    ['<p>Gültig ab 15.03.2021</p>'],
  ])('%s', (body) => {
    const lang = /Deadline|Registration|conference/.test(body) ? 'en-GB' : 'de';
    const html = `<article><h1>Fachtag Digitalisierung</h1>${body}<p>Weitere Informationen folgen.</p></article>`;
    expect(datesOf(html, { lang }).published).toBeNull();
  });

  it.each([
    ['<p>Am 15.03.2021 findet der Fachtag statt.</p>'],
    ['<p>Am 15. März 2021 beginnt die Fortbildungsreihe.</p>'],
    ['<p>15.03.2021 – 17.03.2021, Berlin</p>'],
    ['<p>15. – 17.03.2021, Berlin</p>'],
    ['<p>15.03.2021 bis 17.03.2021</p>'],
    ['<p>Vom 15.03.2021 bis 17.03.2021 in Köln</p>'],
    ['<p>15 March 2021 – 17 March 2021, online</p>'],
  ])('a date range or event sentence below the first date line: %s', (body) => {
    const html = `<article><h1>Fachtag</h1><p>Anmeldeschluss: 01.03.2021</p>${body}</article>`;
    expect(datesOf(html, { lang: /March/.test(body) ? 'en-GB' : 'de' }).published).toBeNull();
  });

  it('dates an event page by its event when that is all it shows, with low confidence', () => {
    const result = datesOf(`<article><h1>Fachtag</h1><p>15.03.2021 – 17.03.2021, Berlin</p></article>`);
    expect(result.published).toBe('2021-03-15');
    expect(result.provenance.published).toMatchObject({ source: 'date-line', confidence: 'low' });
  });

  it('takes the date line over an event date in the running text', () => {
    const body = `<p>Die Tagung findet am 15. März 2021 in Berlin statt. Anmeldeschluss ist der 01.03.2021.</p>`;
    expect(datesOf(article('02.02.2021', body)).published).toBe('2021-02-02');
  });

  it('does not take a date from the middle of a long paragraph', () => {
    const long = `<p>Die Studie zeigt, dass die Digitalisierung der Sozialen Arbeit viele Fachkräfte vor neue Fragen
      stellt, die im Rahmen einer Befragung im Auftrag des Verbandes bis zum Herbst untersucht wurden, und am
      12.10.2020 wurden erste Ergebnisse vorgestellt, die seitdem viel diskutiert werden.</p>`;
    expect(datesOf(`<article><h1>Studie</h1>${long}</article>`).published).toBeNull();
  });
});

describe('structured data and the visible date line disagreeing', () => {
  const ld = [{ '@type': 'NewsArticle', datePublished: '2021-03-01T09:00:00+01:00' }];

  it('agreeing sources give high confidence', () => {
    const result = datesOf(article('01.03.2021'), { ld });
    expect(result.published).toBe('2021-03-01');
    expect(result.provenance.published).toMatchObject({ source: 'json-ld', confidence: 'high' });
  });

  it('structured data wins over a date line that matches nothing, with low confidence', () => {
    const result = datesOf(article('17.08.2021'), { ld });
    expect(result.published).toBe('2021-03-01');
    expect(result.provenance.published.confidence).toBe('low');
    expect(result.provenance.published.reason).toMatch(/disagree/);
  });

  it('two structured sources agreeing against the date line win with medium confidence', () => {
    const head = '<meta property="article:published_time" content="2021-03-01T09:00:00+01:00">';
    const result = datesOf(article('17.08.2021'), { ld, head });
    expect(result.published).toBe('2021-03-01');
    expect(result.provenance.published).toMatchObject({ source: 'json-ld', confidence: 'medium' });
  });

  it('a one-day gap (a time-zone shift) keeps the day the page shows, with medium confidence', () => {
    const result = datesOf(article('02.03.2021'), { ld });
    expect(result.published).toBe('2021-03-02');
    expect(result.provenance.published).toMatchObject({ source: 'date-line', confidence: 'medium' });
  });

  it('structured sources contradicting each other: the one the date line shows wins, medium', () => {
    const head = '<meta property="article:published_time" content="2021-03-05T09:00:00+01:00">';
    const result = datesOf(article('05.03.2021'), { ld, head });
    expect(result.published).toBe('2021-03-05');
    expect(result.provenance.published).toMatchObject({ source: 'meta-tag', confidence: 'medium' });
  });

  it.each([
    ['Stand: 20.08.2021', 'as-of label'],
    ['<span class="updated">20.08.2021</span>', 'styled as updated'],
  ])('a date line matching dateModified (%s, %s) does not replace datePublished', (line) => {
    const both = [{ ...ld[0], dateModified: '2021-08-20T10:00:00+02:00' }];
    const result = datesOf(article(line), { ld: both });
    expect(result.published).toBe('2021-03-01');
    expect(result.modified).toBe('2021-08-20');
    expect(result.provenance.modified).toMatchObject({ source: 'json-ld', confidence: 'high' });
  });

  it('a plain date line matching dateModified is what the page shows as its date', () => {
    const both = [{ ...ld[0], dateModified: '2021-08-20T10:00:00+02:00' }];
    expect(datesOf(article('20.08.2021'), { ld: both }).published).toBe('2021-08-20');
  });

  it('a URL date confirmed by the page is high, alone medium, contradicted low', () => {
    const url = 'https://example.org/2021/03/01/titel/';
    expect(datesOf(article('01.03.2021'), { url }).provenance.published.confidence).toBe('high');
    expect(datesOf('<h1>T</h1>', { url }).provenance.published).toMatchObject({
      source: 'url',
      confidence: 'medium',
    });
    expect(datesOf(article('17.08.2021'), { url }).provenance.published.confidence).toBe('low');
  });

  it('a lone structured source without a visible date is medium', () => {
    const result = datesOf('<h1>T</h1><p>Text.</p>', { ld });
    expect(result.provenance.published).toMatchObject({ source: 'json-ld', confidence: 'medium' });
  });

  it('no date at all says so', () => {
    expect(datesOf('<h1>T</h1><p>Text.</p>').provenance.published).toMatchObject({ source: 'none' });
  });
});
