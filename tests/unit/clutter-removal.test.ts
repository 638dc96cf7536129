import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanArticleContent, removeClutter } from '../../utils/extract/clutter';
import { NO_DEADLINE } from '../../utils/extract/deadline';

const PROSE =
  'Die Digitalisierung verändert die Soziale Arbeit grundlegend, von der Fallakte bis zur Beratung im Chat. ' +
  'Fachkräfte brauchen dafür Zeit, Fortbildung und eine Ausstattung, die dem Datenschutz genügt. ';

/** An article body long enough that the guard treats it as the article, with `extra` placed after it. */
function page(extra: string, before = ''): Document {
  const html = `<html><body><header><a href="/">Logo</a></header><article><h1>Titel</h1>${before}
    <div class="entry-content"><p>${PROSE.repeat(4)}</p><p>${PROSE.repeat(3)}</p>${extra}<p>Schlusssatz des Artikels.</p></div>
    </article></body></html>`;
  return new JSDOM(html).window.document;
}

function cleanedText(doc: Document): string {
  removeClutter(doc, NO_DEADLINE);
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ');
}

describe('share bars', () => {
  it.each([
    [
      'German icon row with alt texts',
      '<div class="row"><span>Artikel teilen</span><a href="https://twitter.com/intent/tweet?url=x"><img alt="Twitter-Symbol"></a><a href="https://www.facebook.com/sharer/sharer.php?u=x"><img alt="Facebook-Symbol"></a><a href="https://www.xing.com/spi/shares/new?url=x"><img alt="Xing-Symbol"></a></div>',
      ['Artikel teilen', 'Symbol'],
    ],
    [
      'Shariff list',
      '<div class="shariff"><ul><li><a href="#">Teilen</a></li><li><a href="#">Twittern</a></li></ul></div>',
      ['Teilen', 'Twittern'],
    ],
    [
      'English buttons with aria-labels',
      '<ul class="buttons"><li><a href="https://www.linkedin.com/shareArticle?url=x" aria-label="Share on LinkedIn"><svg></svg></a></li><li><a href="https://api.whatsapp.com/send?text=x">WhatsApp</a></li><li><a href="mailto:?subject=Lesetipp">E-Mail</a></li></ul>',
      ['WhatsApp', 'E-Mail'],
    ],
    [
      'text labels without share URLs',
      '<p><a href="#" class="x">Auf Facebook teilen</a> <a href="#">Link kopieren</a></p>',
      ['Auf Facebook teilen', 'Link kopieren'],
    ],
    [
      'screen-reader-only labels',
      '<div><a href="https://x.com/intent/post?u=1"><span class="sr-only">Auf X teilen</span></a></div>',
      ['Auf X teilen'],
    ],
  ])('removes a %s', (_name, markup, gone) => {
    const text = cleanedText(page(markup));
    for (const word of gone) expect(text).not.toContain(word);
    expect(text).toContain('Schlusssatz des Artikels.');
  });

  it('keeps a paragraph that merely uses the word "teilen"', () => {
    const text = cleanedText(
      page(
        '<p>Viele Familien teilen sich ein Handy.</p><p><a href="https://facebook.com/verein">Unsere Facebook-Seite</a> informiert über Termine.</p>',
      ),
    );
    expect(text).toContain('Viele Familien teilen sich ein Handy.');
    expect(text).toContain('Unsere Facebook-Seite informiert über Termine.');
  });
});

