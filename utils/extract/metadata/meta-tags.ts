import { elementsByTag } from '../elements-by-tag';
/**
 * Reads `<meta>` values by name, property or itemprop. One plain pass over the meta elements: long selector lists
 * with case-insensitive attribute matches are slow in jsdom, and pages write `OG:Title` as often as `og:title`.
 */
export function metaValues(doc: Document, keys: readonly string[]): string[] {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  const found: { rank: number; value: string }[] = [];
  for (const meta of elementsByTag(doc, 'meta')) {
    const key = metaKey(meta);
    if (!wanted.has(key)) continue;
    const value = meta.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (value) found.push({ rank: keys.findIndex((k) => k.toLowerCase() === key), value });
  }
  // Stable sort: the caller's key order first, document order within one key.
  return found.sort((a, b) => a.rank - b.rank).map((f) => f.value);
}

export function metaValue(doc: Document, keys: readonly string[]): string | null {
  return metaValues(doc, keys)[0] ?? null;
}

/** A meta element's key, whichever attribute carries it, lower-cased. */
export function metaKey(meta: Element): string {
  return (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '')
    .trim()
    .toLowerCase();
}
