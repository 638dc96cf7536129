import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../utils/extract/metadata/dates';
import { defaultBounds } from '../../utils/extract/metadata/dates/calendar-day';
import { type LdNode } from '../../utils/extract/metadata/json-ld';
import { parseMonthOnly, parseYearOnly } from '../../utils/extract/metadata/dates/partial-written-date';
import { urlMonthDate, urlYearDate } from '../../utils/extract/metadata/dates/url-date';

const NOW = new Date('2024-06-15T12:00:00Z');
const bounds = defaultBounds(NOW);
const URL_PLAIN = 'https://example.org/artikel/digitalisierung';

function datesOf(html: string, { url = URL_PLAIN, lang = 'de', ld = [] as LdNode[] } = {}) {
  const doc = new JSDOM(`<!DOCTYPE html><html lang="${lang}"><body>${html}</body></html>`, { url }).window
    .document;
  return findDates(doc, url, ld[0], lang, ld, NOW);
}

describe('month-only and year-only dates keep their precision', () => {
  it.each([
    ['Juni 2021', '2021-06'],
    ['June 2021', '2021-06'],
    ['Jun. 2021', '2021-06'],
    ['Jun 2021', '2021-06'],
    ['März 2020', '2020-03'],
    ['Maerz 2020', '2020-03'],
    ['Mrz. 2020', '2020-03'],
    ['Sept. 2019', '2019-09'],
    ['Jänner 2022', '2022-01'],
    ['Dez. 2018', '2018-12'],
    ['October, 2017', '2017-10'],
    ['06/2021', '2021-06'],
    ['06.2021', '2021-06'],
    ['Ausgabe 06/2021', '2021-06'],
    ['Heft 3/2021, März 2021', '2021-03'],
  ])('%s is %s', (text, month) => {
    expect(parseMonthOnly(text, bounds)?.value).toBe(month);
  });

  it.each([['12. Juni 2021'], ['12 June 2021'], ['1.2021'], ['Juni 2030'], ['Version 10.2021.3'], ['Juni']])(
    '%s is no month-only date',
    (text) => {
      expect(parseMonthOnly(text, bounds)).toBeNull();
    },
  );

  it.each([
    ['2021', '2021'],
    ['Veröffentlicht: 2021', '2021'],
    ['1989', null],
    ['2031', null],
    ['ISBN 978-3-16-148410-0', null],
    ['12.2021', null],
  ])('year only: %s', (text, year) => {
    expect(parseYearOnly(text, bounds)?.value ?? null).toBe(year);
  });

  it.each([
    ['https://example.org/2021/06/titel/', '2021-06'],
    ['https://example.org/blog/2019/12/weihnachten', '2019-12'],
    ['https://example.org/2021/13/titel/', null],
    ['https://example.org/2021/titel/', null],
  ])('URL month %s', (url, month) => {
    expect(urlMonthDate(url, bounds)).toBe(month);
  });

  it.each([
    ['https://example.org/2021/titel/', '2021'],
    ['https://www.zeit.de/2019/43/klimaschutz', '2019'],
    ['https://example.org/produkt-2021', null],
    ['https://example.org/2031/titel', null],
  ])('URL year %s', (url, year) => {
    expect(urlYearDate(url, bounds)).toBe(year);
  });

  it.each([
    ['<div class="date">Juni 2021</div>', '2021-06'],
    ['<p class="meta">Veröffentlicht im Juni 2021</p>', '2021-06'],
    ['<div class="post-date">June 2021</div>', '2021-06'],
    ['<span class="datum">06/2021</span>', '2021-06'],
    ['<p>Erschienen: März 2020</p>', '2020-03'],
    ['<p>Veröffentlicht: 2021</p>', '2021'],
  ])('the date line %s gives %s, with low confidence', (line, value) => {
    const result = datesOf(`<article><h1>Titel</h1>${line}<p>Text des Artikels.</p></article>`);
    expect(result.published).toBe(value);
    expect(result.provenance.published).toMatchObject({ source: 'date-line', confidence: 'low' });
  });

  it.each([
    ['<p>Im Juni 2021 begann das Projekt, das seither viele Fachkräfte in der Beratung begleitet hat.</p>'],
    ['<p>2021</p>'],
    ['<p>Aktualisiert: Juni 2021</p>'],
    ['<p>Anmeldeschluss: Juni 2021</p>'],
  ])('running text, a bare year or a non-publication label is no date: %s', (line) => {
    expect(datesOf(`<article><h1>Titel</h1>${line}</article>`).published).toBeNull();
  });

  it('a URL month gives the month, never its first day', () => {
    const result = datesOf('<h1>T</h1><p>Text.</p>', { url: 'https://example.org/2021/06/titel/' });
    expect(result.published).toBe('2021-06');
    expect(result.provenance.published).toMatchObject({ source: 'url', confidence: 'low' });
  });

  it('a full day in the page beats the month of the URL', () => {
    const html = '<article><h1>T</h1><div class="date">09.06.2021</div></article>';
    expect(datesOf(html, { url: 'https://example.org/2021/06/titel/' }).published).toBe('2021-06-09');
  });

  it('a URL year is the last resort', () => {
    expect(datesOf('<h1>T</h1>', { url: 'https://example.org/2021/titel/' }).published).toBe('2021');
    const html = '<article><h1>T</h1><div class="date">Juni 2021</div></article>';
    expect(datesOf(html, { url: 'https://example.org/2021/titel/' }).published).toBe('2021-06');
  });
});

describe('time zones and relative dates', () => {
  it.each([
    ['2019-07-01T22:30:00Z', 'de', '2019-07-02'],
    ['2019-07-01T22:30:00+00:00', 'de', '2019-07-02'],
    ['2019-12-31T23:30:00Z', 'de', '2020-01-01'],
    ['2019-07-02T00:30:00+02:00', 'de', '2019-07-02'],
    ['2019-07-01T23:30:00-05:00', 'de', '2019-07-01'],
    ['2019-07-01T22:30:00Z', 'en', '2019-07-01'],
    ['2019-07-02T08:00:00.000+0200', 'de', '2019-07-02'],
    ['2019-07-02', 'de', '2019-07-02'],
    ['20190702', 'de', '2019-07-02'],
  ])('JSON-LD %s on a %s page is %s', (value, lang, day) => {
    const ld = [{ '@type': 'Article', datePublished: value }];
    expect(datesOf('<h1>T</h1>', { ld, lang }).published).toBe(day);
  });

  it.each([
    ['vor 2 Tagen'],
    ['vor 3 Stunden'],
    ['gestern, 14:30 Uhr'],
    ['heute'],
    ['2 days ago'],
    ['yesterday'],
    ['Dienstag, 14:30 Uhr'],
    ['2. Juli'],
  ])('ignores the relative or yearless date %s', (line) => {
    expect(datesOf(`<article><h1>T</h1><div class="date">${line}</div></article>`).published).toBeNull();
  });
});
