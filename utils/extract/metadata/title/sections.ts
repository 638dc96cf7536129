import { compact } from './site-suffix';
import { elementsByTag } from '../../elements-by-tag';

/**
 * Section labels of a page: the short link texts of its navigation and breadcrumbs ("Pressemitteilungen",
 * "Textarchiv") and the folders of its URL ("/kultur/artikel/…"). A title part that is one of them names where
 * the page sits, not what it says: "BfS - Pressemitteilungen - Radon im Boden" is titled "Radon im Boden".
 * Links to the page itself and links inside headings are left out: they carry the headline, not a section; links
 * to other sites name something else.
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
    const href = link.getAttribute('href') ?? '';
    if (pathOf(href, url) === self || !sameSite(href, url)) continue;
    labels.add(compact(text));
  }
  // Every folder but the last (the last is the page's own slug, often its title), and none that repeats that slug
  // ("/essen/westviertel/westviertel.htm": a folder made for the page alone).
  const parts = (self ?? '').split('/').filter(Boolean);
  const slug = compact(decodeSafely(parts[parts.length - 1] ?? '').replace(/\.\w{2,5}$/, ''));
  for (const folder of parts.slice(0, -1)) {
    const label = compact(decodeSafely(folder));
    if (label !== slug) labels.add(label);
  }
  labels.delete('');
  return labels;
}

/** A link to another site (an encyclopedia entry, a partner) names something else, never a part of this one. */
function sameSite(href: string, base: string): boolean {
  try {
    const bare = (host: string) => host.toLowerCase().replace(/^www\d?\./, '');
    return bare(new URL(href, base).hostname) === bare(new URL(base).hostname);
  } catch {
    return false;
  }
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
