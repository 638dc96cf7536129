import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract';
import { loadPageFile } from '../../scripts/lib/load-page';
import { listFixtures } from '../support/shared-data';

describe.each(listFixtures())('golden fixture $name', ({ file, expected }) => {
  const page = loadPageFile(file, expected.url);
  const article = extractArticle(page.document, expected.url, { window: page.window, timeoutMs: 20_000 });

  it('has the expected metadata', () => {
    expect(article.title).toBe(expected.title);
    expect(article.author).toBe(expected.author);
    expect(article.published).toBe(expected.published);
    expect(article.lang).toBe(expected.lang);
    expect(article.siteName).toBe(expected.siteName);
    if (expected.readingTimeMinutes !== undefined)
      expect(article.readingTimeMinutes).toBe(expected.readingTimeMinutes);
  });

  it('is judged an article or not', () => {
    expect(article.readerable).toBe(expected.readerable ?? true);
  });

  it.each(expected.mustInclude)('includes %s', (snippet) => {
    expect(article.text).toContain(snippet);
  });

  it.each(expected.mustExclude)('excludes %s', (snippet) => {
    expect(article.text).not.toContain(snippet);
  });
});
