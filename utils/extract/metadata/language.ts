import { metaValues } from './meta-tags';
import { elementsByTag } from '../elements-by-tag';

/** The primary subtag of a declared language (`de-DE` → `de`), or null when it is absent or not a tag. */
export function primarySubtag(declared: string | null | undefined): string | null {
  const match = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(declared ?? '');
  return match?.[1]?.toLowerCase() ?? null;
}

export function declaredLanguage(doc: Document): string | null {
  const candidates = [
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
    ...elementsByTag(doc, 'meta')
      .filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-language')
      .map((m) => m.getAttribute('content')),
    ...metaValues(doc, ['og:locale', 'language', 'dc.language']),
  ];
  for (const candidate of candidates) {
    const tag = primarySubtag(candidate?.split(',')[0]);
    if (tag) return tag;
  }
  return null;
}
