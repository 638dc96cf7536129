import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../utils/extract/metadata/dates';
import { type LdNode } from '../../utils/extract/metadata/json-ld';

const NOW = new Date('2024-06-15T12:00:00Z');
const URL_PLAIN = 'https://example.org/artikel/digitalisierung';

function datesOf(html: string, { url = URL_PLAIN, lang = 'de', ld = [] as LdNode[] } = {}) {
  const doc = new JSDOM(`<!DOCTYPE html><html lang="${lang}">${html}</html>`, { url }).window.document;
  return findDates(doc, url, ld[0], lang, ld, NOW);
}

const COMMENTS = `<section id="comments" class="comments-area"><ol class="comment-list">
  <li class="comment"><div class="comment-meta">14. Juli 2019 um 09:12</div><p>Guter Beitrag!</p></li>
  <li class="comment"><div class="comment-meta">15. Juli 2019 um 11:40</div><p>Danke.</p></li></ol></section>`;

describe('findDates on whole pages', () => {
  it('takes the byline date and never a comment date (the seed page pattern)', () => {
    const html = `<body><article><h1>Digitalisierung braucht Soziale Arbeit</h1>
      <div class="entry-meta">Von: Christian Müller | 02.07.2019 | 5 Min. Lesezeit</div>
      <p>Text des Artikels.</p></article>${COMMENTS}</body>`;
    expect(datesOf(html).published).toBe('2019-07-02');
  });

  it('answers null rather than a comment date when the article shows none', () => {
    const html = `<body><article><h1>Titel</h1><p>Text ohne Datum.</p></article>${COMMENTS}</body>`;
    expect(datesOf(html).published).toBeNull();
  });

  it('ignores sidebars, related posts and the site footer', () => {
    const html = `<body><main><h1>Titel</h1><p>Text ohne Datum.</p></main>
      <aside class="sidebar"><ul><li>Neu: 03.03.2021</li></ul></aside>
      <div class="related-posts"><a href="/x">Anderer Beitrag</a> <span class="date">04.04.2021</span></div>
      <footer class="site-footer">Stand 05.05.2021 © 2021</footer></body>`;
    expect(datesOf(html).published).toBeNull();
  });

  it('reads JSON-LD and keeps the modification date separately', () => {
    const ld = [
      {
        '@type': 'NewsArticle',
        datePublished: '2019-07-02T00:30:00+02:00',
        dateModified: '2020-01-05T10:00:00+01:00',
      },
    ];
    expect(datesOf('<body><h1>Titel</h1></body>', { ld })).toMatchObject({
      published: '2019-07-02',
      modified: '2020-01-05',
    });
  });

  it.each([
    ['<meta property="article:published_time" content="2019-07-02T08:00:00+02:00">'],
    ['<meta name="DC.date" content="2019-07-02">'],
    ['<meta name="parsely-pub-date" content="2019-07-02T08:00:00+02:00">'],
    ['<meta name="sailthru.date" content="2019-07-02 08:00:00">'],
    ['<meta itemprop="datePublished" content="2019-07-02">'],
    ['<meta property="og:published_time" content="2019-07-01T22:30:00Z">'],
  ])('reads %s', (meta) => {
    expect(datesOf(`<head>${meta}</head><body><h1>Titel</h1></body>`).published).toBe('2019-07-02');
  });

  it('reads article:modified_time as the modification date only', () => {
    const html = `<head><meta property="article:modified_time" content="2021-02-03T10:00:00+01:00"></head><body><h1>T</h1></body>`;
    expect(datesOf(html)).toMatchObject({ published: null, modified: '2021-02-03' });
  });

  it('rejects junk structured dates and falls back to the visible one', () => {
    const ld = [{ '@type': 'Article', datePublished: '0001-01-01T00:00:00Z' }];
    const html = `<body><h1>Titel</h1><p class="byline">Veröffentlicht am 2. Juli 2019</p></body>`;
    expect(datesOf(html, { ld }).published).toBe('2019-07-02');
  });

  it('reads microdata and <time> in the article header', () => {
    const micro = `<body><article itemscope itemtype="https://schema.org/BlogPosting"><h1 itemprop="headline">T</h1>
      <span itemprop="datePublished" content="2019-07-02">2. Juli 2019</span></article></body>`;
    expect(datesOf(micro).published).toBe('2019-07-02');
    const time = `<body><article><header><h1>T</h1><time datetime="2019-07-02T09:00">2. Juli</time></header></article></body>`;
    expect(datesOf(time).published).toBe('2019-07-02');
  });

  it('separates "Veröffentlicht" from "Aktualisiert"', () => {
    const html = `<body><h1>Titel</h1><p>Veröffentlicht am 02.07.2019, aktualisiert am 10.08.2019</p>
      <p class="meta">Aktualisiert am 10.08.2019</p></body>`;
    expect(datesOf(html)).toMatchObject({ published: '2019-07-02', modified: '2019-08-10' });
  });

  it('takes "Stand:" when it is the only date', () => {
    const html = `<body><h1>Jugendamt</h1><div class="info">Stand: 12.05.2020, 14:30 Uhr</div><p>Text.</p></body>`;
    expect(datesOf(html).published).toBe('2020-05-12');
  });

  it('reads numeric dates in the page locale', () => {
    const html = `<body><h1>Title</h1><p class="post-date">07/10/2020</p></body>`;
    expect(datesOf(html, { lang: 'en-GB' }).published).toBe('2020-10-07');
    expect(datesOf(html, { lang: 'en-US' }).published).toBe('2020-07-10');
  });

  it('reads English bylines', () => {
    const html = `<body><article><h1>Outreach</h1><div class="byline">By Jane Doe · September 4, 2019</div></article></body>`;
    expect(datesOf(html, { lang: 'en' }).published).toBe('2019-09-04');
  });

  it('reads the URL path and prefers it to a lone stray date', () => {
    expect(
      datesOf('<body><h1>T</h1></body>', { url: 'https://blog.example.org/2019/07/02/titel/' }).published,
    ).toBe('2019-07-02');
    expect(
      datesOf('<body><h1>T</h1></body>', { url: 'https://blog.example.org/2019/07/titel/' }).published,
    ).toBe('2019-07');
    const dated = `<body><h1>T</h1><h2 class="date-header">Dienstag, 16. Juli 2019</h2></body>`;
    expect(datesOf(dated, { url: 'https://blog.example.org/2019/07/titel/' }).published).toBe('2019-07-16');
  });

  it('does not date a listing by its first teaser', () => {
    const teaser = (day: string) =>
      `<div class="item" itemscope itemtype="https://schema.org/BlogPosting"><h2>Beitrag</h2><time datetime="${day}" itemprop="datePublished">${day}</time></div>`;
    const html = `<body><h1>Blog</h1>${teaser('2021-10-12')}${teaser('2021-09-01')}${teaser('2021-08-03')}</body>`;
    expect(datesOf(html).published).toBeNull();
  });

  it('ignores future dates', () => {
    const html = `<body><h1>Veranstaltung</h1><p class="date">Termin: 01.01.2030</p></body>`;
    expect(datesOf(html).published).toBeNull();
  });
});

