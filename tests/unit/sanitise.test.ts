import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitiseHtml, webCandidates } from '../../utils/extract/sanitise';
import { extractHtml, germanParagraphs } from '../support/jsdom-page';

const window = new JSDOM('').window as unknown as Window;

describe('sanitiseHtml', () => {
  it.each([
    ['<img src=x onerror="alert(1)">', /onerror/],
    ['<a href="javascript:alert(1)">x</a>', /javascript:/],
    ['<script>alert(1)</script>', /<script/],
    ['<iframe src="https://evil.example"></iframe>', /<iframe/],
    ['<form action="/x"><input name="a"></form>', /<form|<input/],
    ['<style>body{display:none}</style><p style="color:red">x</p>', /<style|style=/],
    ['<svg><script>alert(1)</script></svg>', /<script/],
    ['<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', /onerror/],
  ])('removes the active part of %s', (dirty, forbidden) => {
    expect(sanitiseHtml(window, dirty)).not.toMatch(forbidden);
  });

  it('keeps figures, tables, lists, quotes and links', () => {
    const html =
      '<figure><img src="https://e.org/a.png" alt="Bild"><figcaption>Text</figcaption></figure><table><tr><td>1</td></tr></table><ul><li>a</li></ul><blockquote>q</blockquote><a href="https://e.org">l</a>';
    const clean = sanitiseHtml(window, html);
    for (const tag of [
      '<figure>',
      '<figcaption>',
      '<table>',
      '<li>',
      '<blockquote>',
      'href="https://e.org"',
      'alt="Bild"',
    ]) {
      expect(clean).toContain(tag);
    }
  });
});

describe('responsive images', () => {
  const imgOf = (html: string) =>
    new JSDOM(sanitiseHtml(window, html)).window.document.querySelector('img') as HTMLImageElement | null;

  it('keeps srcset and sizes of http(s) images', () => {
    const image = imgOf(
      '<img src="https://e.org/a.jpg" srcset="https://e.org/a-640.jpg 640w, https://e.org/a-1280.jpg 1280w" sizes="(max-width: 600px) 100vw, 600px">',
    );
    expect(image?.getAttribute('srcset')).toBe(
      'https://e.org/a-640.jpg 640w, https://e.org/a-1280.jpg 1280w',
    );
    expect(image?.getAttribute('sizes')).toBe('(max-width: 600px) 100vw, 600px');
  });

  it.each([
    ['javascript:alert(1) 1x'],
    ['data:image/svg+xml,<svg onload=alert(1)> 1x'],
    ['/relative.jpg 2x'],
    ['blob:https://e.org/uuid 1x'],
  ])('drops a srcset of only %s', (srcset) => {
    expect(imgOf(`<img src="https://e.org/a.jpg" srcset="${srcset}">`)?.hasAttribute('srcset')).toBe(false);
  });

  it('drops sizes that are not media conditions', () => {
    expect(imgOf('<img src="https://e.org/a.jpg" sizes="url(javascript:x)">')?.hasAttribute('sizes')).toBe(
      false,
    );
  });

  it.each([
    ['https://e.org/a.jpg 1x, javascript:alert(1) 2x', 'https://e.org/a.jpg 1x'],
    ['https://e.org/a.jpg, http://e.org/b.jpg 2x', 'https://e.org/a.jpg, http://e.org/b.jpg 2x'],
    ['data:image/gif;base64,R0lGOD 1x, https://e.org/a.jpg 2x', 'https://e.org/a.jpg 2x'],
    ['https://e.org/a.jpg 1x" onerror="alert(1)', ''],
  ])('webCandidates(%s)', (srcset, expected) => {
    expect(webCandidates(srcset)).toBe(expected);
  });
});

describe('extracted article HTML is inert', () => {
  it('carries no script, handler or javascript: URL from the page', () => {
    const article = extractHtml(
      `<html><body><article><h1>T</h1>${germanParagraphs()}<p><img src="x.png" onerror="alert(1)"><a href="javascript:alert(2)">Link</a></p><svg><script>alert(3)</script></svg></article></body></html>`,
    );
    expect(article.readerable).toBe(true);
    expect(article.html).not.toMatch(/onerror|javascript:|<script/i);
  });
});

describe('customised built-in elements', () => {
  it('keep their content through extraction (DOMPurify drops `is=` elements handed to it as nodes)', () => {
    const article = extractHtml(
      `<html><body><article><h1>T</h1><div class="post-main" is="flynt-block-wysiwyg">${germanParagraphs()}</div></article></body></html>`,
    );
    expect(article.text).toContain('Fortbildung und gute Software');
  });
});