describe('comments and forms', () => {
  it('removes a WordPress comment section and its form', () => {
    const doc = page('', '');
    doc.body.insertAdjacentHTML(
      'beforeend',
      `<div id="comments" class="comments-area"><h2>2 Kommentare</h2><ol class="comment-list"><li class="comment"><p>Hallo Getrude, toller Text!</p></li></ol>
       <div id="respond"><h3>Schreibe einen Kommentar</h3><div data-rn-form><p>Deine E-Mail-Adresse wird nicht veröffentlicht.</p><textarea></textarea></div></div></div>`,
    );
    const text = cleanedText(doc);
    expect(text).not.toContain('Hallo Getrude');
    expect(text).not.toContain('Schreibe einen Kommentar');
    expect(text).toContain('Schlusssatz des Artikels.');
  });

  it('removes an anonymous comment block found by its heading', () => {
    const doc = page('');
    doc
      .querySelector('article')
      ?.insertAdjacentHTML(
        'beforeend',
        '<section><h2>Kommentare zu diesem Artikel</h2><div><p>Trudi schreibt: Danke!</p></div></section>',
      );
    expect(cleanedText(doc)).not.toContain('Trudi');
  });

  it('removes a newsletter box with an e-mail field (German and English)', () => {
    const de = cleanedText(
      page(
        '<div class="box"><p>Sozialpolitik kompakt</p><div data-rn-form><input type="email"><button>Jetzt abonnieren</button></div><p>Abmeldung jederzeit möglich.</p></div>',
      ),
    );
    expect(de).not.toContain('Sozialpolitik kompakt');
    expect(de).not.toContain('Abmeldung');
    const en = cleanedText(
      page(
        '<section class="subscribe-form"><h3>Subscribe to Open Doors Lab</h3><p>Get the latest posts</p></section>',
      ),
    );
    expect(en).not.toContain('Subscribe to Open Doors Lab');
  });
});

describe('consent boxes', () => {
  it('removes a cookie banner without telling classes', () => {
    const doc = page('');
    doc.body.insertAdjacentHTML(
      'beforeend',
      '<div><div><p>Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie zu.</p><a href="#">Akzeptieren</a> <a href="#">Ablehnen</a></div></div>',
    );
    expect(cleanedText(doc)).not.toContain('Cookies');
  });

  it('removes a two-click video placeholder', () => {
    const text = cleanedText(
      page(
        '<div class="wrap"><p>Mit dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von YouTube.</p><a href="#">Video laden</a></div>',
      ),
    );
    expect(text).not.toContain('Datenschutzerklärung von YouTube');
    expect(text).not.toContain('Video laden');
  });

  it('keeps article text about cookies and data protection', () => {
    const text = cleanedText(
      page(
        '<p>Beratungsstellen sollten keine Tracking-Cookies setzen, denn Ratsuchende stimmen dem selten bewusst zu.</p>',
      ),
    );
    expect(text).toContain('keine Tracking-Cookies setzen');
  });
});

describe('related, author and tag boxes', () => {
  it.each([
    [
      'Lesen Sie auch',
      '<div><h3>Lesen Sie auch</h3><ul><li><a href="/a">Kitas in der Notbetreuung</a></li><li><a href="/b">Frauenhäuser melden mehr Anfragen</a></li></ul></div>',
      'Kitas in der Notbetreuung',
    ],
    [
      'Das könnte Sie auch interessieren',
      '<h2>Das könnte Sie auch interessieren</h2><div><a href="/x">Neue Online-Sprechstunde</a></div>',
      'Neue Online-Sprechstunde',
    ],
    [
      'Related posts',
      '<section class="related-posts"><h3>Related posts</h3><a href="/y">Paper prototypes in a day centre</a></section>',
      'Paper prototypes',
    ],
    ['inline Mehr zum Thema', '<p>Mehr zum Thema: <a href="/z">Pflegebonus für alle</a></p>', 'Pflegebonus'],
    [
      'author bio box',
      '<div class="author-box"><img src="a.jpg" alt=""><p>Christian Müller ist Kommunikationsberater.</p></div>',
      'Kommunikationsberater',
    ],
    [
      'Über die Autorin',
      '<div><h4>Über die Autorin</h4><p>Sandra ist Sozialarbeiterin in Köln.</p></div>',
      'Sandra ist',
    ],
    [
      'tags line',
      '<p class="x">Schlagworte: <a href="/t/1">Digitalisierung</a>, <a href="/t/2">Jugendhilfe</a></p>',
      'Schlagworte',
    ],
    [
      'breadcrumbs',
      '<ol class="breadcrumb"><li><a href="/">Start</a></li><li>Aktuelles</li></ol>',
      'Aktuelles',
    ],
  ])('removes %s', (_name, markup, gone) => {
    const text = cleanedText(page(markup));
    expect(text).not.toContain(gone);
    expect(text).toContain('Schlusssatz des Artikels.');
  });
});

