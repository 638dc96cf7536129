import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { mainRegion } from '../../utils/extract/main-region';
import { judgeReaderable, looksLikeListing } from '../../utils/extract/readerable';

const SENTENCE =
  'Fachkräfte der Jugendhilfe berichten, wie sich ihre Arbeit mit digitalen Werkzeugen verändert hat. ';

function doc(body: string): Document {
  return new JSDOM(`<html><body>${body}</body></html>`).window.document;
}

function teaser(n: number): string {
  return `<div class="item"><h2><a href="/post-${n}">Beitrag Nummer ${n}</a></h2><p>${SENTENCE}</p><p><a href="/post-${n}">Weiterlesen</a></p></div>`;
}

describe('looksLikeListing', () => {
  it('flags a blog list of linked teasers', () => {
    expect(looksLikeListing(doc(`<main><h1>Blog</h1>${[1, 2, 3, 4].map(teaser).join('')}</main>`))).toBe(
      true,
    );
  });

  it('flags a list of schema.org blog posts even when the headings are not links', () => {
    const posts = [1, 2, 3]
      .map((n) => `<div itemprop="blogPost"><h3>Post ${n}</h3><p>${SENTENCE}</p></div>`)
      .join('');
    expect(looksLikeListing(doc(`<div itemtype="https://schema.org/Blog">${posts}</div>`))).toBe(true);
  });

  it('does not flag an article followed by a strip of related teasers', () => {
    const article = `<article><h1>Artikel</h1>${`<p>${SENTENCE.repeat(3)}</p>`.repeat(6)}</article>`;
    expect(looksLikeListing(doc(article + [1, 2, 3, 4].map(teaser).join('')))).toBe(false);
  });

  it('does not flag an article whose subheadings are plain text', () => {
    const article = `<article><h1>A</h1>${['Eins', 'Zwei', 'Drei', 'Vier'].map((h) => `<h2>${h}</h2><p>${SENTENCE}</p>`).join('')}</article>`;
    expect(looksLikeListing(doc(article))).toBe(false);
  });
});

describe('judgeReaderable', () => {
  it('gives the listing reason before the length check', () => {
    expect(judgeReaderable(true, 500)).toEqual({ readerable: false, reason: 'listing' });
    expect(judgeReaderable(false, 500)).toEqual({ readerable: true, reason: 'article' });
    expect(judgeReaderable(false, 20).reason).toBe('too-little-text');
    expect(judgeReaderable(false, 0).reason).toBe('no-content');
  });
});

describe('mainRegion', () => {
  it('prefers the main landmark', () => {
    const d = doc(`<div>Kopf</div><main id="m"><h1>Blog</h1>${teaser(1)}</main><div>Fuß</div>`);
    expect(mainRegion(d)?.id).toBe('m');
  });

  it('without a landmark takes the block holding the title and the teasers, not the page chrome', () => {
    const d = doc(
      `<div id="top"><a href="/">Start</a></div><div id="wrap"><div id="list"><h1>Blog</h1>${[1, 2, 3].map(teaser).join('')}</div><div id="side">Kontakt</div></div>`,
    );
    expect(mainRegion(d)?.id).toBe('list');
  });
});
