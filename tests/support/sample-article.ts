import type { Article } from '../../utils/extract';

/** A small, valid Article for tests of code that carries Articles around without caring about their content. */
export const SAMPLE_ARTICLE: Article = {
  title: 'Digitalisierung braucht Soziale Arbeit',
  author: 'Christian Müller',
  authors: ['Christian Müller'],
  authorNames: [{ family: 'Müller', given: 'Christian' }],
  published: '2019-07-02',
  modified: null,
  lang: 'de',
  siteName: 'Sozial-PR',
  canonicalUrl: 'https://www.sozial-pr.net/blog/digitalisierung-braucht-soziale-arbeit',
  excerpt: null,
  leadImage: null,
  wordCount: 3,
  readingTimeMinutes: 1,
  readerable: true,
  reason: 'article',
  provenance: {
    title: { source: 'headline', confidence: 'high', reason: 'the visible headline agrees with og:title' },
    authors: { source: 'byline', confidence: 'high', reason: 'the visible byline' },
    published: { source: 'json-ld', confidence: 'high', reason: 'JSON-LD datePublished' },
    modified: { source: 'none', confidence: 'low', reason: 'no modification date' },
    siteName: { source: 'meta-tag', confidence: 'high', reason: 'og:site_name' },
  },
  text: 'Auf geht’s jetzt',
  html: '<p>Auf geht’s jetzt</p>',
};
