import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../utils/extract/metadata/dates';
import { defaultBounds } from '../../utils/extract/metadata/dates/calendar-day';
import { type LdNode } from '../../utils/extract/metadata/json-ld';
import { stateDay, stateScriptTexts } from '../../utils/extract/metadata/dates/script-state-dates';

// Last resorts for pages that show no publication date near their headline and carry none in JSON-LD, meta
// tags or the URL: the page's script state, then the day of its last change. Both are low confidence.
const NOW = new Date('2024-06-15T12:00:00Z');
const URL_PLAIN = 'https://example.org/seite/digitalisierung';
const READING = { bounds: defaultBounds(NOW), order: 'day-first', centralEuropean: true } as const;

function datesOf(body: string, { url = URL_PLAIN, lang = 'de', ld = [] as LdNode[], head = '' } = {}) {
  const doc = new JSDOM(
    `<!DOCTYPE html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`,
    { url },
  ).window.document;
  return findDates(doc, url, ld[0], lang, ld, NOW, stateScriptTexts(doc));
}

const script = (text: string) => `<script>${text}</script>`;
const page = (extra: string) =>
  `<main><h1>Sidamo Bio-Kaffeebohnen</h1><p>Ein Kaffee aus Äthiopien.</p></main>${extra}`;

describe("a date in the page's script state, when the page shows none", () => {
  it.each([
    [
      'Shopify product JSON',
      '"published_at":"2019-03-02T06:22:28+01:00","created_at":"2019-03-02T06:27:24+01:00"',
    ],
    ['a JavaScript object literal', 'window.__NUXT__={data:[{publishedAt:"2019-03-02T10:00:00+01:00"}]}'],
    ['JSON escaped inside a string', 'self.__next_f.push([1,"{\\"datePublished\\":\\"2019-03-02\\"}"])'],
    ['an API platform document', '{"@type":"Document","publicationDate":"2019-03-02T14:27:32+01:00"}'],
    ['single quotes', "var article = {'publish_date': '2019-03-02 08:15:00'};"],
    ['first_published_at', '{"first_published_at":"2019-03-02T09:00:00+01:00"}'],
    ['pubDate', '{"pubDate":"2019-03-02"}'],
    ['an epoch in seconds', '{"published_at":1551517200}'],
    ['an epoch in milliseconds', '{"publishedAt":1551517200000}'],
    [
      'a UTC instant late in the evening, shown the next day in Berlin',
      '{"publishedAt":"2019-03-01T23:30:00Z"}',
    ],
  ])('%s', (_, state) => {
    const result = datesOf(page(script(state)));
    expect(result.published).toBe('2019-03-02');
    expect(result.provenance.published).toMatchObject({ source: 'page-text', confidence: 'low' });
    expect(result.provenance.published.reason).toMatch(/script data/);
  });

  it('takes creation keys only when no publication key exists', () => {
    const state = '{"createdAt":"2022-01-31T15:58:43+01:00","updatedAt":"2022-02-03T10:00:00+01:00"}';
    expect(datesOf(page(script(state))).published).toBe('2022-01-31');
    const both = '{"createdAt":"2022-01-20T15:58:43+01:00","publicationDate":"2022-01-31T14:27:32+01:00"}';
    expect(datesOf(page(script(both))).published).toBe('2022-01-31');
  });

  it.each([
    ['teasers with their own days', '{"items":[{"publishedAt":"2019-03-02"},{"publishedAt":"2019-02-11"}]}'],
    ['only an update key', '{"updatedAt":"2019-03-02T10:00:00+01:00","modified":"2019-03-02"}'],
    ['a generic "date" key', '{"date":"2019-03-02"}'],
    ['a placeholder', '{"published_at":"0001-01-01T00:00:00Z"}'],
    ['a day in the future', '{"published_at":"2031-01-01T00:00:00Z"}'],
    ['an id that looks like an epoch under another key', '{"product_id":1551517200}'],
  ])('gives nothing for %s', (_, state) => {
    expect(datesOf(page(script(state))).published).toBeNull();
  });

  it('never reads JSON-LD or external scripts as state', () => {
    const html = page(
      '<script type="application/ld+json">{"@type":"Product","releaseDate":"2019-03-02"}</script>' +
        '<script src="/app.js">{"publishedAt":"2019-03-02"}</script>',
    );
    expect(datesOf(html).published).toBeNull();
  });

  it('lets every visible or structured date win over the state', () => {
    const state = script('{"published_at":"2019-03-02T06:22:28+01:00"}');
    const dated = `<article><h1>Titel</h1><div class="meta">Veröffentlicht am 14.04.2020</div></article>${state}`;
    expect(datesOf(dated).published).toBe('2020-04-14');
    const ld = [{ '@type': 'Article', datePublished: '2020-04-14T08:00:00+02:00' }];
    expect(datesOf(page(state), { ld }).published).toBe('2020-04-14');
  });

  it('is not taken against the month in the URL path', () => {
    const state = script('{"published_at":"2019-03-02T06:22:28+01:00"}');
    const inMonth = datesOf(page(state), { url: 'https://example.org/2019/03/sidamo' });
    expect(inMonth.published).toBe('2019-03-02');
    const against = datesOf(page(state), { url: 'https://example.org/2021/07/sidamo' });
    expect(against.published).toBe('2021-07');
  });

  it('reads only the first part of a huge state and few pairs, so a catalogue costs little', () => {
    const items = Array.from({ length: 500 }, (_, i) => `{"id":${i},"createdAt":"2019-03-02"}`).join(',');
    expect(stateDay([`[${items}]`], READING)).toBe('2019-03-02');
    expect(stateDay([`${' '.repeat(500_000)}{"publishedAt":"2019-03-02"}`], READING)).toBe('2019-03-02');
    const doc = new JSDOM(`<body>${script(`${' '.repeat(500_000)}{"publishedAt":"2019-03-02"}`)}</body>`)
      .window.document;
    expect(stateDay(stateScriptTexts(doc), READING)).toBeNull();
  });
});

