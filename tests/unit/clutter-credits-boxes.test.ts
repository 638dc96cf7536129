import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeClutter } from '../../utils/extract/clutter';
import { isCreditLine } from '../../utils/extract/clutter/credits';
import { NO_DEADLINE } from '../../utils/extract/deadline';

const PROSE =
  'Die Digitalisierung verändert die Soziale Arbeit grundlegend, von der Fallakte bis zur Beratung im Chat. ' +
  'Fachkräfte brauchen dafür Zeit, Fortbildung und eine Ausstattung, die dem Datenschutz genügt. ';

function page(extra: string): Document {
  const html = `<html><body><article><h1>Titel</h1>
    <div class="entry-content"><p>${PROSE.repeat(4)}</p>${extra}<p>${PROSE.repeat(3)}</p><p>Schlusssatz des Artikels.</p></div>
    </article></body></html>`;
  return new JSDOM(html, { url: 'https://www.example-verein.de/aktuelles/digitalisierung' }).window.document;
}

function cleanedText(markup: string): string {
  const doc = page(markup);
  removeClutter(doc, NO_DEADLINE);
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ');
}

function creditIn(markup: string): boolean {
  const doc = new JSDOM(`<body>${markup}</body>`).window.document;
  const el = doc.querySelector('[data-t]') as Element;
  return isCreditLine((el.textContent ?? '').trim(), el);
}

describe('photo credits', () => {
  it.each([
    [
      'German prefix',
      '<figure><img src="a.jpg"><figcaption>Die Kita am Morgen. <span data-t>Foto: Sascha Klahn</span></figcaption></figure>',
    ],
    ['agency with slash', '<p data-t>AFP / MARCO BERTORELLO</p>'],
    ['stock library', '<div data-t>Quelle: jorisvo / Fotolia.com</div>'],
    ['Getty Images', '<span data-t>Augusta National/Getty Images</span>'],
    ['English prefix', '<p data-t>Photo credit: Jane Doe</p>'],
    ['copyright sign', '<small data-t>© Bundesregierung/Steffen Kugler</small>'],
    ['names in a caption box', '<div class="image-caption"><span data-t>FEI/Christophe Taniere</span></div>'],
  ])('recognises %s', (_name, markup) => {
    expect(creditIn(markup)).toBe(true);
  });

  it.each([
    [
      'a caption sentence',
      '<figcaption data-t>Fachkräfte im Gespräch mit einer Familie in Köln.</figcaption>',
    ],
    ['a slash pair in a list', '<ul><li data-t>Hamburg/Berlin</li></ul>'],
    ['a real source line', '<p data-t>Quelle: Statistisches Bundesamt</p>'],
    [
      'running text naming an agency',
      '<p data-t>Das berichtet die Nachrichtenagentur dpa. Sie beruft sich auf Kreise.</p>',
    ],
  ])('keeps %s', (_name, markup) => {
    expect(creditIn(markup)).toBe(false);
  });

  it('drops a credit-only line but keeps the caption beside it', () => {
    const text = cleanedText(
      '<figure><img src="a.jpg" alt=""><figcaption><span>Beratung im Chat am Abend.</span> <span class="credit">Foto: dpa/Max Muster</span></figcaption></figure>',
    );
    expect(text).toContain('Beratung im Chat am Abend.');
    expect(text).not.toContain('Max Muster');
  });
});

