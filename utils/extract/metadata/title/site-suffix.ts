/**
 * Page titles carry the site's name: "Titel | Sozial-PR", "SPIEGEL: Titel", "Titel - sozial-pr.net". The suffix
 * is recognised by what it says (the site name, a variant of it, or the domain), never by length alone, so a real
 * title with a colon ("Messenger in der Jugendarbeit: Fünf Fragen …") stays whole.
 */

/** Separators that publishers put between title and site name. A colon only counts before a matching site name. */
const SEPARATOR = /\s+(?:[|–—·•»«›‹~/ǀ]|-{1,2}|:{1,2}|\/\/)\s+|\s*[|ǀ]\s*/;
const LEADING_COLON = /^([^:]{2,60}):\s+(.{6,})$/;

export interface SiteIdentity {
  siteName: string | null;
  url: string;
}

/** The title's parts between separators, trimmed and non-empty. */
export function titleSegments(title: string): string[] {
  return title
    .split(SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Removes site names at the start or end of a title; returns the title unchanged when nothing matches. */
export function stripSiteSuffix(title: string, site: SiteIdentity): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  const segments = titleSegments(clean);
  if (segments.length >= 2) {
    let start = 0;
    let end = segments.length;
    while (end - start > 1 && namesSite(segments[end - 1] ?? '', site)) end--;
    while (end - start > 1 && namesSite(segments[start] ?? '', site)) start++;
    if (start > 0 || end < segments.length) return joinSegments(clean, segments.slice(start, end));
  }
  const colon = LEADING_COLON.exec(clean);
  if (colon && namesSite(colon[1] ?? '', site)) return (colon[2] ?? '').trim();
  return clean;
}

/** Keeps the original separators of the remaining run ("A – B" stays "A – B"). */
function joinSegments(title: string, kept: string[]): string {
  const first = kept[0] ?? '';
  const last = kept[kept.length - 1] ?? '';
  const from = title.indexOf(first);
  const to = title.lastIndexOf(last) + last.length;
  return from >= 0 && to > from ? title.slice(from, to).trim() : kept.join(' – ');
}

/** Whether a title part is the site's name, a variant of it ("ZEIT ONLINE" for zeit.de) or the domain. */
export function namesSite(segment: string, site: SiteIdentity): boolean {
  const part = compact(segment);
  if (part.length < 2 || segment.split(/\s+/).length > 8) return false;
  const name = compact(site.siteName ?? '');
  if (name && (part === name || (part.length >= 4 && (name.includes(part) || part.includes(name)))))
    return true;
  const host = hostLabels(site.url);
  return host.some(
    (label) =>
      part === label ||
      (label.length >= 4 && part.includes(label)) ||
      (part.length >= 5 && label.includes(part)),
  );
}

/** "www.sozial-pr.net" → ["sozialprnet", "sozialpr"]: the domain with and without its top-level part. */
export function hostLabels(url: string): string[] {
  let host = '';
  try {
    host = new URL(archivedUrl(url)).hostname.replace(/^www\d?\./, '');
  } catch {
    return [];
  }
  const parts = host.split('.');
  const withoutTld = parts.length > 1 ? parts.slice(0, -1) : parts;
  // The registrable name ("sozial-pr") is the most telling: subdomains such as "blog." rarely show up in titles.
  const registrable = withoutTld[withoutTld.length - 1] ?? '';
  return [...new Set([compact(host), compact(withoutTld.join('.')), compact(registrable)])].filter(
    (l) => l.length >= 2,
  );
}

export function compact(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A page saved in the Wayback Machine names the original site, not archive.org. */
export function archivedUrl(url: string): string {
  const original = /^https?:\/\/web\.archive\.org\/web\/[^/]+\/(https?:\/\/.+)$/i.exec(url);
  return original?.[1] ?? url;
}
