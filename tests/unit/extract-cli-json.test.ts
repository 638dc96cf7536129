import { describe, expect, it } from 'vitest';
import { ARTICLE_KEYS, orderedArticle } from '../../scripts/lib/article-json';
import { emptyArticle } from '../../utils/extract';

describe("the CLI's article JSON", () => {
  const article = emptyArticle('https://example.org/a', 'no-content');

  it('prints every field of the Article, each once', () => {
    expect([...ARTICLE_KEYS].sort()).toEqual(Object.keys(article).sort());
    expect(new Set(ARTICLE_KEYS).size).toBe(ARTICLE_KEYS.length);
  });

  it('prints authorNames right after authors and provenance right before text', () => {
    const keys = Object.keys(orderedArticle(article));
    expect(keys.indexOf('authorNames')).toBe(keys.indexOf('authors') + 1);
    expect(keys.indexOf('provenance')).toBe(keys.indexOf('text') - 1);
    expect(keys.slice(-2)).toEqual(['text', 'html']);
  });

  it('keeps the provenance object as the Article has it', () => {
    expect(orderedArticle(article).provenance).toEqual(article.provenance);
  });
});
