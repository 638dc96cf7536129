import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findAuthors } from '../../utils/extract/metadata/authors';
import { mainLdNode, readJsonLd } from '../../utils/extract/metadata/json-ld';
import { authorDisplayNames } from '../../utils/extract/names/author-name';

/** Rules that depend on where a name sits on the page: wrappers, author boxes, signatures, datelines. */
function authorsOf(head: string, body: string, siteName: string | null = 'Beispiel-Portal'): string[] {
  const doc = new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, {
    url: 'https://www.example.org/2021/artikel',
  }).window.document;
  const ld = readJsonLd(doc);
  return authorDisplayNames(findAuthors(doc, mainLdNode(ld), null, { siteName, ld }).names);
}

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const PROSE =
  '<p>Die Beratungsstellen berichten, dass Ratsuchende das Angebot per Video gern annehmen, vor allem Berufstätige.</p>';
const TITLE = '<title>Beratung auf Abstand | Beispiel-Portal</title>';

describe('findAuthors: page layout', () => {
  it.each([
    [
      'a wrapper whose class mentions a sidebar still holds the article',
      '<div class="layout-container has-sidebar"><article><h1>Beratung auf Abstand</h1><div class="field--name-field-tag-author">Jil Schuller</div>' +
        PROSE +
        '</article><aside class="sidebar"><span class="author">Peter Lustig</span></aside></div>',
      ['Jil Schuller'],
    ],
    [
      'an element with id "sidebar" that contains the headline is the content column',
      '<div id="sidebar" class="content-area"><header><h1>Beratung auf Abstand</h1><span class="author vcard"><a class="url fn" href="/a">Heiko Sauer</a></span></header>' +
        PROSE +
        '</div>',
      ['Heiko Sauer'],
    ],
    [
      'the headline is the h1 that repeats the page title, not a "While you are here" box',
      '<div class="sidebar"><h1>Beratung auf Abstand</h1><span class="byline">Von Heiko Sauer</span>' +
        PROSE +
        '</div><article><h1>While you are here</h1><span class="author">Max Steinbeis</span></article>',
      ['Heiko Sauer'],
    ],
    [
      'an info aside inside the article holds its byline',
      '<article><h1>Beratung auf Abstand</h1><aside class="meta"><p class="authors">Von: <a class="author-name">Moritz Pieczewski-Freimuth</a></p></aside>' +
        PROSE +
        '</article>',
      ['Moritz Pieczewski-Freimuth'],
    ],
    [
      'a short author box is the byline, not a biography',
      '<article><h1>Beratung auf Abstand</h1><div class="author-box"><span class="author">Anna Schmidt</span> 1. November 2023 10:29</div>' +
        PROSE +
        '</article>',
      ['Anna Schmidt'],
    ],
    [
      'a label element with the name after it',
      '<article><h1>Beratung auf Abstand</h1><div class="info"><h5>Datum: </h5>03.11.2021<br><h5>Autor: </h5>Peter Maahn/SP-X</div>' +
        PROSE +
        '</article>',
      ['Peter Maahn'],
    ],
    [
      'one line of a <br>-separated block at the end of the text',
      '<article><h1>Beratung auf Abstand</h1><div>' +
        'Bevor Menschen Wohngeld bekommen, müssen sie sich ernsthaft um Arbeit bemühen, entschied das Gericht in Berlin.'.repeat(
          3,
        ) +
        '<br><br>Quelle: Agentur<br><br>Autor: <a href="/ra">Rechtsanwalt</a> Sebastian Einbock</div></article>',
      ['Sebastian Einbock'],
    ],
    [
      'a signature in bold closing the text',
      `<article><h1>Beratung auf Abstand</h1>${PROSE}${PROSE}<p><b><i>Stefan Wasmer</i></b></p></article>`,
      ['Stefan Wasmer'],
    ],
    [
      'a closing link row is no signature',
      `<article><h1>Beratung auf Abstand</h1>${PROSE}<p><a href="/">Zur Übersicht</a></p></article>`,
      [],
    ],
    [
      'a closing phrase is no signature',
      `<article><h1>Beratung auf Abstand</h1>${PROSE}<p>Weitere Informationen</p></article>`,
      [],
    ],
    [
      'an agency dateline when nobody else is named',
      '<article><h1>Beratung auf Abstand</h1><p>Hamburg (dpa/lno) – Die Beratungsstellen berichten, dass Ratsuchende das Angebot gern annehmen.</p></article>',
      ['dpa/lno'],
    ],
    [
      'a caption credit under the headline is not a byline',
      `<article><h1>Beratung auf Abstand</h1><figure><figcaption>Stromnetz / Photo by Fré Sonneveld on Unsplash</figcaption></figure>${PROSE}</article>`,
      [],
    ],
    [
      'prose ending in "von" before a link is no byline',
      '<article><h1>Beratung auf Abstand</h1><p>Die Gerüchte um den Gesundheitszustand von <a href="/k">Machthaber Kim Jong Un</a> halten sich, sagte er am Montag in Berlin vor Journalisten.</p></article>',
      [],
    ],
  ])('%s', (_name, body, expected) => {
    expect(authorsOf(TITLE, body)).toEqual(expected);
  });

  it('prefers the visible byline when it names the declared author plus a co-author', () => {
    const head = ld({ '@type': 'Article', author: { '@type': 'Person', name: 'Rudolf Fischer' } });
    const body = `<article><h1>Beratung auf Abstand</h1><span class="vcard author"><span class="fn">von Rudolf Fischer, Simon Kohler</span></span>${PROSE}</article>`;
    expect(authorsOf(head, body)).toEqual(['Rudolf Fischer', 'Simon Kohler']);
  });

  it('spells out a declared user name with the visible display name', () => {
    const head =
      '<meta name="author" content="x">' +
      ld({ '@type': 'Article', author: { '@type': 'Person', name: 'gabor_munier' } });
    const body = `<article><h1>Beratung auf Abstand</h1><span class="author"><a rel="author" href="/u/gabor_munier">Gàbor Muniér</a></span>${PROSE}</article>`;
    expect(authorsOf(head, body)).toEqual(['Gàbor Muniér']);
  });

  it('keeps JSON-LD when the visible byline names somebody else', () => {
    const head = ld({ '@type': 'Article', author: { '@type': 'Person', name: 'Brit Weirich' } });
    const body = `<article><h1>Beratung auf Abstand</h1><span class="author">Anna Schmidt</span>${PROSE}</article>`;
    expect(authorsOf(head, body)).toEqual(['Brit Weirich']);
  });

  it('a visible byline beats a meta author that is the site', () => {
    const body = `<article><h1>Beratung auf Abstand</h1><div class="author"><h2 class="author__name">Ursula Baatz</h2></div>${PROSE}</article>`;
    expect(authorsOf('<meta name="author" content="Die FURCHE">', body, 'Achtsam durch die Krise')).toEqual([
      'Ursula Baatz',
    ]);
  });

  it('drops the address parts next to an organisation in meta', () => {
    const head = '<meta name="author" content="hessenschau.de, Frankfurt, Germany">';
    expect(
      authorsOf(head, `<article><h1>Beratung auf Abstand</h1>${PROSE}</article>`, 'hessenschau.de'),
    ).toEqual(['hessenschau.de']);
  });

  it('a recipe title marked "fn" is not a name', () => {
    const body = `<div class="hrecipe"><h1 class="fn">Porridge mit Apfel</h1><p class="fn">Hafer und Apfel</p>${PROSE}</div>`;
    expect(authorsOf('', body)).toEqual([]);
  });
});
