import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/load-page';
import { extractArticle } from '../../utils/extract';
import { largestCandidate, revealLazyMedia } from '../../utils/extract/lazy-media';
import { germanParagraphs } from '../support/jsdom-page';

const URL = 'https://www.example.org/2021/artikel';
const GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';

function revealed(body: string): Document {
  const doc = new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url: URL }).window.document;
  revealLazyMedia(doc);
  return doc;
}

const img = (doc: Document) => doc.querySelector('img');

describe('revealLazyMedia', () => {
  it.each([
    ['data-src', `<img src="${GIF}" data-src="/bilder/a.jpg" alt="A">`, '/bilder/a.jpg'],
    [
      'data-lazy-src (WP Rocket)',
      `<img src="${GIF}" data-lazy-src="https://cdn.example.org/a.jpg">`,
      'https://cdn.example.org/a.jpg',
    ],
    ['data-original (jQuery lazyload)', '<img class="lazy" data-original="/a.jpg">', '/a.jpg'],
    ['data-src without any src', '<img class="lazyload" data-src="/a.jpg">', '/a.jpg'],
    ['a low-resolution preview replaced', '<img src="/a-20x20.jpg" data-src="/a-1200.jpg">', '/a-1200.jpg'],
    ['a real src left alone', '<img src="/a.jpg" alt="A">', '/a.jpg'],
  ])('%s', (_name, body, src) => {
    expect(img(revealed(body))?.getAttribute('src')).toBe(src);
  });

  it('promotes data-srcset and drops a data: srcset placeholder', () => {
    const doc = revealed(
      `<img src="${GIF}" srcset="${GIF} 1x" data-srcset="/a-640.jpg 640w, /a-1280.jpg 1280w">`,
    );
    expect(img(doc)?.getAttribute('srcset')).toBe('/a-640.jpg 640w, /a-1280.jpg 1280w');
    expect(img(doc)?.getAttribute('src')).toBe('/a-1280.jpg');
  });

  it('replaces the placeholder by the <noscript> copy of the image', () => {
    const doc = revealed(
      `<figure><img class="lazyload" src="${GIF}" data-sizes="auto"><noscript><img src="/bilder/echt.jpg" alt="Echt"></noscript><figcaption>Beratung im Stadtteil</figcaption></figure>`,
    );
    expect(doc.querySelectorAll('img')).toHaveLength(1);
    expect(img(doc)?.getAttribute('src')).toBe('/bilder/echt.jpg');
    expect(img(doc)?.getAttribute('alt')).toBe('Echt');
    expect(doc.querySelector('noscript')).toBeNull();
  });

  it('reads a <noscript> whose content a scripting browser kept as text', () => {
    const doc = new JSDOM(
      `<!doctype html><html><body><figure><img src="${GIF}"><noscript></noscript></figure></body></html>`,
      {
        url: URL,
      },
    ).window.document;
    doc.querySelector('noscript')!.textContent = '<img src="/bilder/echt.jpg" alt="Echt">';
    revealLazyMedia(doc);
    expect(img(doc)?.getAttribute('src')).toBe('/bilder/echt.jpg');
  });

  it('a <noscript> image without a placeholder stands in for the noscript', () => {
    const doc = revealed('<div class="bild"><noscript><img src="/bilder/echt.jpg"></noscript></div>');
    expect(doc.querySelector('div.bild > img')?.getAttribute('src')).toBe('/bilder/echt.jpg');
  });

  it('leaves tracking pixels in <noscript> alone', () => {
    const doc = revealed(
      '<p>x</p><noscript><img height="1" width="1" src="https://www.facebook.com/tr?id=1"></noscript>',
    );
    expect(doc.querySelector('p + img')).toBeNull();
  });

  it('keeps one image when the theme prints it twice', () => {
    const doc = revealed('<div><img src="/a.jpg"><noscript><img src="/a.jpg"></noscript></div>');
    expect(doc.querySelectorAll('div > img')).toHaveLength(1);
  });

  it('turns AMP amp-img into img', () => {
    const doc = revealed(
      '<figure><amp-img src="/a.jpg" srcset="/a-640.jpg 640w" width="800" height="600" alt="Team" layout="responsive"><amp-img fallback src="/fallback.jpg"></amp-img></amp-img><figcaption>Das Team</figcaption></figure>',
    );
    expect(doc.querySelector('amp-img')).toBeNull();
    const image = doc.querySelector('figure > img');
    expect(image?.getAttribute('src')).toBe('/a.jpg');
    expect(image?.getAttribute('alt')).toBe('Team');
    expect(image?.getAttribute('width')).toBe('800');
    expect(image?.hasAttribute('layout')).toBe(false);
  });

  it('turns Next.js next/image into the original image', () => {
    const doc = revealed(
      `<img alt="Team" src="${GIF}" srcset="/_next/image?url=%2Fbilder%2Fteam.jpg&amp;w=640&amp;q=75 640w, /_next/image?url=%2Fbilder%2Fteam.jpg&amp;w=1920&amp;q=75 1920w">`,
    );
    expect(img(doc)?.getAttribute('src')).toBe('https://www.example.org/bilder/team.jpg');
  });

  it('fills a <picture> img from its lazy <source data-srcset>', () => {
    const doc = revealed(
      `<picture><source type="image/webp" data-srcset="/a.webp 1x, /a@2x.webp 2x"><img src="${GIF}"></picture>`,
    );
    expect(doc.querySelector('source')?.getAttribute('srcset')).toBe('/a.webp 1x, /a@2x.webp 2x');
    expect(img(doc)?.getAttribute('src')).toBe('/a@2x.webp');
  });
});

