import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../utils/extract/metadata/dates';
import { defaultBounds } from '../../utils/extract/metadata/dates/calendar-day';
import { midnightDay } from '../../utils/extract/metadata/dates/machine-date';

const NOW = new Date('2024-06-15T12:00:00Z');
const URL_PLAIN = 'https://example.org/artikel/digitalisierung';

function datesOf(body: string, { lang = 'de', head = '' } = {}) {
  const doc = new JSDOM(
    `<!DOCTYPE html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`,
    { url: URL_PLAIN },
  ).window.document;
  return findDates(doc, URL_PLAIN, undefined, lang, [], NOW);
}

describe('a date in the wording of the title is what the text is about, not its date', () => {
  it.each([
    ['Ausschreibung zur Sitzung vom 10. Oktober 2019'],
    ['Protokoll der Mitgliederversammlung am 10.10.2019'],
    ['Was der Beschluss vom 10.10.2019 für Träger bedeutet'],
    ['Rückblick: Fachtag am 10. Oktober 2019 in Kassel'],
    ['Neue Regeln ab 1. Oktober 2019'],
    ['What the ruling of 10 October 2019 means for social work'],
  ])('%s', (title) => {
    const html = `<article><h1 class="entry-title">${title}</h1>
      <div class="entry-meta"><span class="posted-on">26.12.2019</span></div><p>Text.</p></article>`;
    expect(datesOf(html, { lang: /What/.test(title) ? 'en-GB' : 'de' }).published).toBe('2019-12-26');
  });

  it.each([
    [
      'a date element set into the title',
      '<h1><span class="topline"><span class="date">27.01.2022</span></span>MineralölINFO November 2021</h1>',
    ],
    [
      'a dateline below the title in the heading',
      '<h1>Zuschauerrückkehr bei den Proficlubs<br><small>&nbsp; 02.02.2022 •&nbsp; <span class="author">Redaktion</span></small></h1>',
    ],
    [
      'a weekday and time with it',
      '<h1>Zuschauerrückkehr<br><small>Mittwoch, 02.02.2022, 14:30 Uhr</small></h1>',
    ],
    ['a labelled press release', '<h1>Pressemitteilung vom 02.02.2022</h1>'],
  ])('keeps %s', (_, heading) => {
    const expected = heading.includes('27.01.2022') ? '2022-01-27' : '2022-02-02';
    expect(datesOf(`<article>${heading}<p>Text des Artikels.</p></article>`).published).toBe(expected);
  });
});

describe('a date-only value stored as Central European midnight in UTC', () => {
  it.each([
    ['winter', '2022-11-06T23:00:00.000Z', '6.11.22', '2022-11-07'],
    ['summer', '2021-06-14T22:00:00Z', '14.06.2021', '2021-06-15'],
    ['summer, without seconds', '2021-06-14T22:00Z', '14. Juni 2021', '2021-06-15'],
    ['winter, +00:00', '2022-01-09T23:00:00+00:00', '09.01.2022', '2022-01-10'],
  ])('%s: the day the reader sees, not the day a UTC server printed', (_, instant, shown, expected) => {
    const head = `<meta property="article:published_time" content="${instant}">`;
    const html = `<article><h1>Provence Travel Guide</h1>
      <div class="meta"><time class="Article__date" datetime="${instant}">${shown}</time></div><p>Text.</p></article>`;
    const result = datesOf(html, { head });
    expect(result.published).toBe(expected);
    expect(result.provenance.published.confidence).toBe('high');
  });

  it.each([
    ['a real late-evening instant', '2019-12-26T23:07:45+00:00', '26/12/2019', '2019-12-26'],
    ['an instant at UTC midnight', '2019-12-26T00:00:00Z', '26.12.2019', '2019-12-26'],
    ['a local offset', '2019-12-26T00:00:00+01:00', '26.12.2019', '2019-12-26'],
    ['a text that agrees already', '2022-11-06T23:00:00.000Z', '7.11.22', '2022-11-07'],
  ])('leaves %s alone', (_, instant, shown, expected) => {
    const html = `<article><h1>Titel</h1><div class="meta"><time datetime="${instant}">${shown}</time></div></article>`;
    expect(datesOf(html).published).toBe(expected);
  });

  it('applies only to pages shown in Central European time', () => {
    const reading = { bounds: defaultBounds(NOW), order: 'day-first' as const, centralEuropean: false };
    expect(midnightDay('2022-11-06T23:00:00.000Z', reading)).toBeNull();
    expect(midnightDay('2022-11-06T23:00:00.000Z', { ...reading, centralEuropean: true })).toBe('2022-11-07');
    expect(midnightDay('2022-07-06T23:00:00.000Z', { ...reading, centralEuropean: true })).toBeNull();
    expect(midnightDay('2022-07-06', { ...reading, centralEuropean: true })).toBeNull();
  });
});

describe("an article marked only by its class keeps its metadata row's date", () => {
  it.each([
    ['TYPO3 news single view', 'news news-single', 'article', 'footer'],
    ['a WordPress hentry', 'post-123 post hentry', 'entry', 'entry-utility footer'],
  ])('%s', (_, outer, inner, footer) => {
    const head = '<meta name="date" content="2022-01-21T15:38:44+01:00">';
    const html = `<div class="${outer}"><div class="${inner}">
      <div class="header"><h3 itemprop="headline">Schneeflöckchen, Weißröckchen – mit Hund im Winter</h3></div>
      <div class="${footer}"><p><span class="news-list-date">
        <time itemprop="datePublished" datetime="2022-01-27">27.01.2022</time></span></p></div>
      <p>Text des Artikels.</p></div></div>`;
    expect(datesOf(html, { head }).published).toBe('2022-01-27');
  });

  it('still skips a site footer outside such an article', () => {
    const html = `<div class="article"><h1>Titel</h1><p>Text.</p></div>
      <div class="footer"><time itemprop="datePublished" datetime="2022-01-27">27.01.2022</time></div>`;
    expect(datesOf(html).published).toBeNull();
  });
});
