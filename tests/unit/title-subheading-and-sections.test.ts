import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { mainLdNode, readJsonLd } from '../../utils/extract/metadata/json-ld';
import { findTitle } from '../../utils/extract/metadata/title';
import { sectionLabels } from '../../utils/extract/metadata/title/sections';

function page(url: string, head: string, body: string): Document {
  return new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, { url }).window
    .document;
}
const titleOf = (url: string, head: string, body: string, siteName: string | null = null) => {
  const doc = page(url, head, body);
  return findTitle(doc, mainLdNode(readJsonLd(doc)), siteName, url);
};

describe('an <h2> headline on a page without an article <h1>', () => {
  const url = 'http://www.bibliothek2null.de/2014/05/18/alles-neue-mach-der-mai/';
  it.each([
    [
      '<title>Alles Neue mach der Mai… | Bibliothek 2.0 und mehr</title>',
      `<header><a class="author">Patrick Danowski</a></header><h2><a href="${url}">Alles Neue mach der Mai…</a></h2><p>Text.</p>`,
      'Alles Neue mach der Mai…',
    ],
    [
      '<title>Bootsdienst Ausbildung - Feuerwehrtaucher</title>',
      '<div id="body"><h2>Bootsdienst Ausbildung</h2><p>Text.</p></div>',
      'Bootsdienst Ausbildung',
    ],
    [
      '<meta property="og:title" content="Digitalisierung in der Jugendhilfe">',
      '<div class="logo"><h1>Sozial-PR</h1></div><h2>Digitalisierung in der Jugendhilfe</h2><p>Text.</p>',
      'Digitalisierung in der Jugendhilfe',
    ],
  ])('%s', (head, body, expected) => {
    const found = titleOf(url, head, body);
    expect(found.title).toBe(expected);
    expect(found.provenance.source).toBe('headline');
  });

  it('ignores an <h2> that no declared title confirms', () => {
    const found = titleOf(
      url,
      '<title>Checkliste | Journal</title>',
      '<h2>Weitere Beiträge</h2><p>Text.</p>',
    );
    expect(found.title).not.toBe('Weitere Beiträge');
  });

  it('ignores <h2> when the page has an article <h1>', () => {
    const found = titleOf(
      url,
      '<title>Zweiter Teil | Blog</title>',
      '<h1>Erster Teil einer Serie</h1><h2>Zweiter Teil</h2><p>Text.</p>',
    );
    expect(found.provenance.reason).not.toMatch(/subheading/);
  });
});

describe('section labels', () => {
  const url = 'https://www.rheinruhronline.de/essen/essen2/essenwestviertel/essenwestviertel.htm';
  it.each([
    // A folder made for the page alone repeats its slug: it is the page, not a section.
    ['Essen-Westviertel', '', false],
    // Other folders are sections.
    ['Essen', '', true],
    // A link to another site with the headline's words is an encyclopedia entry, not a section.
    [
      'Essen-Westviertel',
      '<a href="http://de.wikipedia.org/wiki/Essen-Westviertel">Essen-Westviertel</a>',
      false,
    ],
    ['Ausflugtipps', '<a href="https://www.rheinruhronline.de/ausflug/">Ausflugtipps</a>', true],
    ['Ausflugtipps', '<a href="/ausflug/">Ausflugtipps</a>', true],
    ['Partner', '<a href="https://partner.example/">Partner</a>', false],
  ])('"%s" with %s', (segment, links, expected) => {
    expect(sectionLabels(page(url, '', `<nav>${links}</nav>`), url)(segment)).toBe(expected);
  });
});
