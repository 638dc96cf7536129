import { compact } from './site-suffix';
import { elementsByTag } from '../../elements-by-tag';

/**
 * Section labels of a page: the short link texts of its navigation and breadcrumbs ("Pressemitteilungen",
 * "Textarchiv") and the folders of its URL ("/kultur/artikel/…"). A title part that is one of them names where
 * the page sits, not what it says: "BfS - Pressemitteilungen - Radon im Boden" is titled "Radon im Boden".
 * Links to the page itself and links inside headings are left out: they carry the headline, not a section.
 */
const MAX_WORDS = 5;
const MAX_LINKS = 3000;

export function sectionLabels(doc: Document, url: string): (segment: string) => boolean {
  // Built on first use: most titles have no part that could be a section, and reading every link is not free.
  let labels: Set<string> | null = null;
  return (segment) => {
    if (segment.split(/\s+/).length > MAX_WORDS) return false;
    labels ??= collectLabels(doc, url);
    return labels.has(compact(segment));
  };
}

function collectLabels(doc: Document, url: string): Set<string> {
  const labels = new Set<string>();
  const self = pathOf(url, url);
  for (const link of elementsByTag(doc, 'a').slice(0, MAX_LINKS)) {
    const text = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > 60 || text.split(' ').length > MAX_WORDS) continue;
    if (link.closest('h1, h2, h3, [itemprop="headline"]')) continue;
    if (pathOf(link.getAttribute('href') ?? '', url) === self) continue;
    labels.add(compact(text));
  }
  // Every folder but the last (the last is the page's own slug, often its title).
  const folders = (self ?? '').split('/').filter(Boolean).slice(0, -1);
  for (const folder of folders) labels.add(compact(decodeSafely(folder)));
  labels.delete('');
  return labels;
}

function pathOf(href: string, base: string): string | null {
  try {
    return new URL(href, base).pathname.replace(/\/+$/, '');
  } catch {
    return null;
  }
}

function decodeSafely(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
