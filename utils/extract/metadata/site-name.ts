import { ldText, ldTypes, type LdNode } from './json-ld';

function meta(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
}

/** The publisher's name: og:site_name, JSON-LD WebSite/Organization, application-name, else the host name. */
export function findSiteName(doc: Document, ld: LdNode[], url: string): string | null {
  const fromLd = (types: RegExp) => {
    for (const node of ld) {
      if (ldTypes(node).some((t) => types.test(t))) {
        const name = ldText(node['name']);
        if (name) return name;
      }
    }
    return null;
  };
  const publisher = ld.map((n) => ldText(n['publisher'])).find(Boolean) ?? null;
  const candidate =
    meta(doc, 'meta[property="og:site_name"]') ??
    fromLd(/^WebSite$/i) ??
    publisher ??
    meta(doc, 'meta[name="application-name"]') ??
    meta(doc, 'meta[name="apple-mobile-web-app-title"]') ??
    fromLd(/Organization|NewsMediaOrganization|Corporation|NGO/i);
  if (candidate) return candidate.replace(/\s+/g, ' ');
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
