import { describe, expect, it } from 'vitest';
import { extractHtml, germanParagraphs } from '../support/jsdom-page';

const QUOTE = 'Digitale Beratung ersetzt nicht die Begegnung, sie ergänzt sie.';

function textOf(markup: string): string {
  const article = extractHtml(
    `<html><body><article><h1>Titel</h1>${germanParagraphs(3)}${markup}${germanParagraphs(3)}</article></body></html>`,
  );
  return article.text.replace(/\s+/g, ' ');
}

describe('the attribution line of a quote stays in the text', () => {
  it.each([
    [
      'a <footer> in the blockquote',
      `<blockquote><p>${QUOTE}</p><footer>— Anna Müller, Sozialarbeiterin</footer></blockquote>`,
      '— Anna Müller, Sozialarbeiterin',
    ],
    [
      'a <footer><cite> in the blockquote',
      `<blockquote><p>${QUOTE}</p><footer>— <cite>Anna Müller</cite>, Sozialarbeiterin</footer></blockquote>`,
      'Anna Müller',
    ],
    [
      'a dash paragraph in the blockquote',
      `<blockquote><p>${QUOTE}</p><p>– Anna Müller, Sozialarbeiterin</p></blockquote>`,
      '– Anna Müller, Sozialarbeiterin',
    ],
    [
      'a <cite> in the blockquote',
      `<blockquote><p>${QUOTE}</p><cite>Anna Müller, Sozialarbeiterin</cite></blockquote>`,
      'Anna Müller, Sozialarbeiterin',
    ],
    [
      'a WordPress pullquote',
      `<figure class="wp-block-pullquote"><blockquote><p>${QUOTE}</p><cite>Anna Müller</cite></blockquote></figure>`,
      'Anna Müller',
    ],
    [
      'a WordPress quote block',
      `<blockquote class="wp-block-quote"><p>${QUOTE}</p><cite>Prof. Dr. Jonas Becker, Hochschule Talbrück</cite></blockquote>`,
      'Prof. Dr. Jonas Becker, Hochschule Talbrück',
    ],
    [
      'the figcaption of a quote figure',
      `<figure class="quote"><blockquote><p>${QUOTE}</p></blockquote><figcaption>— Anna Müller, Sozialarbeiterin</figcaption></figure>`,
      '— Anna Müller, Sozialarbeiterin',
    ],
    [
      'a byline-styled line in the quote',
      `<blockquote class="quote"><p>${QUOTE}</p><p class="author">Anna Müller, Sozialarbeiterin</p></blockquote>`,
      'Anna Müller, Sozialarbeiterin',
    ],
    [
      'a quote-author line after the quote',
      `<blockquote><p>${QUOTE}</p></blockquote><p class="quote-author">— Anna Müller, Sozialarbeiterin</p>`,
      '— Anna Müller, Sozialarbeiterin',
    ],
    [
      'a dash line right after the quote',
      `<blockquote><p>${QUOTE}</p></blockquote><p>— Anna Müller, Sozialarbeiterin</p>`,
      '— Anna Müller, Sozialarbeiterin',
    ],
    [
      'a "zitat" box with a source line',
      `<div class="zitat"><p>${QUOTE}</p><span class="zitat__autor">Anna Müller, Geschäftsführerin</span></div>`,
      'Anna Müller, Geschäftsführerin',
    ],
    [
      'an English attribution',
      `<blockquote><p>Technology does not replace the relationship.</p><footer>— Anna Miller, social worker</footer></blockquote>`,
      '— Anna Miller, social worker',
    ],
  ])('%s', (_name, markup, attribution) => {
    const text = textOf(markup);
    expect(text).toContain(attribution);
  });

  it('keeps the quote and its attribution in order', () => {
    const text = textOf(
      `<blockquote><p>${QUOTE}</p><footer>— Anna Müller, Sozialarbeiterin</footer></blockquote>`,
    );
    expect(text.indexOf(QUOTE)).toBeLessThan(text.indexOf('Anna Müller'));
  });
});

describe('furniture around quotes is still furniture', () => {
  it('an author box outside any quote goes', () => {
    const text = textOf(
      '<div class="author-box">Über die Autorin: Anna Müller schreibt über Beratung und Digitalisierung.</div>',
    );
    expect(text).not.toContain('Über die Autorin');
  });

  it('a hidden element inside a quote goes', () => {
    const text = textOf(
      `<blockquote><p>${QUOTE}</p><p style="display:none">Versteckter Hinweis</p></blockquote>`,
    );
    expect(text).not.toContain('Versteckter Hinweis');
  });

  it('a related-post embed in a blockquote is a link, not a speaker', () => {
    const text = textOf(
      '<blockquote class="wp-embedded-content"><p><a href="https://www.example.org/2021/anderer-artikel">Ein anderer Artikel über Beratung</a></p></blockquote>',
    );
    expect(text).not.toContain('Ein anderer Artikel über Beratung');
  });

  it('a whole article in one blockquote does not shield its author box', () => {
    const text = textOf(
      `<blockquote>${germanParagraphs(8)}<div class="author-box"><div class="label">Autor</div><p>Anna Müller ist Referentin für Digitalisierung.</p></div></blockquote>`,
    );
    expect(text).not.toContain('Referentin für Digitalisierung');
  });

  it('a byline above the article is no quote attribution', () => {
    const text = textOf('<p class="byline">Von Anna Müller | 12.05.2020</p>');
    expect(text).not.toContain('Von Anna Müller');
  });
});
