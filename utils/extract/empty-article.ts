import { normaliseUrl } from './metadata/canonical-url';
import {
  PROVENANCE_FIELDS,
  type Article,
  type FieldProvenance,
  type Provenance,
  type ReaderableReason,
} from './types';

/** Every field "found nowhere": the provenance of an article nothing could be read from. */
export function provenanceOfNothing(reason = 'nothing was extracted'): Provenance {
  const none: FieldProvenance = { source: 'none', confidence: 'low', reason };
  return Object.fromEntries(PROVENANCE_FIELDS.map((field) => [field, none])) as Provenance;
}

/** An Article with no content: a failed extraction, or a library entry whose page has not been loaded yet. */
export function emptyArticle(url: string, reason: ReaderableReason, title = ''): Article {
  return {
    title,
    author: null,
    authors: [],
    authorNames: [],
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
    provenance: provenanceOfNothing(),
    text: '',
    html: '',
  };
}
