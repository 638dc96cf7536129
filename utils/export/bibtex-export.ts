import type { ExportBundle } from './bundle';
import { citationKeys } from './citation-keys';
import { citeOf } from './citation-js';
import { toCslItem } from './csl-item';

/**
 * BibLaTeX entries (`@online` with `urldate`, the type biblatex and Zotero/Citavi use for web pages), written by
 * citation-js from the CSL items, which escapes umlauts and TeX's special characters. Keys are ours
 * (`Mueller2019Digitalisierung`), so they are ASCII and unique within the file.
 */
export function exportBibtex(bundle: ExportBundle): string {
  if (bundle.articles.length === 0) return '';
  const keys = citationKeys(bundle.articles);
  const items = bundle.articles.map((entry, i) => {
    const key = keys[i] ?? `item${i}`;
    // Every article is a web source here, whatever its site kind: `@online` is what reference managers expect.
    return { ...toCslItem(entry, key), type: 'webpage' as const, 'citation-key': key };
  });
  return `${citeOf(items).format('biblatex', { format: 'text' }).trim()}\n`;
}
