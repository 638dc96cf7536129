/**
 * Big pages: a 6 MB page built the way real big pages are (an article inside a framework's inline state, an
 * icon sprite, a mega menu and hundreds of comments) must yield its article in Node, with no time limit involved.
 */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/load-page';
import { extractArticle } from '../../utils/extract';
import { stepBudgetFor } from '../../utils/extract/deadline';
import { germanParagraphs, TEST_URL } from '../support/jsdom-page';

/** A deterministic word stream, so the page is generated, the same on every run, and not one repeated string. */
function words(count: number, seed: number): string {
  const vocabulary = [
    'Beratung',
    'Teilhabe',
    'Jugendhilfe',
    'Quartier',
    'Fachkraft',
    'Angebot',
    'Träger',
    'Netz',
  ];
  let state = seed;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    out.push(vocabulary[state % vocabulary.length]!);
  }
  return out.join(' ');
}

function sixMegabytePage(): string {
  const state = JSON.stringify({
    props: { items: Array.from({ length: 12_000 }, (_, i) => ({ id: i, teaser: words(30, i + 1) })) },
  });
  const sprite = `<svg style="display:none">${Array.from(
    { length: 1_500 },
    (_, i) => `<symbol id="icon-${i}" viewBox="0 0 24 24"><path d="M${i % 24} 0 L24 ${i % 24} Z"/></symbol>`,
  ).join('')}</svg>`;
  const menu = `<nav><ul>${Array.from(
    { length: 2_000 },
    (_, i) => `<li><a href="/rubrik/${i}">${words(3, i + 7)}</a></li>`,
  ).join('')}</ul></nav>`;
  const comments = `<section id="comments" class="comments"><h2>Kommentare</h2>${Array.from(
    { length: 4_000 },
    (_, i) =>
      `<div class="comment"><div class="comment-meta">Leser ${i} schrieb am 3. März 2021:</div><p>${words(60, i + 99)}</p></div>`,
  ).join('')}</section>`;
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Großer Artikel – Beispielseite</title></head><body>${sprite}<header>${menu}</header><main><article><h1>Großer Artikel</h1><p class="byline">Von Erika Muster</p>${germanParagraphs(12)}</article>${comments}</main><script id="__NEXT_DATA__" type="application/json">${state}</script></body></html>`;
}

describe('a 6 MB page', () => {
  it('yields its article in Node, well inside its step budget', () => {
    const html = sixMegabytePage();
    expect(html.length).toBeGreaterThan(6_000_000);
    const page = parsePage(html, TEST_URL);
    try {
      const elements = page.document.getElementsByTagName('*').length;
      expect(elements).toBeGreaterThan(15_000);
      expect(stepBudgetFor(page.document)).toBeGreaterThan(elements * 10);
      const article = extractArticle(page.document, TEST_URL, { window: page.window });
      expect(article.reason).toBe('article');
      expect(article.text).toContain('Fortbildung und gute Software');
      expect(article.text).not.toContain('Leser 3999 schrieb');
    } finally {
      page.close();
    }
  }, 300_000);
});