describe('byline, tools and ads', () => {
  it.each([
    [
      'German byline with date and reading time',
      '<p>Von Anna Schmidt und Jonas Becker | Stand: 12.05.2020, 14:30 Uhr | 5 Min. Lesezeit</p>',
      'Anna Schmidt',
    ],
    ['English byline', '<div>By Jane Doe · March 3, 2021 · 5 min read</div>', 'Jane Doe'],
    ['lone reading time', '<span>Lesedauer: 4 Minuten</span>', 'Lesedauer'],
    [
      'print and PDF buttons',
      '<div><a href="?print=1">Artikel drucken</a> <a href="x.pdf">PDF</a> <a href="#">Vorlesen</a></div>',
      'drucken',
    ],
    ['Anzeige slot', '<div class="slot"><span>Anzeige</span><div id="gpt-1"></div></div>', 'Anzeige'],
    ['skip link', '<a href="#main">Zum Inhalt springen</a>', 'Zum Inhalt'],
  ])('removes a %s', (_name, markup, gone) => {
    expect(cleanedText(page('', markup))).not.toContain(gone);
  });

  it('keeps sentences that mention a date or start with "Von"', () => {
    const text = cleanedText(
      page('<p>Von den 214 Befragten hatten am 2. Juli 2019 nur wenige ein Diensthandy.</p>'),
    );
    expect(text).toContain('Von den 214 Befragten');
  });
});

describe('content that must stay', () => {
  it('keeps figures with captions, tables, lists, quotes, footnotes and links', () => {
    const extra = `<figure><img src="x.jpg" alt="Foto"><figcaption>Foto: Jugendhaus am Lindenplatz</figcaption></figure>
      <table><tr><th>Jahr</th><th>Anteil</th></tr><tr><td>2020</td><td>71 %</td></tr></table>
      <ul><li>Gruppenchat für die AG</li><li>Absprachen mit dem Beirat</li></ul>
      <blockquote><p>Wenn wir die Regeln selbst machen, halten sich alle dran.</p></blockquote>
      <p>Siehe die <a href="https://example.org/studie">Studie des Instituts</a>.<sup><a href="#fn1">1</a></sup></p>
      <footer class="footnotes"><ol><li id="fn1">Befragung 2020, n = 214.</li></ol></footer>`;
    const text = cleanedText(page(extra));
    for (const kept of [
      'Foto: Jugendhaus am Lindenplatz',
      '71 %',
      'Gruppenchat für die AG',
      'halten sich alle dran',
      'Studie des Instituts',
      'Befragung 2020, n = 214.',
    ]) {
      expect(text).toContain(kept);
    }
  });

  it('never removes the article itself even when its classes sound like clutter', () => {
    const doc = new JSDOM(
      `<body><article class="post tag-sharing category-social has-comments"><h1>T</h1><p>${PROSE.repeat(12)}</p></article></body>`,
    ).window.document;
    expect(cleanedText(doc)).toContain('Die Digitalisierung verändert');
  });

  it('cleans Readability output in place without removing its root', () => {
    const doc = new JSDOM(
      `<div id="root" class="share-wrapper"><p>${PROSE.repeat(3)}</p><p>Teilen: <a href="https://twitter.com/share?u=1">Twitter</a></p></div>`,
    ).window.document;
    const root = doc.getElementById('root') as Element;
    cleanArticleContent(root, NO_DEADLINE);
    expect(root.isConnected).toBe(true);
    expect(root.textContent).toContain('Die Digitalisierung');
    expect(root.textContent).not.toContain('Twitter');
  });
});
