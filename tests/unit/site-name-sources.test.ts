import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../utils/extract/metadata/json-ld';
import { findSiteName } from '../../utils/extract/metadata/site-name';

function siteOf(
  head: string,
  body = '',
  url = 'https://www.sozial-pr.net/blog/digitalisierung',
): string | null {
  const doc = new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, { url })
    .window.document;
  return findSiteName(doc, readJsonLd(doc), url).siteName;
}

describe('findSiteName', () => {
  it.each([
    [
      'og:site_name',
      '<meta property="og:site_name" content="Open Doors Lab"><title>A – B</title>',
      '',
      'Open Doors Lab',
    ],
    [
      'JSON-LD WebSite',
      '<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"FachPortal Soziales"}]}</script>',
      '',
      'FachPortal Soziales',
    ],
    [
      'JSON-LD publisher',
      '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Diakonieverbund Lindental"}}</script>',
      '',
      'Diakonieverbund Lindental',
    ],
    ['application-name', '<meta name="application-name" content="Sozial-PR">', '', 'Sozial-PR'],
    [
      'the title suffix that names the domain',
      '<title>Digitalisierung braucht Soziale Arbeit - Sozial-PR</title>',
      '',
      'Sozial-PR',
    ],
    [
      'the title suffix beside the headline',
      '<title>Neues aus dem Sonnenhof - Kinder- und Jugendhilfe Sonnenhof e.V.</title>',
      '<h1>Neues aus dem Sonnenhof</h1>',
      'Kinder- und Jugendhilfe Sonnenhof e.V.',
    ],
    [
      'a site name in front of the title',
      '<title>Hochschule Talbrück | Digitalkompetenz im Curriculum</title>',
      '<h1>Digitalkompetenz im Curriculum</h1>',
      'Hochschule Talbrück',
    ],
    ['the domain as a last resort', '<title>Digitalisierung</title>', '', 'sozial-pr.net'],
  ])('%s', (_name, head, body, expected) => {
    expect(siteOf(head, body)).toBe(expected);
  });
});
