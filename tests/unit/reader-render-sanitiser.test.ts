import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { renderArticleFragment } from '@/utils/reader/render-article';
import {
  clampFontSize,
  DEFAULT_READER_FONT_SIZE,
  loadReaderFontSize,
  saveReaderFontSize,
  stepFontSize,
} from '@/utils/reader/reader-preferences';
import { completeTag, listKnownTags } from '@/utils/vocabulary/known-tags';
import { sampleArticle, useFreshTestDb } from '../fixtures/db/test-database';
import { saveClippedArticle, updateArticleUserFields } from '@/utils/db';

function render(html: string, base = 'https://www.sozial-pr.net/blog/artikel'): HTMLElement {
  const { window } = new JSDOM('<!doctype html><body></body>');
  const container = window.document.createElement('div');
  container.append(renderArticleFragment(window as unknown as Window, html, base));
  return container;
}

describe('render-time sanitiser', () => {
  test('removes scripts, inline handlers, styles, forms and frames that reached storage', () => {
    const out = render(
      '<p onclick="steal()">Text<script>alert(1)</script><img src="x.png" onerror="alert(2)"></p>' +
        '<iframe src="https://evil.example"></iframe><form><input name="q"></form><style>p{}</style>' +
        '<p style="position:fixed" class="x" id="y">Zweiter</p><svg><script>alert(3)</script></svg>',
    );
    const html = out.innerHTML;
    expect(html).not.toMatch(/script|onclick|onerror|iframe|<form|<input|<style|style=|class=|id=/i);
    expect(out.textContent).toContain('Text');
    expect(out.textContent).toContain('Zweiter');
  });

  test('links open in a new tab without opener or referrer, resolved against the article', () => {
    const out = render(
      '<a href="/blog/andere">relativ</a> <a href="https://example.org/x" target="_self">absolut</a> ' +
        '<a href="javascript:alert(1)">böse</a> <a href="#kommentare">Sprung</a> <a href="mailto:a@b.de">Mail</a>',
    );
    const links = [...out.querySelectorAll('a')].map((a) => ({
      text: a.textContent,
      href: a.getAttribute('href'),
      target: a.getAttribute('target'),
      rel: a.getAttribute('rel'),
    }));
    expect(links).toEqual([
      {
        text: 'relativ',
        href: 'https://www.sozial-pr.net/blog/andere',
        target: '_blank',
        rel: 'noopener noreferrer',
      },
      { text: 'absolut', href: 'https://example.org/x', target: '_blank', rel: 'noopener noreferrer' },
      { text: 'böse', href: null, target: null, rel: null },
      { text: 'Sprung', href: null, target: null, rel: null },
      { text: 'Mail', href: 'mailto:a@b.de', target: '_blank', rel: 'noopener noreferrer' },
    ]);
  });

  test('images get absolute addresses, no referrer and an alt; unusable ones are dropped', () => {
    const out = render(
      '<img src="bild.jpg"><img src="javascript:alert(1)" alt="x"><img alt="Foto" src="data:image/png;base64,AA==">',
    );
    const images = [...out.querySelectorAll('img')];
    expect(images.map((img) => img.getAttribute('src'))).toEqual([
      'https://www.sozial-pr.net/blog/bild.jpg',
      'data:image/png;base64,AA==',
    ]);
    expect(images.every((img) => img.getAttribute('referrerpolicy') === 'no-referrer')).toBe(true);
    expect(images.map((img) => img.getAttribute('alt'))).toEqual(['', 'Foto']);
  });
});

describe('reader font size', () => {
  const db = useFreshTestDb();

  test('snaps to the offered sizes and steps within them', () => {
    expect(clampFontSize('groß')).toBe(DEFAULT_READER_FONT_SIZE);
    expect(clampFontSize(19.4)).toBe(20);
    expect(clampFontSize(100)).toBe(28);
    expect(stepFontSize(18, 1)).toBe(20);
    expect(stepFontSize(14, -1)).toBe(14);
    expect(stepFontSize(28, 1)).toBe(28);
  });

  test('is persisted in the settings table', async () => {
    expect(await loadReaderFontSize(db())).toBe(DEFAULT_READER_FONT_SIZE);
    await saveReaderFontSize(22, db());
    expect(await loadReaderFontSize(db())).toBe(22);
  });
});

describe('tag autocomplete', () => {
  const db = useFreshTestDb();

  test('lists every tag of the library once, in German order', async () => {
    const first = await saveClippedArticle(
      sampleArticle({ canonicalUrl: 'https://a.example/1' }),
      { pageUrl: 'https://a.example/1' },
      db(),
    );
    const second = await saveClippedArticle(
      sampleArticle({ canonicalUrl: 'https://a.example/2' }),
      { pageUrl: 'https://a.example/2' },
      db(),
    );
    await updateArticleUserFields(first.article.id, { tags: ['Zukunft', 'Ämter', 'KI'] }, db());
    await updateArticleUserFields(second.article.id, { tags: ['KI', 'Datenschutz'] }, db());
    expect(await listKnownTags(db())).toEqual(['Ämter', 'Datenschutz', 'KI', 'Zukunft']);
  });

  test('offers prefix matches first, then infix ones, case- and accent-blind, without tags already set', () => {
    const known = ['Datenschutz', 'Sozialdatenschutz', 'Digitalisierung', 'Ämter', 'Schutzkonzept'];
    expect(completeTag('daten', known, [])).toEqual(['Datenschutz', 'Sozialdatenschutz']);
    expect(completeTag('amt', known, [])).toEqual(['Ämter']);
    expect(completeTag('SCHUTZ', known, ['datenschutz'])).toEqual(['Schutzkonzept', 'Sozialdatenschutz']);
    expect(completeTag('  ', known, [])).toEqual([]);
  });
});
