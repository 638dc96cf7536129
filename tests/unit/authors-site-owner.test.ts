import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findAuthors } from '../../utils/extract/metadata/authors';
import { mainLdNode, readJsonLd } from '../../utils/extract/metadata/json-ld';
import { siteOwner } from '../../utils/extract/metadata/authors/site-owner';
import { authorDisplayNames } from '../../utils/extract/names/author-name';

const page = (url: string, head = '', body = '<article><h1>Ein Beitrag</h1><p>Text.</p></article>') =>
  new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, { url }).window.document;

describe('siteOwner: the site whose domain spells its name stands as author', () => {
  it.each([
    [
      'https://www.alexander-klier.net/zeit/',
      'Dr. Alexander Klier',
      { name: 'Alexander Klier', kind: 'person' },
    ],
    ['https://blog.anna-schmidt.de/x', 'Prof. Dr. Anna Schmidt', { name: 'Anna Schmidt', kind: 'person' }],
    ['https://happyface313.com/plantur/', 'Happyface313', { name: 'Happyface313', kind: 'organisation' }],
    ['https://www.daheim-solar.de/speicher', 'daheim Solar', { name: 'daheim Solar', kind: 'organisation' }],
    ['https://www.sozial-pr.net/blog/x', 'Sozial-PR', { name: 'Sozial-PR', kind: 'organisation' }],
    [
      'https://www.fluessiggas-ratgeber.de/a',
      'Flüssiggas Ratgeber',
      { name: 'Flüssiggas Ratgeber', kind: 'organisation' },
    ],
    ['https://janedoe.org/post', 'Jane Doe', { name: 'Jane Doe', kind: 'organisation' }],
  ])('%s named "%s"', (url, siteName, owner) => {
    expect(siteOwner(page(url), siteName)).toEqual(owner);
  });

  it.each([
    // A publisher with many writers: the domain does not spell the name.
    ['https://www.sz.de/politik/x', 'Süddeutsche Zeitung'],
    ['https://www.spiegel.de/x', 'DER SPIEGEL Wissenschaft'],
    ['https://www.zeit.de/x', 'ZEIT ONLINE'],
    // A name read off the address is no declaration.
    ['https://www.volksstimme.ch/x', 'volksstimme.ch'],
    ['https://www.linkedin.com/pulse/x', 'LinkedIn.com'],
    // Too short to be told from chance.
    ['https://www.awo.org/x', 'AWO'],
    ['https://www.example.org/x', ''],
  ])('%s named "%s": nobody', (url, siteName) => {
    expect(siteOwner(page(url), siteName)).toBeNull();
  });

  it('reads the address from the canonical link when the document has none of its own', () => {
    const doc = new JSDOM(
      '<html><head><link rel="canonical" href="https://www.alexander-klier.net/zeit/"></head><body></body></html>',
    ).window.document;
    expect(siteOwner(doc, 'Dr. Alexander Klier')).toEqual({ name: 'Alexander Klier', kind: 'person' });
  });
});

describe('findAuthors falls back to the site owner only when nothing else names anybody', () => {
  const authorsOf = (doc: Document, siteName: string) => {
    const ld = readJsonLd(doc);
    return findAuthors(doc, mainLdNode(ld), null, { siteName, ld });
  };

  it('uses the owner, as a low-confidence guess, on a page without any byline', () => {
    const found = authorsOf(page('https://www.alexander-klier.net/zeitphilosophie/'), 'Dr. Alexander Klier');
    expect(authorDisplayNames(found.names)).toEqual(['Alexander Klier']);
    expect(found.provenance).toMatchObject({ source: 'host', confidence: 'low' });
  });

  it('keeps a named writer over the owner', () => {
    const body = '<article><h1>Ein Beitrag</h1><p class="byline">Von Anna Schmidt</p><p>Text.</p></article>';
    const found = authorsOf(page('https://www.alexander-klier.net/gast/', '', body), 'Dr. Alexander Klier');
    expect(authorDisplayNames(found.names)).toEqual(['Anna Schmidt']);
  });

  it('names nobody on a listing of several writers', () => {
    const teaser = (name: string) =>
      `<article><h2>Beitrag</h2><span class="author">${name}</span><p>Anriss.</p></article>`;
    const body = `<h1>Blog</h1>${teaser('Anna Schmidt')}${teaser('Jonas Becker')}`;
    const found = authorsOf(page('https://www.sozial-pr.net/blog/', '', body), 'Sozial-PR');
    expect(found.names).toEqual([]);
  });
});