describe('the day of the last change, when the page states no publication date', () => {
  it.each([
    [
      'MediaWiki, German',
      '<div id="footer" role="contentinfo"><ul><li id="footer-info-lastmod"> Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</li></ul></div>',
      'de',
    ],
    [
      'MediaWiki, English',
      '<footer id="footer"><ul><li id="footer-info-lastmod"> This page was last edited on 29 January 2020, at 13:22<span class="anonymous-show">&#160;(UTC)</span>.</li></ul></footer>',
      'en-GB',
    ],
    [
      "an institution's footer",
      '<footer class="site-footer"><p>Letzte Änderung: 29.01.2020</p></footer>',
      'de',
    ],
    ['"Zuletzt aktualisiert am"', '<footer><p>Seite zuletzt aktualisiert am 29.01.2020</p></footer>', 'de'],
    ['"Zuletzt bearbeitet"', '<div class="page-info">Zuletzt bearbeitet: 29. Jan. 2020</div>', 'de'],
    ['"Last updated"', '<div class="page-footer">Last updated: January 29, 2020</div>', 'en'],
    [
      '"Aktualisiert" below the text',
      '<main><h1>Beratungsstellen</h1><p>Text.</p><p>Aktualisiert: 29.01.2020</p></main>',
      'de',
    ],
  ])('%s', (_, html, lang) => {
    const body = html.includes('<h1>')
      ? html
      : `<main><h1>Stammtisch in Kassel</h1><p>Wir treffen uns.</p></main>${html}`;
    const result = datesOf(body, { lang });
    expect(result.published).toBe('2020-01-29');
    expect(result.provenance.published.confidence).toBe('low');
    expect(result.provenance.published.reason).toMatch(/last change/);
  });

  it('keeps a dateModified that only structured data gives as the modification date alone', () => {
    const ld = [{ '@type': 'WebPage', dateModified: '2020-01-29T10:00:00+01:00' }];
    const result = datesOf('<main><h1>Beratung</h1><p>Text.</p></main>', { ld });
    expect(result).toMatchObject({ published: null, modified: '2020-01-29' });
  });

  const changed = '<footer><p>Letzte Änderung: 29.01.2020</p></footer>';
  it.each([
    [
      'a publication date anywhere',
      `<main><h1>Stammtisch</h1><p>Text.</p></main><footer><p>Erschienen am 12.11.2019</p></footer>${changed}`,
      '2019-11-12',
    ],
    [
      'a date line',
      `<article><h1>Stammtisch</h1><div class="meta">12.11.2019</div><p>Text.</p></article>${changed}`,
      '2019-11-12',
    ],
    [
      'a month-only date line that contradicts it',
      `<article><h1>Stammtisch</h1><div class="meta">Ausgabe November 2019</div><p>Text.</p></article>${changed}`,
      '2019-11',
    ],
  ])('gives way to %s', (_, html, expected) => {
    expect(datesOf(html).published).toBe(expected);
  });

  it.each([
    [
      '"Stand" in the site footer (the imprint\'s own stamp)',
      '<footer class="site-footer">Stand 05.05.2021 © 2021</footer>',
    ],
    [
      'two different days of change',
      '<footer><p>Letzte Änderung: 29.01.2020</p><p>Letzte Änderung: 03.02.2020</p></footer>',
    ],
    ['a change in a comment', '<section class="comments"><p>Zuletzt bearbeitet am 29.01.2020</p></section>'],
    ['a change in a sidebar', '<div class="sidebar"><p>Zuletzt aktualisiert am 29.01.2020</p></div>'],
    [
      '"zuletzt am" without a verb of change',
      '<footer><p>Zuletzt am 29.01.2020 angemeldet: 5 Personen</p></footer>',
    ],
  ])('gives nothing for %s', (_, html) => {
    expect(datesOf(`<main><h1>Stammtisch in Kassel</h1><p>Text.</p></main>${html}`).published).toBeNull();
  });

  it('is not taken against the URL month or year', () => {
    const footer = '<main><h1>T</h1></main><footer><p>Letzte Änderung: 29.01.2020</p></footer>';
    expect(datesOf(footer, { url: 'https://example.org/2020/01/stammtisch' }).published).toBe('2020-01-29');
    expect(datesOf(footer, { url: 'https://example.org/2018/05/stammtisch' }).published).toBe('2018-05');
    expect(datesOf(footer, { url: 'https://example.org/2018/stammtisch' }).published).toBe('2018');
  });
});
