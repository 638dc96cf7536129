import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findAuthors } from '../../utils/extract/metadata/authors';
import { mainLdNode, readJsonLd } from '../../utils/extract/metadata/json-ld';
import { authorDisplayNames } from '../../utils/extract/names/author-name';

const URL = 'https://www.example.org/2021/artikel';

function authorsOf(
  head: string,
  body: string,
  siteName: string | null = 'Beispiel-Portal',
  byline: string | null = null,
): string[] {
  const doc = new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, { url: URL })
    .window.document;
  const ld = readJsonLd(doc);
  return authorDisplayNames(findAuthors(doc, mainLdNode(ld), byline, { siteName, ld }).names);
}

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const article = (inner: string) =>
  `<article><h1>Beratung auf Abstand</h1>${inner}<p>Text des Artikels.</p></article>`;

describe('findAuthors on whole pages', () => {
  it.each([
    ['meta author', '<meta name="author" content="Miriam Hartmann">', article(''), ['Miriam Hartmann']],
    [
      'JSON-LD Person object',
      ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Heike Buchter' } }),
      article(''),
      ['Heike Buchter'],
    ],
    [
      'JSON-LD author string',
      ld({ '@type': 'Article', author: 'Anna Schmidt' }),
      article(''),
      ['Anna Schmidt'],
    ],
    [
      'JSON-LD author array',
      ld({
        '@type': 'Article',
        author: [
          { '@type': 'Person', name: 'Anna Schmidt' },
          { '@type': 'Person', name: 'Jonas Becker' },
        ],
      }),
      article(''),
      ['Anna Schmidt', 'Jonas Becker'],
    ],
    [
      'JSON-LD @id reference resolved in the graph',
      ld({
        '@graph': [
          { '@type': 'Article', author: { '@id': '#p1' } },
          { '@type': 'Person', '@id': '#p1', name: 'Miriam Hartmann' },
        ],
      }),
      article(''),
      ['Miriam Hartmann'],
    ],
    [
      'a person byline beats an Organization author in JSON-LD',
      ld({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Badische Zeitung' } }),
      article('<p class="byline">Von Lisa Petrich</p>'),
      ['Lisa Petrich'],
    ],
    [
      'a person byline beats a "Person" that is the site itself',
      ld({ '@type': 'BlogPosting', author: { '@type': 'Person', name: 'Beispiel-Portal' } }),
      article('<span class="author">Von: Christian Müller</span>'),
      ['Christian Müller'],
    ],
    [
      'the organisation stays when no person is named',
      ld({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Greenpeace' } }),
      article(''),
      ['Greenpeace'],
    ],
    [
      'rel=author links, two authors',
      '',
      article(
        '<span class="article__byline">Von <a rel="author" href="/a">Anna Schmidt</a> und <a rel="author" href="/b">Jonas Becker</a></span>',
      ),
      ['Anna Schmidt', 'Jonas Becker'],
    ],
    [
      'itemprop=author with a nested name',
      '',
      article(
        '<span itemprop="author" itemscope><span>von</span> <span itemprop="name">Katrin Schulze</span></span>',
      ),
      ['Katrin Schulze'],
    ],
    [
      'WordPress byline with vcard',
      '',
      article(
        '<span class="byline">von <span class="author vcard"><a class="url fn n" href="/author/m">Miriam Hartmann</a></span></span>',
      ),
      ['Miriam Hartmann'],
    ],
    [
      'a plain "Von:" line',
      '',
      article(
        '<p class="info"><span class="date">02.07.2019</span> Von: Christian Müller <span>Lesedauer: 5 Minuten</span></p>',
      ),
      ['Christian Müller'],
    ],
    [
      '"Veröffentlicht am … von …" without author markup',
      '',
      article(
        '<div class="meta">Veröffentlicht am 3. März 2021 von <span>Prof. Dr. Anna Schmidt</span></div>',
      ),
      ['Anna Schmidt'],
    ],
    [
      '"Text:" line at the end of the article',
      '',
      `<article><h1>Titel</h1><p>Inhalt des Artikels.</p><p>Text: Jonas Becker</p></article>`,
      ['Jonas Becker'],
    ],
    [
      'a date after the name in the byline',
      '',
      article('<p class="byline">Anna Schmidt, 12.05.2020</p>'),
      ['Anna Schmidt'],
    ],
    [
      'a role after the name',
      '',
      article('<div class="author">Anna Schmidt | Redakteurin</div>'),
      ['Anna Schmidt'],
    ],
    [
      'photo credits are not authors',
      '',
      article('<figure><img src="a.jpg"><figcaption>Foto: Jonas Becker</figcaption></figure>'),
      [],
    ],
    [
      'press contacts are not authors',
      '',
      article('<div class="contact"><p>Pressekontakt: Anna Schmidt</p></div>'),
      [],
    ],
    [
      'comment authors are not authors',
      '',
      article('') +
        '<section id="comments"><div class="comment"><span class="comment-author">Von Peter Lustig</span><p>Toller Text!</p></div></section>',
      [],
    ],
    [
      'theme credits in the page footer are not authors',
      '',
      article('') + '<footer class="site-footer"><p>Theme: Graphy by Themegraphy</p></footer>',
      [],
    ],
    [
      'an author-bio box only adds its name heading',
      '',
      article(
        '<div class="author-bio"><h2 class="author-title">Von Miriam Hartmann</h2><p>Miriam ist Sozialarbeiterin und Medienpädagogin.</p><a rel="author" href="/m">Alle Beiträge von Miriam Hartmann anzeigen</a></div>',
      ),
      ['Miriam Hartmann'],
    ],
    ['a page that names nobody', '', article('<p>Ein Text ohne Angabe, von wem er stammt.</p>'), []],
    [
      'a listing of several posts has no author',
      '',
      `<h1>Neues aus dem Sonnenhof</h1>
       <article><h2>Sommerfest</h2><dd class="createdby" itemprop="author" itemscope>Geschrieben von <span itemprop="name">Sabine Roth</span></dd></article>
       <article><h2>Ferienprogramm</h2><dd class="createdby" itemprop="author" itemscope>Geschrieben von <span itemprop="name">Timo Lehmann</span></dd></article>
       <article><h2>Neue Gruppe</h2><dd class="createdby" itemprop="author" itemscope>Geschrieben von <span itemprop="name">Petra Krüger</span></dd></article>`,
      [],
    ],
    [
      'e-mail addresses and profile URLs in meta are skipped',
      '<meta name="author" content="redaktion@example.org"><meta property="article:author" content="https://www.facebook.com/anna">',
      article('<p class="byline">By Jane Doe</p>'),
      ['Jane Doe'],
    ],
    [
      'duplicates across sources collapse',
      '<meta name="author" content="Anna Schmidt, Anna Schmidt">',
      article(''),
      ['Anna Schmidt'],
    ],
  ])('%s', (_name, head, body, expected) => {
    expect(authorsOf(head, body)).toEqual(expected);
  });

  it("falls back to Readability's byline", () => {
    expect(authorsOf('', article(''), null, 'By Jane Doe, Staff Writer')).toEqual(['Jane Doe']);
  });

  it('works on a document without a window (a detached clone)', () => {
    const doc = new JSDOM(`<body>${article('<p class="byline">Von Anna Schmidt</p>')}</body>`, { url: URL })
      .window.document;
    const clone = doc.implementation.createHTMLDocument('');
    clone.documentElement.replaceWith(clone.importNode(doc.documentElement, true));
    expect(clone.defaultView).toBeNull();
    expect(authorDisplayNames(findAuthors(clone, undefined, null).names)).toEqual(['Anna Schmidt']);
  });
});