describe('boxes announced by their heading', () => {
  it.each([
    ['Kontakt', '<div><h3>Kontakt:</h3><p>Maria Beispiel</p><p>Tel. 0221 123456</p></div>', 'Tel. 0221'],
    [
      'Ansprechpartnerin',
      '<p><strong>Ansprechpartnerin zum Projekt</strong></p><p>Dr. Eva Muster, eva@example.org</p>',
      'eva@example.org',
    ],
    [
      'Pressekontakt',
      '<section><h4>Pressekontakt</h4><p>Pressestelle, presse@example.org</p></section>',
      'presse@example.org',
    ],
    [
      'English media contact',
      '<div><h3>Media contact</h3><p>Press office, press@example.org</p></div>',
      'press@example.org',
    ],
    [
      'Weiterführende Links',
      '<div><h3>Weiterführende Links</h3><ul><li><a href="/a">Fachtag Digitalisierung</a></li></ul></div>',
      'Fachtag Digitalisierung',
    ],
    [
      'Mehr aus …',
      '<div><h2>Mehr aus Politik</h2><a href="/b">Neue Regeln für Kitas</a></div>',
      'Neue Regeln für Kitas',
    ],
    [
      'Meistgelesen with hyphen',
      '<div><h3>Meist-diskutiert</h3><a href="/c">Streit um die Grundsicherung</a></div>',
      'Grundsicherung',
    ],
    [
      'Das könnte dich interessieren',
      '<div><h3>Das könnte dich auch interessieren</h3><a href="/d">Tipps für Azubis</a></div>',
      'Tipps für Azubis',
    ],
    [
      'Empfehlungen',
      '<div><h3>Empfehlungen der Redaktion</h3><a href="/e">Pflege im Wandel</a></div>',
      'Pflege im Wandel',
    ],
    [
      'English recommended',
      '<div><h3>Recommended for you</h3><a href="/f">Care work in 2030</a></div>',
      'Care work in 2030',
    ],
  ])('removes %s', (_name, markup, gone) => {
    const text = cleanedText(markup);
    expect(text).not.toContain(gone);
    expect(text).toContain('Schlusssatz des Artikels.');
  });

  it('keeps an article sub-heading that merely starts with "Weitere"', () => {
    const text = cleanedText(
      '<h2>Weitere Forderungen der Verbände</h2><p>Die Verbände fordern mehr Personal.</p>',
    );
    expect(text).toContain('Weitere Forderungen der Verbände');
    expect(text).toContain('Die Verbände fordern mehr Personal.');
  });

  it('keeps a sentence that mentions a contact person', () => {
    const text = cleanedText(
      '<p>Der Kontakt zu den Familien riss im Lockdown oft ab, berichten die Fachkräfte.</p>',
    );
    expect(text).toContain('Der Kontakt zu den Familien riss im Lockdown oft ab');
  });
});

describe('load-more and enlarge controls', () => {
  it.each([
    ['Lade weitere Inhalte', '<div class="x"><button>Lade weitere Inhalte</button></div>'],
    ['Mehr laden', '<p><a href="?page=2">Mehr laden</a></p>'],
    ['Load more', '<div><button>Load more</button></div>'],
    ['Bild anzeigen', '<p><a href="/img.jpg">Bild anzeigen</a></p>'],
  ])('removes %s', (label, markup) => {
    const text = cleanedText(markup);
    expect(text).not.toContain(label);
    expect(text).toContain('Schlusssatz des Artikels.');
  });
});

describe('credit-only captions', () => {
  it.each([
    ['German', 'Foto: Sascha Klahn'],
    ['English', 'Photo: Getty Images'],
  ])('drops a %s caption that is only a credit and keeps the picture', (_name, credit) => {
    const doc = page(
      `<figure class="teaser"><img src="a.jpg" alt="Kita"><figcaption>${credit}</figcaption></figure>`,
    );
    removeClutter(doc, NO_DEADLINE);
    expect(doc.body.textContent).not.toContain(credit);
    expect(doc.querySelector('img[alt="Kita"]')).not.toBeNull();
  });

  it('keeps a caption that describes the picture', () => {
    const text = cleanedText(
      '<figure><img src="a.jpg" alt=""><figcaption>Fachkräfte beim Fachtag in Köln.</figcaption></figure>',
    );
    expect(text).toContain('Fachkräfte beim Fachtag in Köln.');
  });

  it('drops a load-more label with trailing dots', () => {
    const text = cleanedText('<div id="loading"><span>Lade weitere Inhalte ...</span></div>');
    expect(text).not.toContain('Lade weitere Inhalte');
  });
});

describe('credit prefix versus caption', () => {
  it.each([
    ['Foto: Jugendhaus am Lindenplatz', false],
    ['Bild: Kinder spielen im Hof', false],
    ['Photo: children at the day centre', false],
    ['Foto: Sascha Klahn', true],
    ['Bild: Werk/CHRISTIAN HOUDEK', true],
    ['Titelbild:', true],
  ])('%s → credit %s', (text, expected) => {
    const doc = new JSDOM(`<body><p>${text}</p></body>`).window.document;
    expect(isCreditLine(text, doc.querySelector('p') as Element)).toBe(expected);
  });
});

