import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../utils/extract/metadata/json-ld';
import { findSiteName } from '../../utils/extract/metadata/site-name';

const URL = 'https://www.awo.org/pressemitteilungen/digitale-beratung';

function siteOf(head: string, body = '', url = URL) {
  const doc = new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, { url })
    .window.document;
  return findSiteName(doc, readJsonLd(doc), url);
}

const ARTICLE = '<article><h1>Digitale Beratung</h1><p>Text über Beratung.</p></article>';

describe('the name a page gives itself in its header or footer', () => {
  it.each([
    ['© 2024 AWO Bundesverband e.V.', 'AWO Bundesverband e.V.'],
    ['© 2024 AWO Bundesverband e.V. Alle Rechte vorbehalten.', 'AWO Bundesverband e.V.'],
    ['Copyright © 2019–2024 AWO Bundesverband e.V. | Impressum | Datenschutz', 'AWO Bundesverband e.V.'],
    ['(c) 2023 AWO Bundesverband', 'AWO Bundesverband'],
    ['© AWO Bundesverband e.V., 2024', 'AWO Bundesverband e.V.'],
    ['Copyright 2022 by AWO Bundesverband. All rights reserved.', 'AWO Bundesverband'],
    ['© 2021 - 2024 AWO Bundesverband • Alle Rechte vorbehalten', 'AWO Bundesverband'],
  ])('footer "%s"', (line, expected) => {
    const found = siteOf(
      '<title>Digitale Beratung</title>',
      `${ARTICLE}<footer><p>${line}</p><a href="/impressum">Impressum</a></footer>`,
    );
    expect(found.siteName).toBe(expected);
    expect(found.provenance).toMatchObject({ source: 'page-header', confidence: 'medium' });
  });

  it.each([
    [
      '<header><a href="/" rel="home"><img src="/logo.svg" alt="AWO Bundesverband Logo"></a></header>',
      'AWO Bundesverband',
    ],
    [
      '<div class="site-logo"><img src="/l.png" alt="Zur Startseite: AWO Bundesverband"></div>',
      'AWO Bundesverband',
    ],
    ['<header><img class="logo" src="/l.png" alt="AWO"></header>', 'AWO'],
  ])('logo %s', (header, expected) => {
    const found = siteOf('<title>Digitale Beratung</title>', `${header}${ARTICLE}`);
    expect(found.siteName).toBe(expected);
    expect(found.provenance.source).toBe('page-header');
  });

  it.each([
    ['© Foto: AdobeStock.com/Hermann'],
    ['© Bildrechte anzeigen'],
    ['© Dieses Weblog ist unter einer Creative Commons Lizenz'],
  ])('a credit or licence note "%s" is no name', (line) => {
    const found = siteOf('<title>Digitale Beratung</title>', `${ARTICLE}<footer><p>${line}</p></footer>`);
    expect(found.siteName).toBe('awo.org');
    expect(found.provenance).toMatchObject({ source: 'host', confidence: 'low' });
  });

  it('a shouting domain in og:site_name gives way to the footer name', () => {
    const found = siteOf(
      '<meta property="og:site_name" content="AWO.ORG">',
      `${ARTICLE}<footer><p>© 2024 AWO Bundesverband e.V.</p></footer>`,
    );
    expect(found.siteName).toBe('AWO Bundesverband e.V.');
  });

  it('a shouting domain in the <title> is not a name: the host stands in, in lower case', () => {
    const found = siteOf('<title>Digitale Beratung | AWO.ORG</title>', ARTICLE);
    expect(found.siteName).toBe('awo.org');
    expect(found.provenance).toMatchObject({ source: 'host', confidence: 'low' });
  });

  it('a domain-only title part yields to the footer name', () => {
    const found = siteOf(
      '<title>Digitale Beratung | awo.org</title>',
      `${ARTICLE}<footer><p>© 2024 AWO Bundesverband e.V.</p></footer>`,
    );
    expect(found.siteName).toBe('AWO Bundesverband e.V.');
  });

  it('the host fallback reads in lower case, without www', () => {
    expect(siteOf('', ARTICLE, 'https://WWW.AWO.ORG/x').siteName).toBe('awo.org');
  });

  it('declared names outrank the page frame and say where they came from', () => {
    const found = siteOf(
      '<meta property="og:site_name" content="AWO Bundesverband">',
      `${ARTICLE}<footer><p>© 2024 Irgendwer GmbH</p></footer>`,
    );
    expect(found).toEqual({
      siteName: 'AWO Bundesverband',
      provenance: { source: 'meta-tag', confidence: 'high', reason: 'og:site_name' },
    });
  });

  it('a copyright that does not name the domain is only low', () => {
    const found = siteOf('', `${ARTICLE}<footer><p>© 2024 Arbeiterwohlfahrt Bundesverband e.V.</p></footer>`);
    expect(found.siteName).toBe('Arbeiterwohlfahrt Bundesverband e.V.');
    expect(found.provenance.confidence).toBe('low');
  });
});

describe('a bare host as og:site_name', () => {
  it('gives way to the name in the footer', () => {
    const found = siteOf(
      '<meta property="og:site_name" content="awo.org">',
      `${ARTICLE}<footer><p>© 2024 AWO Bundesverband e.V.</p></footer>`,
    );
    expect(found.siteName).toBe('AWO Bundesverband e.V.');
    expect(found.provenance.source).toBe('page-header');
  });

  it('stays, at medium, when the page names itself nowhere else', () => {
    const found = siteOf('<meta property="og:site_name" content="awo.org">', ARTICLE);
    expect(found.siteName).toBe('awo.org');
    expect(found.provenance).toMatchObject({ source: 'meta-tag', confidence: 'medium' });
  });

  it.each([['Süddeutsche.de'], ['netzpolitik.org']])('a brand spelt as a domain (%s) is a name', (brand) => {
    const found = siteOf(
      `<meta property="og:site_name" content="${brand}">`,
      `${ARTICLE}<footer><p>© 2024 Verlag GmbH</p></footer>`,
      'https://www.sueddeutsche.de/politik/x',
    );
    expect(found.siteName).toBe(brand);
  });
});