describe('findDates when sources disagree', () => {
  const article = (meta: string) =>
    `<body><article><h1>Titel</h1><div class="entry-date">${meta}</div><p>Text.</p></article></body>`;

  it('takes the visible day when a UTC timestamp lands within a day of it', () => {
    const ld = [{ '@type': 'NewsArticle', datePublished: '2019-07-02T23:30:00Z' }];
    expect(datesOf(article('02.07.2019'), { ld }).published).toBe('2019-07-02');
  });

  it('takes the visible date when the page shows the day structured data calls modified', () => {
    const ld = [{ '@type': 'Article', datePublished: '2018-01-10', dateModified: '2019-03-05' }];
    expect(datesOf(article('5. März 2019'), { ld })).toMatchObject({
      published: '2019-03-05',
      modified: '2019-03-05',
    });
  });

  it('keeps structured data over a visible date that matches nothing (an event, a quoted date)', () => {
    const ld = [{ '@type': 'Article', datePublished: '2021-11-03' }];
    expect(datesOf(article('Termin: 24.12.2021'), { ld }).published).toBe('2021-11-03');
  });

  it('reads day-first dates in the URL path', () => {
    expect(datesOf('<body><h1>T</h1></body>', { url: 'https://x.de/meldungen/29-10-2021' }).published).toBe(
      '2021-10-29',
    );
    expect(
      datesOf('<body><h1>T</h1></body>', { url: 'https://x.de/detail/~02-01-2022-land-zahlte' }).published,
    ).toBe('2022-01-02');
  });

  it('lets a year-month URL only stand in when the page shows no day', () => {
    const url = 'https://blog.example.org/2019/07/titel/';
    expect(datesOf(`<body><h1>T</h1><p>Am 16.07.2019 trafen wir uns.</p></body>`, { url }).published).toBe(
      '2019-07-16',
    );
    expect(datesOf(`<body><h1>T</h1><p>Seit 03.03.2012 gilt das Gesetz.</p></body>`, { url }).published).toBe(
      '2019-07',
    );
  });

  it('keeps a bare date a few weeks after the URL month (a ticker filed under its start month)', () => {
    const url = 'https://amt.example.org/meldungen/2021/10/lage.html';
    const html = `<body><h1>Lage an der Grenze</h1><p>10.11.2021</p><p>Text.</p><p>09.11.2021</p></body>`;
    expect(datesOf(html, { url }).published).toBe('2021-11-10');
    const before = `<body><h1>Lage an der Grenze</h1><p>10.09.2021</p><p>Text.</p></body>`;
    expect(datesOf(before, { url }).published).toBe('2021-10');
  });
});

