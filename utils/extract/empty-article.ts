import { normaliseUrl } from './metadata/canonical-url';
import type { Article, ReaderableReason } from './types';

/** An Article with no content: a failed extraction, or a library entry whose page has not been loaded yet. */
export function emptyArticle(url: string, reason: ReaderableReason, title = ''): Article {
  return {
    title,
    author: null,
    authors: [],
    published: null,
    modified: null,
    lang: null,
    siteName: null,
    canonicalUrl: normaliseUrl(url) ?? url,
    excerpt: null,
    leadImage: null,
    wordCount: 0,
    readingTimeMinutes: 0,
    readerable: false,
    reason,
    text: '',
    html: '',
  };
}
