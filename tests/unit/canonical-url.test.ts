import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findCanonicalUrl, normaliseUrl } from '../../utils/extract/metadata/canonical-url';

describe('normaliseUrl', () => {
  it.each([
    ['https://example.org/a?utm_source=x&utm_medium=y#top', 'https://example.org/a'],
    ['https://Example.ORG:443/a?b=2&a=1&fbclid=abc', 'https://example.org/a?a=1&b=2'],
    ['https://example.org/a?id=5&gclid=1', 'https://example.org/a?id=5'],
    ['http://example.org:80/', 'http://example.org/'],
    ['/relative/path?x=1', 'https://base.example/relative/path?x=1'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseUrl(input, 'https://base.example/start')).toBe(expected);
  });

  it.each(['javascript:alert(1)', 'mailto:a@b.de', 'not a url at all ::'])('rejects %s', (input) => {
    expect(normaliseUrl(input)).toBeNull();
  });
});

describe('findCanonicalUrl', () => {
  const page = (head: string) => new JSDOM(`<head>${head}</head>`).window.document;

  it('prefers link rel=canonical, resolved against the page', () => {
    const doc = page('<link rel="canonical" href="/artikel/1?utm_campaign=x">');
    expect(findCanonicalUrl(doc, 'https://www.example.org/artikel/1?ref=abc')).toBe(
      'https://www.example.org/artikel/1',
    );
  });

  it('falls back to og:url, then to the normalised page URL', () => {
    expect(
      findCanonicalUrl(
        page('<meta property="og:url" content="https://example.org/b">'),
        'https://example.org/c',
      ),
    ).toBe('https://example.org/b');
    expect(findCanonicalUrl(page(''), 'https://example.org/c?utm_source=nl#x')).toBe('https://example.org/c');
  });

  it('ignores a canonical that points an article at the home page', () => {
    const doc = page('<link rel="canonical" href="https://example.org/">');
    expect(findCanonicalUrl(doc, 'https://example.org/2020/05/artikel')).toBe(
      'https://example.org/2020/05/artikel',
    );
  });
});
