import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findAuthors } from '../../utils/extract/metadata/authors';
import { isPlausibleName } from '../../utils/extract/metadata/authors/name-shape';
import { mainLdNode, readJsonLd } from '../../utils/extract/metadata/json-ld';
import { authorDisplayNames } from '../../utils/extract/names/author-name';

function authorsOf(head: string, body: string): string[] {
  const doc = new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, {
    url: 'https://www.beispiel-portal.org/2021/artikel',
  }).window.document;
  const ld = readJsonLd(doc);
  return authorDisplayNames(
    findAuthors(doc, mainLdNode(ld), null, { siteName: 'Beispiel-Portal', ld }).names,
  );
}
const ld = (author: unknown) =>
  `<script type="application/ld+json">${JSON.stringify({ '@type': 'Article', author })}</script>`;
const article = (inner: string) =>
  `<article><h1>Beratung auf Abstand</h1>${inner}<p>Text des Artikels.</p></article>`;

describe('a CMS login declared as author loses to the printed name', () => {
  it.each([
    ['sarah-indra', '<div class="author">Autor <span>Mark Newton</span></div>', ['Mark Newton']],
    ['redaktion_web', '<p class="byline">Von Anna Schmidt</p>', ['Anna Schmidt']],
    ['j.becker', '<span class="author">Jonas Becker</span>', ['Jonas Becker']],
    // A login that the byline spells out stays the declared author, in the byline's spelling.
    ['annaschmidt', '<span class="author">Anna Schmidt</span>', ['Anna Schmidt']],
  ])('JSON-LD "%s"', (login, byline, expected) => {
    expect(authorsOf(ld({ '@type': 'Person', name: login }), article(byline))).toEqual(expected);
  });

  it.each([
    // A real name in JSON-LD is kept against a different byline.
    [
      { '@type': 'Person', name: 'Isabell Angele' },
      '<p class="byline">Von Matthias Lauerer</p>',
      ['Isabell Angele'],
    ],
    // A login with no full name on the page is all there is.
    [{ '@type': 'Person', name: 'sarah-indra' }, '', ['sarah-indra']],
    [{ '@type': 'Person', name: 'sarah-indra' }, '<span class="author">gizzmo</span>', ['sarah-indra']],
  ])('JSON-LD %j stays', (author, byline, expected) => {
    expect(authorsOf(ld(author), article(byline))).toEqual(expected);
  });
});

describe('a byline line ends at its <br>', () => {
  it.each([
    [
      '<p>Von <strong>Roland Brockmann</strong> und <strong>Sebastian Drescher</strong><br><span></span><br> Kakuma/Kenia</p>',
      ['Roland Brockmann', 'Sebastian Drescher'],
    ],
    ['<p>Von <a href="/a">Anna Schmidt</a><br>Berlin</p>', ['Anna Schmidt']],
    ['<p>Text: <b>Jonas Becker</b><br>Fotos: Anna Schmidt</p>', ['Jonas Becker']],
  ])('%s', (line, expected) => {
    expect(authorsOf('', article(line))).toEqual(expected);
  });
});

describe('words that follow "von"/"by" in prose are no names', () => {
  it.each(['dem', 'der', 'den', 'einem', 'einer', 'diesem', 'ihnen', 'uns', 'the', 'this', 'their', 'Der'])(
    '"%s"',
    (word) => expect(isPlausibleName(word)).toBe(false),
  );
  it.each(['gizzmo', 'Anna', 'Anna Schmidt', 'Christoph von Ritter', 'Derya', 'Dem Tran'])(
    '"%s" still is',
    (name) => expect(isPlausibleName(name)).toBe(true),
  );
});
