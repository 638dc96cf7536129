import { describe, expect, it } from 'vitest';
import { articlePage, CLOBBERING_NAMES } from '../e2e/support/hostile-pages';
import { extractHtml, germanParagraphs } from '../support/jsdom-page';

describe('hostile input never crashes and gives a clear result', () => {
  it.each(CLOBBERING_NAMES)('a form control named %s', (name) => {
    const article = extractHtml(articlePage(`<form><input name="${name}"><input name="${name}"></form>`));
    expect(article.readerable).toBe(true);
    expect(article.text).toContain('Die Digitalisierung verändert die Soziale Arbeit');
  });

  it('an image named like a document method', () => {
    const article = extractHtml(
      articlePage('<img name="getElementsByTagName" src="x.png"><img name="querySelectorAll">'),
    );
    expect(article.text).toContain('Fortbildung und gute Software');
  });

  it('an empty document', () => {
    const article = extractHtml('');
    expect(article).toMatchObject({ readerable: false, reason: 'no-content', text: '', html: '' });
  });

  it('binary junk', () => {
    let junk = '';
    for (let i = 0; i < 20_000; i++) junk += String.fromCharCode((i * 7919) % 65_000);
    const article = extractHtml(junk);
    expect(article).toMatchObject({ readerable: false, reason: 'not-text' });
  });

  it('a 5 MB page', () => {
    const filler = `<div class="teaser"><p>${'Lorem ipsum dolor sit amet. '.repeat(40)}</p></div>`;
    const html = articlePage(filler.repeat(Math.ceil(5_000_000 / filler.length)));
    expect(html.length).toBeGreaterThan(5_000_000);
    const article = extractHtml(html);
    // No time limit decides this: the step budget grows with the page, so a big page is extracted in full.
    expect(['article', 'listing']).toContain(article.reason);
  }, 300_000);

  it('a deeply nested DOM (deeper than a recursive clone survives) within its step budget', () => {
    const depth = 5_000;
    const html = `<!doctype html><html><body>${'<div>'.repeat(depth)}${germanParagraphs()}${'</div>'.repeat(depth)}</body></html>`;
    const article = extractHtml(html);
    expect(article.reason).toBe('article');
    expect(article.text).toContain('Fortbildung und gute Software');
  }, 300_000);

  it('a nested DOM of 1,000 levels still yields the article', () => {
    const depth = 1_000;
    const html = `<!doctype html><html><body>${'<div>'.repeat(depth)}${germanParagraphs()}${'</div>'.repeat(depth)}</body></html>`;
    const article = extractHtml(html);
    expect(article.reason).toBe('article');
    expect(article.text).toContain('Fortbildung und gute Software');
  }, 300_000);

  it('a page whose own script throws', () => {
    const article = extractHtml(articlePage('<script>throw new Error("page bug")</script>'));
    expect(article.readerable).toBe(true);
    expect(article.text).not.toContain('page bug');
  });

  it('stops when its step budget is spent, with reason "timeout"', () => {
    const article = extractHtml(articlePage(''), undefined, { stepBudget: 2 });
    expect(article).toMatchObject({ readerable: false, reason: 'timeout', text: '' });
  });
});