describe('credits glued to a caption', () => {
  it.each([
    [
      'a pipe and copyright sign',
      '<div class="caption">Kinder im Jugendhaus am Abend. | © Augusta National/Getty Images</div>',
      'Getty',
    ],
    [
      'English caption',
      '<figure><img src="a.jpg" alt=""><figcaption>Volunteers at the food bank. © Jane Doe</figcaption></figure>',
      'Jane Doe',
    ],
  ])('cuts the credit off %s and keeps the caption', (_name, markup, credit) => {
    const text = cleanedText(markup);
    expect(text).not.toContain(credit);
    expect(text).toMatch(/Kinder im Jugendhaus am Abend\.|Volunteers at the food bank\./);
  });

  it('keeps a sentence that mentions the copyright sign in running text', () => {
    const text = cleanedText(
      '<p>Das Zeichen © schützt Werke. Es steht vor dem Namen der Urheberin, so das Gesetz.</p>',
    );
    expect(text).toContain('Das Zeichen © schützt Werke.');
  });
});

describe('link-only paragraphs', () => {
  it.each([
    [
      'a teaser title',
      '<p><a href="/ausflug-steiermark">Herbstlicher Wochenend-Ausflug in die Südoststeiermark</a></p>',
    ],
    ['a styled pointer', '<p><strong><a href="/galerie">Hier geht es zur Bildergalerie</a></strong></p>'],
  ])('drops %s set between the paragraphs', (_name, markup) => {
    const text = cleanedText(markup);
    expect(text).not.toMatch(/Südoststeiermark|Bildergalerie/);
    expect(text).toContain('Schlusssatz des Artikels.');
  });

  it.each([
    [
      'a sentence with a link in it',
      '<p>Mehr dazu steht im <a href="/bericht">Jahresbericht des Vereins</a>.</p>',
      'Jahresbericht des Vereins',
    ],
    [
      'a bare source address',
      '<p><a href="https://example.org/studie.pdf">https://example.org/studie.pdf</a></p>',
      'example.org/studie.pdf',
    ],
    [
      'two links on one line',
      '<p><a href="/a">Satzung</a> <a href="/b">Beitragsordnung</a></p>',
      'Beitragsordnung',
    ],
    [
      'a source on another site',
      '<p><a href="https://www.caritas.de/studie-digitalisierung">Zur Studie des Caritasverbands</a></p>',
      'Zur Studie des Caritasverbands',
    ],
    [
      'a linked document on the same site',
      '<p><a href="/files/jahresbericht-2023.pdf">Jahresbericht 2023 herunterladen</a></p>',
      'Jahresbericht 2023 herunterladen',
    ],
  ])('keeps %s', (_name, markup, kept) => {
    expect(cleanedText(markup)).toContain(kept);
  });
});

describe('advertising and affiliate notices', () => {
  it.each([
    [
      'an affiliate notice',
      '<p class="note">Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links</p>',
      'Affiliate Links',
    ],
    [
      'a commission notice',
      '<p><small>Für Links auf dieser Seite erhält das Magazin ggf. eine Provision vom Händler.</small></p>',
      'Provision',
    ],
    [
      'an advertising label line',
      '<p><em>*Werbung. Dieser Beitrag enthält Werbung für eine Schmuckmarke.</em></p>',
      'Schmuckmarke',
    ],
  ])('drops %s', (_name, markup, gone) => {
    const text = cleanedText(markup);
    expect(text).not.toContain(gone);
    expect(text).toContain('Schlusssatz des Artikels.');
  });

  it.each([
    'Viele Blogger verdienen mit Affiliate-Links Geld, sagt die Verbraucherzentrale.',
    'Die Mitarbeiter erhalten eine Provision für jeden Abschluss.',
    'Werbung ist ein wichtiger Wirtschaftsfaktor für lokale Medien.',
  ])('keeps a sentence about the subject: %s', (sentence) => {
    expect(cleanedText(`<p>${sentence}</p>`)).toContain(sentence);
  });
});

describe('back-to-list links', () => {
  it('drops a "Zurück zur Listenansicht" link', () => {
    const text = cleanedText('<div class="news-show"><a href="/presse/">zurück zur Listenansicht</a></div>');
    expect(text).not.toContain('Listenansicht');
    expect(text).toContain('Schlusssatz des Artikels.');
  });
});
