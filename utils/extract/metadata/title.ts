import { ldText, type LdNode } from './json-ld';

/** The article title without the site suffix ("Titel | Sozial-PR" → "Titel"). */
export function findTitle(doc: Document, main: LdNode | undefined, siteName: string | null): string {
  const candidates = [
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content'),
    ldText(main?.['headline']),
    doc.querySelector('title')?.textContent,
    doc.querySelector('h1')?.textContent,
  ];
  const raw = candidates.map((c) => c?.replace(/\s+/g, ' ').trim()).find((c) => !!c) ?? '';
  return stripSiteSuffix(raw, siteName);
}

export function stripSiteSuffix(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|–—·•»:-]\s+/);
  if (parts.length < 2 || !siteName) return title;
  const last = parts[parts.length - 1]!.toLowerCase();
  return last === siteName.toLowerCase() ? parts.slice(0, -1).join(' – ') : title;
}