describe('largestCandidate', () => {
  it.each([
    ['a.jpg 640w, b.jpg 1920w, c.jpg 1280w', 'b.jpg'],
    ['a.jpg 1x, b.jpg 2x', 'b.jpg'],
    ['a.jpg', 'a.jpg'],
    [
      'https://res.cloudinary.com/x/image/upload/w_400,h_300/a.jpg 400w, https://res.cloudinary.com/x/image/upload/w_800,h_600/a.jpg 800w',
      'https://res.cloudinary.com/x/image/upload/w_800,h_600/a.jpg',
    ],
    [`${GIF} 1x`, null],
  ])('%s', (srcset, expected) => {
    expect(largestCandidate(srcset)).toBe(expected);
  });
});

describe('lazy images and their captions survive extraction', () => {
  function extractRevealed(body: string) {
    const page = parsePage(`<html><body><article><h1>Titel</h1>${body}</article></body></html>`, URL);
    try {
      revealLazyMedia(page.document);
      return extractArticle(page.document, URL, { window: page.window });
    } finally {
      page.close();
    }
  }

  it.each([
    ['data-src', `<img class="lazyload" src="${GIF}" data-src="/bilder/stadtteil.jpg" alt="Stadtteil">`],
    [
      'noscript',
      `<img class="lazyload" src="${GIF}"><noscript><img src="/bilder/stadtteil.jpg" alt="Stadtteil"></noscript>`,
    ],
    [
      'amp-img',
      '<amp-img src="/bilder/stadtteil.jpg" width="800" height="600" alt="Stadtteil" layout="responsive"></amp-img>',
    ],
    [
      'next/image',
      `<img src="${GIF}" srcset="/_next/image?url=%2Fbilder%2Fstadtteil.jpg&amp;w=1920&amp;q=75 1920w" alt="Stadtteil">`,
    ],
  ])('%s', (_name, image) => {
    const article = extractRevealed(
      `${germanParagraphs(3)}<figure>${image}<figcaption>Beratung im Stadtteilzentrum am Lindenplatz</figcaption></figure>${germanParagraphs(3)}`,
    );
    expect(article.html).toContain('https://www.example.org/bilder/stadtteil.jpg');
    expect(article.text).toContain('Beratung im Stadtteilzentrum am Lindenplatz');
  });
});
