import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { mainLdNode, readJsonLd } from '../../utils/extract/metadata/json-ld';
import { findTitle, stripSiteSuffix } from '../../utils/extract/metadata/title';

describe('stripSiteSuffix', () => {
  const at = (siteName: string | null, url = 'https://www.sozial-pr.net/blog/x') => ({ siteName, url });
  it.each([
    [
      'Digitalisierung braucht Soziale Arbeit - Sozial-PR',
      at('Sozial-PR'),
      'Digitalisierung braucht Soziale Arbeit',
    ],
    [
      'Digitalisierung braucht Soziale Arbeit | Sozial-PR',
      at(null),
      'Digitalisierung braucht Soziale Arbeit',
    ],
    [
      'Digitalisierung braucht Soziale Arbeit – sozial-pr.net',
      at(null),
      'Digitalisierung braucht Soziale Arbeit',
    ],
    [
      'Digitalisierung braucht Soziale Arbeit — Sozial PR Blog',
      at('Sozial-PR'),
      'Digitalisierung braucht Soziale Arbeit',
    ],
    [
      'Sozial-PR: Digitalisierung braucht Soziale Arbeit',
      at('Sozial-PR'),
      'Digitalisierung braucht Soziale Arbeit',
    ],
    // Breadcrumb separators after a leading site name: the last part is the page.
    [
      'Sozial-PR » Blog » Digitalisierung braucht Soziale Arbeit',
      at('Sozial-PR'),
      'Digitalisierung braucht Soziale Arbeit',
    ],
    ['Digitalisierung · Sozial-PR', at('Sozial-PR'), 'Digitalisierung'],
    [
      'Lockdown: Gottesdienste bleiben möglich › evang.at',
      at(null, 'https://evang.at/lockdown'),
      'Lockdown: Gottesdienste bleiben möglich',
    ],
    [
      'Muffin Grundrezept : Muffin Rezepte',
      at('Muffin Rezepte', 'https://muffinrezept.net/x'),
      'Muffin Grundrezept',
    ],
    [
      'Klimaschutz: Bohren, bis es heiß wird | ZEIT ONLINE',
      at('ZEIT ONLINE', 'https://www.zeit.de/x'),
      'Klimaschutz: Bohren, bis es heiß wird',
    ],
    ['Titel | Netzwerk', at(null, 'https://web.archive.org/web/2014/http://www.netzwerk.de/x'), 'Titel'],
    // A real title with a colon and no site name stays whole.
    [
      'Messenger in der Jugendarbeit: Fünf Fragen, die Teams vor dem Start klären sollten',
      at('Netzwerk Jugendarbeit digital', 'https://www.netzwerk-jugendarbeit-digital.de/x'),
      'Messenger in der Jugendarbeit: Fünf Fragen, die Teams vor dem Start klären sollten',
    ],
    [
      'Beratung auf Abstand - Chancen und Grenzen',
      at('FachPortal Soziales', 'https://www.fachportal-soziales.de/x'),
      'Beratung auf Abstand - Chancen und Grenzen',
    ],
    ['Sozial-PR', at('Sozial-PR'), 'Sozial-PR'],
  ])('%s', (title, site, expected) => {
    expect(stripSiteSuffix(title, site)).toBe(expected);
  });
});

describe('findTitle', () => {
  const URL = 'https://www.example.org/2021/artikel';
  function titleOf(head: string, body: string, siteName: string | null = 'Beispiel-Portal'): string {
    const doc = new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, {
      url: URL,
    }).window.document;
    return findTitle(doc, mainLdNode(readJsonLd(doc)), siteName, URL).title;
  }

  it.each([
    [
      'og:title without suffix',
      '<meta property="og:title" content="Beratung auf Abstand"><title>Beratung auf Abstand | Beispiel-Portal</title>',
      '',
      'Beratung auf Abstand',
    ],
    [
      '<title> with the site suffix',
      '<title>Beratung auf Abstand | Beispiel-Portal</title>',
      '',
      'Beratung auf Abstand',
    ],
    [
      'the h1 confirmed by a segment of <title>',
      '<title>Beratung auf Abstand | Jugendhilfe | Fachportal</title>',
      '<h1>Beratung auf Abstand</h1>',
      'Beratung auf Abstand',
    ],
    [
      'the h1 without its kicker',
      '<meta property="og:title" content="Klimaschutz: Bohren, bis es heiß wird">',
      '<h1><span class="article-heading__kicker">Klimaschutz</span><span class="visually-hidden">: </span><span class="article-heading__title">Bohren, bis es heiß wird</span></h1>',
      'Bohren, bis es heiß wird',
    ],
    [
      'a logo h1 is not the title',
      '<title>Ein langer Beitrag | Der Nesselsetzer</title>',
      '<header><h1>Der Nesselsetzer</h1></header><h2 class="entry-title">Ein langer Beitrag</h2>',
      'Ein langer Beitrag',
    ],
    [
      'JSON-LD headline',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Schuldnerberatung per Video"}</script><title>Start</title>',
      '',
      'Schuldnerberatung per Video',
    ],
    [
      'soft hyphens vanish',
      '<title>Mes\u00adsen\u00adger sind kein rechts\u00adfrei\u00ader Raum - BKA</title>',
      '',
      'Messenger sind kein rechtsfreier Raum',
    ],
    [
      'a colon title stays whole',
      '<meta property="og:title" content="Messenger in der Jugendarbeit: Fünf Fragen - Beispiel-Portal">',
      '<h1>Messenger in der Jugendarbeit: Fünf Fragen</h1>',
      'Messenger in der Jugendarbeit: Fünf Fragen',
    ],
    ['only an h1', '', '<h1>Neues aus dem Sonnenhof</h1>', 'Neues aus dem Sonnenhof'],
    ['nothing at all', '', '<p>Text</p>', ''],
  ])('%s', (_name, head, body, expected) => {
    expect(titleOf(head, body, _name === 'soft hyphens vanish' ? 'BKA' : 'Beispiel-Portal')).toBe(expected);
  });
});
