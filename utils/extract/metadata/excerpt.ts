import { ldText, type LdNode } from './json-ld';

/** The publisher's own summary: description meta tags or JSON-LD description. */
export function findExcerpt(doc: Document, main: LdNode | undefined): string | null {
  const candidates = [
    doc.querySelector('meta[property="og:description"]')?.getAttribute('content'),
    doc.querySelector('meta[name="description" i]')?.getAttribute('content'),
    doc.querySelector('meta[name="twitter:description"]')?.getAttribute('content'),
    ldText(main?.['description']),
  ];
  const found = candidates.map((c) => c?.replace(/\s+/g, ' ').trim()).find((c) => c && c.length >= 20);
  return found ?? null;
}
