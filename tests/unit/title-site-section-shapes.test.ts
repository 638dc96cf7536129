import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { mainLdNode, readJsonLd } from '../../utils/extract/metadata/json-ld';
import { findTitle, stripSiteSuffix } from '../../utils/extract/metadata/title';
import { sectionLabels } from '../../utils/extract/metadata/title/sections';

const PAGE = 'https://www.awo.org/pressemitteilungen/2024/digitale-beratung-staerken';

function docOf(head: string, body: string, url = PAGE): Document {
  return new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, { url }).window
    .document;
}

/** A navigation naming the site's sections, as nearly every CMS prints one. */
const NAV =
  '<nav><a href="/">Startseite</a><a href="/pressemitteilungen">Pressemitteilungen</a><a href="/themen">Themen</a><a href="/kultur">Kultur &amp; Medien</a><a href="/textarchiv">Textarchiv</a><a href="/reden">Reden</a></nav>';

describe('"Site – Section – Title" titles are reduced to the title', () => {
  const site = { siteName: 'AWO Bundesverband', url: PAGE, isSection: sectionLabels(docOf('', NAV), PAGE) };
  it.each([
    ['AWO Bundesverband – Pressemitteilungen – Digitale Beratung stärken', 'Digitale Beratung stärken'],
    ['AWO Bundesverband - Pressemitteilungen - Digitale Beratung stärken', 'Digitale Beratung stärken'],
    ['AWO Bundesverband | Pressemitteilungen | Digitale Beratung stärken', 'Digitale Beratung stärken'],
    ['AWO | Themen | Pressemitteilungen | Digitale Beratung stärken', 'Digitale Beratung stärken'],
    ['awo.org – Textarchiv – Rede zur Lage der Pflege', 'Rede zur Lage der Pflege'],
    ['AWO.ORG :: Reden :: Rede zur Lage der Pflege', 'Rede zur Lage der Pflege'],
    [
      'AWO Bundesverband » Kultur & Medien » Ein Abend für die Nachbarschaft',
      'Ein Abend für die Nachbarschaft',
    ],
    ['AWO Bundesverband / Pressemitteilungen / Digitale Beratung stärken', 'Digitale Beratung stärken'],
    // The other order: title, section, site.
    ['Digitale Beratung stärken | Pressemitteilungen | AWO Bundesverband', 'Digitale Beratung stärken'],
    ['Digitale Beratung stärken - Pressemitteilungen - awo.org', 'Digitale Beratung stärken'],
    // A date beside the site is no part of the title.
    ['23.01.2024 - Digitale Beratung stärken - AWO Bundesverband', 'Digitale Beratung stärken'],
    ['AWO Bundesverband | 2024-01-23 | Digitale Beratung stärken', 'Digitale Beratung stärken'],
    ['Digitale Beratung stärken – 23. Januar 2024 – AWO Bundesverband', 'Digitale Beratung stärken'],
    ['Digital counselling – January 23, 2024 – AWO Bundesverband', 'Digital counselling'],
    // English.
    ['AWO Bundesverband | Press releases | Digital counselling', 'Press releases | Digital counselling'],
    ['AWO Bundesverband › Pressemitteilungen › Digital counselling works', 'Digital counselling works'],
  ])('%s', (title, expected) => {
    expect(stripSiteSuffix(title, site)).toBe(expected);
  });

  it.each([
    // A dash inside the headline stays: nothing names the site.
    ['Digitalisierung – Chance oder Risiko?'],
    ['Digitalisierung - Chance oder Risiko?'],
    ['Pflege in Zahlen – was die neue Statistik zeigt'],
    ['Remote work – blessing or curse?'],
    // After the site, a part that is no section of this page is part of the headline.
    ['Digitalisierung – Chance oder Risiko? – AWO Bundesverband'],
  ])('keeps the headline of %s', (title) => {
    expect(stripSiteSuffix(title, site)).toBe(title.replace(/ – AWO Bundesverband$/, ''));
  });
});

describe('section labels', () => {
  const isSection = sectionLabels(
    docOf(
      '',
      `${NAV}<h1><a href="${PAGE}">Digitale Beratung stärken</a></h1><a href="/x">Weiterlesen über die neue Beratung und was sie kann</a>`,
    ),
    PAGE,
  );
  it.each([
    ['Pressemitteilungen', true],
    ['pressemitteilungen', true],
    ['Kultur & Medien', true],
    // A folder of the URL names a section too ("/pressemitteilungen/2024/…").
    ['2024', true],
    // The page's own slug, the headline link and long link texts are not sections.
    ['Digitale Beratung stärken', false],
    ['digitale-beratung-staerken', false],
    ['Weiterlesen über die neue Beratung und was sie kann', false],
    ['Impressum', false],
  ])('%s → %s', (segment, expected) => {
    expect(isSection(segment)).toBe(expected);
  });
});

