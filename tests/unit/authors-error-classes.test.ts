import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findAuthors } from '../../utils/extract/metadata/authors';
import { namesFromByline } from '../../utils/extract/metadata/authors/byline-text';
import { mainLdNode, readJsonLd } from '../../utils/extract/metadata/json-ld';
import { authorDisplayNames } from '../../utils/extract/names/author-name';

/** The error classes of issue 9, each with many real-world German and English spellings. */
function found(
  body: string,
  head = '',
  url = 'https://www.example.org/2021/artikel',
  siteName = 'Beispiel-Portal',
) {
  const doc = new JSDOM(
    `<!doctype html><html><head><title>Beratung auf Abstand</title>${head}</head><body>${body}</body></html>`,
    { url },
  ).window.document;
  const ld = readJsonLd(doc);
  return findAuthors(doc, mainLdNode(ld), null, { siteName, ld });
}
const authorsOf = (body: string, head = '', url?: string, siteName?: string) =>
  authorDisplayNames(found(body, head, url, siteName).names);
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const PROSE =
  '<p>Die Beratungsstellen berichten, dass Ratsuchende das Angebot per Video gern annehmen, vor allem Berufstätige und Eltern.</p>';
const article = (inner: string, after = '') =>
  `<article><h1>Beratung auf Abstand</h1>${inner}${PROSE}${after}</article>`;

describe('academic titles are no part of a name', () => {
  it.each([
    ['Von Prof. Dr. Anna Schmidt', ['Anna Schmidt']],
    ['Von Dr. med. Jonas Becker', ['Jonas Becker']],
    ['Dr. phil. Lea Wolf und Prof. Dr. Jonas Becker', ['Lea Wolf', 'Jonas Becker']],
    ['Autorin: Dipl.-Soz.-Päd. Maria Bauer', ['Maria Bauer']],
    ['Text: Dipl.-Päd. Maria Bauer', ['Maria Bauer']],
    ['Von Mag.a Anna Huber', ['Anna Huber']],
    ['PD Dr. Lea Wolf', ['Lea Wolf']],
    ['Anna Schmidt, M.A.', ['Anna Schmidt']],
    ['Anna Schmidt (M.A.), Jonas Becker (B.A.)', ['Anna Schmidt', 'Jonas Becker']],
    ['Jonas Becker, M.Sc.', ['Jonas Becker']],
    ['Von Lea Wolf, LL.M.', ['Lea Wolf']],
    ['By Dr. Jane Doe, PhD', ['Jane Doe']],
    ['By Jane Doe, Ph.D.', ['Jane Doe']],
    ['John Smith, MBA', ['John Smith']],
    ['Anna Schmidt, Sozialarbeiterin (B.A.)', ['Anna Schmidt']],
    ['Anna Schmidt, Sozialpädagogin', ['Anna Schmidt']],
    ['Jonas Becker, Geschäftsführer', ['Jonas Becker']],
    ['Maria Bauer, Dipl.-Sozialpädagogin (FH)', ['Maria Bauer']],
    ['Kazım Türkmen DITIB-Bundesvorsitzender', ['Kazım Türkmen']],
    ['Univ.-Prof. Dr. Anna Huber', ['Anna Huber']],
    ['Prof. Dr. Dr. h.c. mult. Hans Meier', ['Hans Meier']],
  ])('%s', (byline, expected) => {
    expect(namesFromByline(byline)).toEqual(expected);
  });

  it('strips titles from JSON-LD and meta tags too', () => {
    const head = ld({ '@type': 'Article', author: { '@type': 'Person', name: 'Prof. Dr. Anna Schmidt' } });
    expect(found(article(''), head).names).toEqual([{ given: 'Anna', family: 'Schmidt' }]);
    expect(authorsOf(article(''), '<meta name="author" content="Dr. phil. Jonas Becker, M.A.">')).toEqual([
      'Jonas Becker',
    ]);
  });
});

