import { ldText, type LdNode } from '../json-ld';

/** The article's authors (people first), without "Von"/"By" prefixes; empty when the page names none. */
export function findAuthors(doc: Document, main: LdNode | undefined, readabilityByline: string | null): string[] {
  const ld = main?.['author'];
  const fromLd = (Array.isArray(ld) ? ld : ld ? [ld] : []).map(ldText).filter((a): a is string => !!a);
  if (fromLd.length) return fromLd;
  const meta = doc.querySelector('meta[name="author"]')?.getAttribute('content')?.trim();
  if (meta) return [meta];
  const byline = readabilityByline?.replace(/^\s*(von|by)\s*:?\s*/i, '').trim();
  return byline ? [byline] : [];
}