describe('findTitle with provenance', () => {
  function titleOf(head: string, body: string, siteName: string | null = 'AWO Bundesverband') {
    const doc = docOf(head, body);
    return findTitle(doc, mainLdNode(readJsonLd(doc)), siteName, PAGE);
  }

  it('a visible headline confirmed by og:title is high', () => {
    const found = titleOf(
      '<meta property="og:title" content="Digitale Beratung stärken | AWO Bundesverband">',
      '<h1>Digitale Beratung stärken</h1>',
    );
    expect(found.title).toBe('Digitale Beratung stärken');
    expect(found.provenance).toMatchObject({ source: 'headline', confidence: 'high' });
  });

  it('only <title> with a stripped suffix is medium', () => {
    const found = titleOf('<title>Digitale Beratung stärken – AWO Bundesverband</title>', '<p>Text</p>');
    expect(found.title).toBe('Digitale Beratung stärken');
    expect(found.provenance).toMatchObject({ source: 'title-tag', confidence: 'medium' });
    expect(found.provenance.reason).toMatch(/without its site name/);
  });

  it('JSON-LD headline is named as such', () => {
    const found = titleOf(
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Schuldnerberatung per Video"}</script>',
      '',
    );
    expect(found.provenance.source).toBe('json-ld');
  });

  it('an SEO title shown nowhere on the page gives way to the visible headline, with low confidence', () => {
    const found = titleOf(
      '<title>Autokredit günstig » Jetzt vergleichen</title>',
      `${NAV}<h1>Wie finde ich einen günstigen Autokredit?</h1><p>Ein langer Text über Kredite.</p>`,
    );
    expect(found.title).toBe('Wie finde ich einen günstigen Autokredit?');
    expect(found.provenance).toMatchObject({ source: 'headline', confidence: 'low' });
  });

  it('a declared title that the page also shows stays, low when the headline differs', () => {
    const found = titleOf(
      '<title>Digitale Beratung stärken | AWO Bundesverband</title>',
      '<h1>Unsere Themen im Überblick</h1><h2>Digitale Beratung stärken</h2><p>Text</p>',
    );
    expect(found.title).toBe('Digitale Beratung stärken');
    expect(found.provenance).toMatchObject({ source: 'title-tag', confidence: 'low' });
  });

  it('a section heading is not the headline of a "Site | Section | Title" page', () => {
    const found = titleOf(
      '<title>AWO Bundesverband | Kultur &amp; Medien | Ein Abend für die Nachbarschaft</title>',
      `${NAV}<h1>Kultur &amp; Medien</h1><p>Text</p>`,
    );
    expect(found.title).toBe('Ein Abend für die Nachbarschaft');
  });

  it.each([
    [
      'kicker before the headline, site after',
      'Rutger Bregman: Unser wahres Ich - brand eins',
      'Unser wahres Ich',
    ],
    [
      'a word added for search engines',
      'Schneewittchen-Kuchen mit Mini-Marshmallows Rezept | LECKER',
      'Schneewittchen-Kuchen mit Mini-Marshmallows',
    ],
  ])('%s', (_name, declared, headline) => {
    const found = titleOf(
      `<title>${declared}</title>`,
      `<h1>${headline}</h1>`,
      declared.split(/ [|-] /).pop()!,
    );
    expect(found.title).toBe(headline);
    expect(found.provenance.confidence).toBe('high');
  });

  it('a headline that mentions the site is still the headline; a short logo heading is not', () => {
    const mention = titleOf(
      '<title>AWO Bundesverband fordert mehr Geld für Beratung | AWO Bundesverband</title>',
      '<h1>AWO Bundesverband fordert mehr Geld für Beratung</h1>',
    );
    expect(mention.provenance).toMatchObject({ source: 'headline', confidence: 'high' });
    const logo = titleOf(
      '<title>Digitale Beratung stärken | AWO Bundesverband</title>',
      '<h1>AWO Bundesverband</h1><h2 class="entry-title">Digitale Beratung stärken</h2>',
    );
    expect(logo.title).toBe('Digitale Beratung stärken');
  });

  it('nothing at all is source none, low', () => {
    expect(titleOf('', '<p>Text</p>').provenance).toMatchObject({ source: 'none', confidence: 'low' });
  });
});

describe('umlauts spelt out in the domain', () => {
  it.each([
    [
      'Der Steinkauz ist der Vogel des Jahres | Schweizer Jäger Online',
      'https://schweizerjaeger.ch/a',
      'Der Steinkauz ist der Vogel des Jahres',
    ],
    ['Neue Kita eröffnet - Stadt München', 'https://www.muenchen.de/x', 'Neue Kita eröffnet'],
    ['Hilfe im Alltag | Diakonie Düsseldorf', 'https://www.diakonie-duesseldorf.de/x', 'Hilfe im Alltag'],
  ])('%s', (title, url, expected) => {
    expect(stripSiteSuffix(title, { siteName: null, url })).toBe(expected);
  });
});