describe('findDates on awkward markup', () => {
  it('reads dates inside a page-wide wrapper whose class sounds like noise', () => {
    const html = `<body><div class="ads-helper"><main class="with-navigation"><article><h1>Titel</h1>
      <p class="info">10.06.2018 22:00</p><p>Text.</p></article></main></div></body>`;
    expect(datesOf(html).published).toBe('2018-06-10');
  });

  it('reads a dateline in a "banner" or "ads" wrapper above the headline (ads carry no dates)', () => {
    const html = `<body><div class="news-banner"><span>Pressemitteilung</span>
      <time datetime="2022-12-12 12:22">12.12.2022 12:22</time></div><h1>Titel</h1><p>Text.</p>
      <div class="ads-helper"><h1>Kommentar hinzufügen</h1></div></body>`;
    expect(datesOf(html).published).toBe('2022-12-12');
  });

  it('takes "Stand" in the date line over an unlabelled date further down', () => {
    const html = `<body><h1>Titel</h1><div class="article-meta">Stand: 05.02.2020</div>
      <p>Gültig ab 01.01.2018.</p><p>Text.</p></body>`;
    expect(datesOf(html).published).toBe('2020-02-05');
  });

  it('reads the footer row of an article marked up with microdata (TYPO3 news)', () => {
    const html = `<body><div class="news news-single"><div class="article" itemscope
      itemtype="http://schema.org/Article"><h3 itemprop="headline">Reparaturcafé am 31. Januar</h3>
      <div class="footer"><p><span class="news-list-date"><time datetime="2020-01-27">27.01.2020</time></span></p></div>
      <p>Text.</p></div></div><div class="footer">Stand 05.05.2021</div></body>`;
    expect(datesOf(html).published).toBe('2020-01-27');
  });

  it('takes a date styled as "updated" right below the headline over teaser dates above it', () => {
    const html = `<body><ul class="ticker"><li>28.01.2022 Anderer Beitrag</li><li>29.01.2022 Noch einer</li></ul>
      <h1>Titel</h1><div class="post-updated">02.02.2022</div><p>Text.</p></body>`;
    expect(datesOf(html).published).toBe('2022-02-02');
  });

  it('reads the metadata <aside> of an article but not a sidebar <aside>', () => {
    const html = `<body><article><h1>Titel</h1><aside class="meta"><time>18. Okt 2023</time></aside>
      <p>Text.</p></article><aside><p>Neu: 01.11.2023</p></aside></body>`;
    expect(datesOf(html).published).toBe('2023-10-18');
  });

  it('is not thrown off by a long month archive before the article', () => {
    const months = Array.from(
      { length: 80 },
      (_, i) => `<li><a href="#">Juli ${2000 + (i % 20)}</a></li>`,
    ).join('');
    const html = `<body><h1>Segelclub</h1><ul class="archive-list">${months}</ul><div class="mod_article">
      <h2>Warm war es</h2><p class="info">10.06.2018 22:00</p><p>Text.</p></div></body>`;
    expect(datesOf(html).published).toBe('2018-06-10');
  });

  it('reaches a date behind a few thousand nodes of page chrome', () => {
    const chrome = '<div class="mega"><span><i></i></span></div>'.repeat(1500);
    const html = `<body>${chrome}<main><p><time datetime="2022-01-26">26. Januar 2022</time></p>
      <p>Text.</p></main></body>`;
    expect(datesOf(html).published).toBe('2022-01-26');
  });

  it('dates a page with a dateline above the headline', () => {
    const html = `<body><main><p>01.02.2022 | Sport</p><h1>Titel</h1><p>Text ohne Datum.</p></main></body>`;
    expect(datesOf(html).published).toBe('2022-02-01');
  });

  it('dates an article with a strip of dated teasers by the date element below its headline', () => {
    const teaser = (day: string) => `<li><a href="/t">Teaser</a> <time datetime="${day}">${day}</time></li>`;
    const html = `<body><article><h1>Was sich nach dem Urteil ändert</h1>
      <div class="PublishDate"><span>Dienstag,</span> <span>29. Januar 2019</span></div>
      <p>Text des Artikels.</p></article>
      <ul class="more">${teaser('2018-03-12')}${teaser('2018-03-19')}${teaser('2018-03-14')}</ul></body>`;
    expect(datesOf(html).published).toBe('2019-01-29');
  });

  it('takes "Erschienen am" from the page footer when nothing else dates the page', () => {
    const html = `<body><main><h1>Vom Boden aus gedacht</h1><p>Rezension ohne Datum.</p></main>
      <footer class="site-footer"><p>Letzte Änderung: 31.10.2023 - 14:49<br>Erschienen am: 01.11.2023</p></footer></body>`;
    expect(datesOf(html).published).toBe('2023-11-01');
  });

  it('does not take a labelled date from comments or teasers, nor one of several labelled days', () => {
    const teasers = `<div class="related-posts"><p>Veröffentlicht am 03.03.2021</p></div>`;
    const comment = `<div class="comments"><p>Veröffentlicht am 04.04.2021</p></div>`;
    expect(datesOf(`<body><h1>T</h1><p>Text.</p>${teasers}${comment}</body>`).published).toBeNull();
    const two = `<footer><p>Erschienen am 01.02.2020</p><p>Erschienen am 05.06.2020</p></footer>`;
    expect(datesOf(`<body><h1>T</h1><p>Text.</p>${two}</body>`).published).toBeNull();
  });

  it('reads the date of a HowTo node in JSON-LD (a lenient ISO timestamp too)', () => {
    const ld = [
      { '@type': 'BreadcrumbList' },
      { '@type': 'HowTo', name: 'Tischdecke nähen', datePublished: '2022-01-10T22:06:08:684Z' },
    ];
    expect(datesOf('<body><h2>Tischdecke</h2><p>Anleitung.</p></body>', { ld }).published).toBe('2022-01-10');
  });
});