describe('photo and agency credits are not authors', () => {
  it.each([
    ['Foto: Jonas Becker'],
    ['Fotos: Jonas Becker'],
    ['Bild: Jonas Becker'],
    ['Bilder: dpa'],
    ['Quelle: dpa'],
    ['© Jonas Becker'],
    ['© picture alliance / dpa'],
    ['(Foto: dpa)'],
    ['Foto: picture alliance/dpa/Jens Büttner'],
    ['picture alliance / dpa-Zentralbild / Jens Büttner'],
    ['imago images / Jonas Becker'],
    ['Jonas Becker / imago'],
    ['Photo: Getty Images'],
    ['Image: Jane Doe/Getty Images'],
    ['Keystone / Jonas Becker'],
    ['AP Photo/Jane Doe'],
    ['Titelbild: Jonas Becker'],
    ['Bildnachweis: Jonas Becker'],
    ['Copyright: Jonas Becker'],
    ['Photo by Jane Doe on Unsplash'],
    ['Foto: Adobe Stock'],
  ])('%s', (credit) => {
    expect(namesFromByline(credit)).toEqual([]);
  });

  it.each([
    ['Von Anna Schmidt (Foto: dpa)', ['Anna Schmidt']],
    ['Text: Anna Schmidt, Fotos: picture alliance', ['Anna Schmidt']],
    ['Anna Schmidt | Bild: Jonas Becker', ['Anna Schmidt']],
    ['By Jane Doe. Photo: Getty Images', ['Jane Doe']],
  ])('%s keeps only the writer', (byline, expected) => {
    expect(namesFromByline(byline)).toEqual(expected);
  });

  it.each([
    [
      'a figure caption',
      '<figure><img src="a.jpg"><figcaption><span class="author">Jonas Becker</span></figcaption></figure>',
    ],
    ['an image credit box', '<div class="image-credit"><span class="author">Jonas Becker</span></div>'],
    [
      'a WordPress caption',
      '<div class="wp-caption"><p class="wp-caption-text"><span class="autor">Jonas Becker</span></p></div>',
    ],
  ])('a name in %s is a photographer', (_, credit) => {
    expect(authorsOf(article(credit, '<p class="byline">Von Anna Schmidt</p>'))).toEqual(['Anna Schmidt']);
    expect(authorsOf(article(credit))).toEqual([]);
  });
});

describe('names in teasers and press-contact boxes are not authors', () => {
  it.each([
    [
      'a class "pressekontakt"',
      '<div class="pressekontakt"><span class="author">Katrin Schulze</span></div>',
    ],
    ['a class "press-contact"', '<div class="press-contact"><p class="author">Katrin Schulze</p></div>'],
    [
      'a heading "Pressekontakt"',
      '<div><h3>Pressekontakt</h3><p class="author vcard">Katrin Schulze</p></div>',
    ],
    [
      'a heading "Media contact"',
      '<div><h3>Media contact</h3><span class="author-name">Jane Doe</span></div>',
    ],
    [
      'a label before the box',
      '<p><strong>Kontakt für die Presse:</strong></p><p class="author">Katrin Schulze</p>',
    ],
  ])('%s', (_, box) => {
    expect(authorsOf(article('<p class="byline">Von Anna Schmidt</p>', box))).toEqual(['Anna Schmidt']);
    expect(authorsOf(article('', box))).not.toContain('Katrin Schulze');
    expect(authorsOf(article('', box))).not.toContain('Jane Doe');
  });

  const PRESS = 'https://www.example.org/presse/pressemitteilungen/beratung';
  const PERSON_CONTACTS: [string, string][] = [
    [
      'a heading "Ihre Ansprechpartnerin"',
      '<div><h4>Ihre Ansprechpartnerin</h4><div class="vcard"><span class="fn">Katrin Schulze</span></div></div>',
    ],
    [
      'a heading "Ansprechpartner*innen"',
      '<section><h2>Ansprechpartner*innen</h2><p class="author">Katrin Schulze</p></section>',
    ],
    [
      'a class "ansprechpartner"',
      '<div class="ansprechpartner"><span class="author">Katrin Schulze</span></div>',
    ],
    [
      'a class "contact-person"',
      '<div class="contact-person"><span class="author">Katrin Schulze</span></div>',
    ],
  ];

  it.each(PERSON_CONTACTS)('on a press release, %s holds the press officer', (_, box) => {
    expect(authorsOf(article('<p class="byline">Von Anna Schmidt</p>', box), '', PRESS)).toEqual([
      'Anna Schmidt',
    ]);
    expect(authorsOf(article('', box), '', PRESS)).not.toContain('Katrin Schulze');
  });

  it('a topic list that starts with "Pressestelle" is no press-contact label', () => {
    const box =
      '<div class="box"><div class="topics">Pressestelle Parteien Länderberichte</div><p class="author">Katrin Schulze</p></div>';
    expect(authorsOf(article('', box))).toEqual(['Katrin Schulze']);
  });

  it.each(PERSON_CONTACTS)('on a study or analysis page, %s names its expert author', (_, box) => {
    expect(authorsOf(article('', box))).toEqual(['Katrin Schulze']);
  });

  it.each([
    [
      'a sidebar',
      '<aside class="sidebar"><article><h3>Andere Texte</h3><span class="author">Peter Lustig</span></article></aside>',
    ],
    ['related posts', '<div class="related-posts"><span class="byline">Von Peter Lustig</span></div>'],
    ['a teaser list', '<div class="teaser"><p class="author">Peter Lustig</p></div>'],
    ['recommendations', '<section class="empfehlungen"><span class="autor">Peter Lustig</span></section>'],
  ])("a name in %s is another article's", (_, teaser) => {
    expect(authorsOf(article('<span class="author">Anna Schmidt</span>') + teaser)).toEqual(['Anna Schmidt']);
    expect(authorsOf(article('') + teaser)).toEqual([]);
  });
});

