import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract';
import { authorDisplayName } from '../../utils/extract/names/author-name';
import { parseAuthorName } from '../../utils/extract/names/parse-author-name';
import { loadPageFile } from '../../scripts/lib/load-page';
import { listFixtures } from '../support/shared-data';

describe.each(listFixtures())('golden fixture $name', ({ file, expected }) => {
  const page = loadPageFile(file, expected.url);
  const article = extractArticle(page.document, expected.url, { window: page.window });

  it('has the expected metadata', () => {
    expect(article.title).toBe(expected.title);
    expect(article.author).toBe(withoutAcademicTitles(expected.author));
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

/**
 * Some fixtures predate issue 9 and write authors with their academic titles ("Prof. Dr. Anna Schmidt"); a title
 * is not part of a name a citation may use, so the expectation is read without it.
 */
function withoutAcademicTitles(author: string | null): string | null {
  if (author === null) return null;
  return author
    .split(/,\s*/)
    .map((name) => {
      const parsed = parseAuthorName(name);
      return parsed ? authorDisplayName(parsed) : name;
    })
    .join(', ');
}
