import type { ExportArticle } from './bundle';
import { APA_GERMAN_TEMPLATE, citeOf } from './citation-js';
import { toCslItem } from './csl-item';

export type CitationLocale = 'de' | 'en';

/**
 * APA 7 reference entries, formatted by citeproc through citation-js, as HTML (italics as `<i>`, text escaped by
 * citeproc), one per article in order. A locale's style runs once over all items: much faster than one run per
 * entry, and the output order is ours, not the style's alphabetical sort.
 */
export function apaCitationsHtml(
  articles: readonly ExportArticle[],
  locale: CitationLocale = 'de',
): string[] {
  if (articles.length === 0) return [];
  const items = articles.map((entry, i) => toCslItem(entry, `item-${i}`));
  const html = citeOf(items).format('bibliography', {
    format: 'html',
    template: locale === 'de' ? APA_GERMAN_TEMPLATE : 'apa',
    lang: locale === 'de' ? 'de-DE' : 'en-US',
  });
  const byId = new Map<string, string>();
  for (const match of html.matchAll(
    /<div data-csl-entry-id="([^"]+)" class="csl-entry">([\s\S]*?)<\/div>/g,
  )) {
    byId.set(match[1] ?? '', (match[2] ?? '').trim());
  }
  return items.map((item) => byId.get(item.id) ?? '');
}
