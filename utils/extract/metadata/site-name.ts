import { ldText, ldTypes, type LdNode } from './json-ld';
import { metaValue } from './meta-tags';
import { headlineCandidates } from './title/headline';
import { compact, hostLabels, namesSite, titleSegments } from './title/site-suffix';

/**
 * The publisher's name: og:site_name, JSON-LD WebSite/publisher, application-name; else the part of the <title>
 * that is not the headline ("… - Sozial-PR"); else the host name. `headlines` are the page's `headlineCandidates`
 * when the caller already has them.
 */
export function findSiteName(doc: Document, ld: LdNode[], url: string, headlines?: string[]): string | null {
  const declared =
    metaValue(doc, ['og:site_name']) ??
    nameOfType(ld, /^WebSite$/i) ??
    ld.map((n) => ldText(n['publisher'])).find(Boolean) ??
    metaValue(doc, ['application-name', 'apple-mobile-web-app-title']) ??
    nameOfType(ld, /Organization|Corporation|NGO/i);
  const readable = declared?.replace(/\s+/g, ' ').trim();
  if (readable && !/^https?:\/\//i.test(readable)) return readable;
  return siteFromTitle(doc, url, headlines) ?? hostName(url);
}

function nameOfType(ld: LdNode[], types: RegExp): string | null {
  for (const node of ld) {
    if (ldTypes(node).some((t) => types.test(t))) {
      const name = ldText(node['name']);
      if (name) return name;
    }
  }
  return null;
}

/** The title's first or last segment, when the rest of the title is the headline or the segment names the domain. */
function siteFromTitle(doc: Document, url: string, headlines: string[] | undefined): string | null {
  const title = (doc.getElementsByTagName('title')[0]?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const segments = titleSegments(title);
  if (segments.length < 2) return null;
  const first = segments[0] ?? '';
  const last = segments[segments.length - 1] ?? '';
  const site = { siteName: null, url };
  if (namesSite(last, site)) return last;
  if (namesSite(first, site)) return first;
  const headline = compact((headlines ?? headlineCandidates(doc))[0] ?? metaValue(doc, ['og:title']) ?? '');
  if (!headline) return null;
  const short = (s: string) => s.split(/\s+/).length <= 8;
  if (compact(segments.slice(0, -1).join(' ')) === headline && short(last)) return last;
  if (compact(segments.slice(1).join(' ')) === headline && short(first)) return first;
  return null;
}

function hostName(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return hostLabels(url)[0] ?? null;
  }
}
