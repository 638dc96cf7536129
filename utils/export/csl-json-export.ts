import type { ExportBundle } from './bundle';
import { citationKeys } from './citation-keys';
import { citeOf } from './citation-js';
import { toCslItem } from './csl-item';

/**
 * CSL-JSON, the exchange format of Zotero, Pandoc and every citeproc: an array of items. citation-js normalises
 * the items (its `_graph` bookkeeping is dropped); ids are the BibTeX keys, so a Pandoc document can cite either.
 */
export function exportCslJson(bundle: ExportBundle): string {
  const keys = citationKeys(bundle.articles);
  const items = bundle.articles.map((entry, i) => toCslItem(entry, keys[i] ?? `item${i}`));
  const normalised = items.length === 0 ? [] : citeOf(items).format('data', { format: 'object' });
  const clean = normalised.map((item) => {
    const { _graph: _ignored, ...rest } = item as { _graph?: unknown };
    return rest;
  });
  return `${JSON.stringify(clean, null, 2)}\n`;
}