describe('a first name only is completed from elsewhere on the page', () => {
  it.each([
    [
      'JSON-LD',
      ld({ '@type': 'Article', author: { '@type': 'Organization', name: 'Beispiel-Portal' } }) +
        '<meta name="author" content="Anna Schmidt">',
    ],
    ['the meta tag', '<meta name="author" content="Anna Schmidt">'],
  ])('from %s', (_, head) => {
    expect(authorsOf(article('<span class="author">Anna</span>'), head)).toEqual(['Anna Schmidt']);
  });

  it('keeps a first name that the page never completes', () => {
    expect(authorsOf(article('<span class="author">Anna</span>'))).toEqual(['Anna']);
  });
});

describe('people and organisations', () => {
  const orgLd = ld({ '@type': 'Article', author: { '@type': 'Organization', name: 'Der Paritätische' } });

  it.each([
    ['a signature', article('', '<p>Anna Schmidt</p>')],
    ['a byline', article('<p class="byline">Von Anna Schmidt</p>')],
    ['a "Text:" line', article('<p>Text: Anna Schmidt</p>')],
    ['a microdata author', article('<span itemprop="author">Anna Schmidt</span>')],
  ])('a person in %s beats an organisation declared as author', (_, body) => {
    expect(authorsOf(body, orgLd)).toEqual(['Anna Schmidt']);
  });

  it.each([
    ['Kazım Türkmen DITIB-Bundesvorsitzender', 'Kazım Türkmen'],
    ['Anna Schmidt Geschäftsführerin', 'Anna Schmidt'],
    ['Jonas Becker Vorstandsvorsitzender', 'Jonas Becker'],
  ])("a signature with the signer's office: %s", (signature, name) => {
    expect(authorsOf(article('', `<p>${signature}</p>`), orgLd)).toEqual([name]);
  });

  it('an organisation declared as author stays when no person signs', () => {
    const result = found(article(''), orgLd);
    expect(result.names).toEqual([{ literal: 'Der Paritätische' }]);
    expect(result.provenance).toMatchObject({ source: 'json-ld', confidence: 'low' });
  });

  it.each([
    ['a press path', 'https://www.der-paritaetische.de/presse/pressemitteilungen/2021/rente/', ''],
    ['a "pressemitteilung" path', 'https://www.example.org/pressemitteilung/rente', ''],
    ['a press-release path', 'https://www.example.org/en/press-releases/pension', ''],
    [
      'a "Pressemitteilung" kicker',
      'https://www.example.org/aktuelles/rente',
      '<p class="kicker">Pressemitteilung</p>',
    ],
    [
      'a "Presseinformation" kicker',
      'https://www.example.org/aktuelles/rente',
      '<span>Presseinformation vom 2. Juli 2021</span>',
    ],
    ['a "Press release" kicker', 'https://www.example.org/news/pension', '<p>Press release</p>'],
  ])('a press release without a person is by its issuer (%s)', (_, url, kicker) => {
    const head = ld({
      '@type': 'NewsArticle',
      publisher: { '@type': 'Organization', name: 'Der Paritätische Gesamtverband' },
    });
    const result = found(article(kicker), head, url);
    expect(result.names).toEqual([{ literal: 'Der Paritätische Gesamtverband' }]);
    expect(result.provenance.confidence).toBe('low');
  });

  it('a press release signed by a person is by that person', () => {
    const url = 'https://www.example.org/presse/rente';
    expect(authorsOf(article('<p class="byline">Von Anna Schmidt</p>'), '', url)).toEqual(['Anna Schmidt']);
  });

  it('an ordinary article without any author has none, whatever the site is called', () => {
    expect(found(article('')).names).toEqual([]);
    expect(found(article('')).provenance).toMatchObject({ source: 'none', confidence: 'low' });
  });
});

