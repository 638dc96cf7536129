import { ldText, type LdNode } from './json-ld';
import { metaValues } from './meta-tags';

/** The publisher's own summary: description meta tags or JSON-LD description. */
export function findExcerpt(doc: Document, main: LdNode | undefined): string | null {
  const candidates = [
    ...metaValues(doc, ['og:description', 'description', 'twitter:description']),
    ldText(main?.['description']),
  ];
  const found = candidates.map((c) => c?.replace(/\s+/g, ' ').trim()).find((c) => c && c.length >= 20);
  return found ?? null;
}