describe('authors marked only in microdata', () => {
  it.each([
    [
      'nested itemprop=name',
      '<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Anna Schmidt</span></div>',
    ],
    [
      'a meta itemprop=name',
      '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Anna Schmidt"></span>',
    ],
    ['a plain itemprop=author', '<span itemprop="author">Anna Schmidt</span>'],
    [
      'a link inside itemprop=author',
      '<p>Von <span itemprop="author"><a href="/autor/anna">Anna Schmidt</a></span></p>',
    ],
  ])('%s', (_, markup) => {
    const result = found(article(markup));
    expect(authorDisplayNames(result.names)).toEqual(['Anna Schmidt']);
    expect(result.provenance.source).toBe('microdata');
  });
});

describe('provenance', () => {
  const personLd = ld({ '@type': 'Article', author: { '@type': 'Person', name: 'Anna Schmidt' } });

  it('is high when the declared author is also the visible byline', () => {
    expect(found(article('<p class="byline">Von Anna Schmidt</p>'), personLd).provenance).toMatchObject({
      source: 'json-ld',
      confidence: 'high',
    });
  });

  it('is medium with one strong source', () => {
    expect(found(article(''), personLd).provenance).toMatchObject({
      source: 'json-ld',
      confidence: 'medium',
    });
    expect(found(article('<p class="byline">Von Anna Schmidt</p>')).provenance).toMatchObject({
      source: 'byline',
      confidence: 'medium',
    });
  });

  it('is low when the declared author and the byline disagree', () => {
    expect(found(article('<p class="byline">Von Jonas Becker</p>'), personLd).provenance.confidence).toBe(
      'low',
    );
  });

  it('stays medium when only the author meta tag (often a site default) names someone else', () => {
    const head = '<meta name="author" content="Jonas Becker">';
    expect(found(article('<p class="byline">Von Anna Schmidt</p>'), head).provenance).toMatchObject({
      source: 'byline',
      confidence: 'medium',
    });
  });

  it('is low for a signature alone', () => {
    expect(found(article('', '<p>Anna Schmidt</p>')).provenance).toMatchObject({
      source: 'page-text',
      confidence: 'low',
    });
  });
});

describe('a date line that ends in the writer', () => {
  it.each([
    ['<small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small>', ['Uta Helkenberg']],
    ['<span>25.10.2022 - Reiner Nagel</span>', ['Reiner Nagel']],
    ['<p class="meta">3. März 2021 · Anna Schmidt</p>', ['Anna Schmidt']],
    ['<div>2021-03-03 | Anna Schmidt und Jonas Becker</div>', ['Anna Schmidt', 'Jonas Becker']],
  ])('%s', (line, expected) => {
    const result = found(article(line));
    expect(authorDisplayNames(result.names)).toEqual(expected);
    expect(result.provenance.confidence).toBe('low');
  });

  it('a kicker line above the headline', () => {
    const body =
      '<article><small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small><h1>Beratung auf Abstand</h1>' +
      PROSE +
      '</article>';
    expect(authorsOf(body)).toEqual(['Uta Helkenberg']);
  });

  it.each([
    ['a date and a place', '<small>04.02.2022 | Berlin</small>'],
    [
      'a date and a linked section',
      '<small>04.02.2022 | <a href="/kategorie/soziale-arbeit">Soziale Arbeit</a></small>',
    ],
    ['a date and a sentence', '<p>04.02.2022 – Die Beratung wird ab sofort auch per Video angeboten</p>'],
  ])('not %s', (_, line) => {
    expect(authorsOf(article(line))).toEqual([]);
  });
});
