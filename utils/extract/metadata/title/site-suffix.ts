/**
 * Page titles carry the site's name: "Titel | Sozial-PR", "SPIEGEL: Titel", "Titel - sozial-pr.net", and often a
 * section and a date beside it: "BfS - Pressemitteilungen - Titel", "23.01.2022 - Titel - Site". These parts are
 * recognised by what they say (the site name, a variant of it, the domain, a date, a section label the page
 * links to), never by length alone, so a real title with a colon or a dash ("Digitalisierung – Chance oder
 * Risiko?") stays whole.
 */

/** Separators that publishers put between title and site name. A colon only counts before a matching site name. */
const SEPARATOR = /\s+(?:[|–—·•»«›‹~/ǀ>]|-{1,2}|:{1,2}|\/\/)\s+|\s*[|ǀ]\s*/;
const LEADING_COLON = /^([^:]{2,60}):\s+(.{6,})$/;
/** Breadcrumb separators say "the next part is inside the previous one": after a leading site, the last part is the page. */
const BREADCRUMB = /^\s*(?:[»›>/]|::|\/\/)\s*$/;
const MONTHS =
  'januar|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|january|february|march|may|june|july|october|december';
/** A part that is nothing but a date: "23.01.2022", "2022-01-23", "23. Januar 2022", "January 23, 2022". */
const DATE_ONLY = new RegExp(
  `^(?:\\d{1,2}\\.\\s?\\d{1,2}\\.(?:\\s?\\d{2,4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.?\\s+(?:${MONTHS})\\s+\\d{4}|(?:${MONTHS})\\s+\\d{1,2},?\\s+\\d{4})$`,
  'i',
);

export interface SiteIdentity {
  siteName: string | null;
  url: string;
  /** Whether a part is a section label of this page ("Pressemitteilungen"); see `sectionLabels`. */
  isSection?: (segment: string) => boolean;
}

/** The title's parts between separators, trimmed and non-empty. */
export function titleSegments(title: string): string[] {
  return title
    .split(SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Removes site names (and the dates and sections beside them) at the start or end of a title. */
export function stripSiteSuffix(title: string, site: SiteIdentity): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  const kept = keptSegments(clean, site);
  if (kept) return joinSegments(clean, kept);
  const colon = LEADING_COLON.exec(clean);
  if (colon && namesSite(colon[1] ?? '', site)) return (colon[2] ?? '').trim();
  return clean;
}

/** The run of segments that is the headline, or null when the title is not composed of site parts. */
function keptSegments(clean: string, site: SiteIdentity): string[] | null {
  const segments = titleSegments(clean);
  if (segments.length < 2) return null;
  const named = (s: string) => namesSite(s, site) || DATE_ONLY.test(s);
  let start = 0;
  let end = segments.length;
  while (end - start > 1 && named(segments[end - 1] ?? '')) end--;
  while (end - start > 1 && named(segments[start] ?? '')) start++;
  if (start === 0 && end === segments.length) return null;
  // Sections sit between the site and the headline ("Site – Section – Title", "Title | Section | Site"), so
  // they are looked for only on a side where the site (or a date) was.
  const section = (s: string) => named(s) || (site.isSection?.(s) ?? false);
  if (end < segments.length) while (end - start > 1 && section(segments[end - 1] ?? '')) end--;
  if (start > 0) while (end - start > 1 && section(segments[start] ?? '')) start++;
  if (start > 0 && end - start > 1 && breadcrumbAfter(clean, segments, start)) start = end - 1;
  return segments.slice(start, end);
}

/** Whether every separator from segment `from` on is a breadcrumb one ("Site » Blog » Titel"). */
function breadcrumbAfter(title: string, segments: string[], from: number): boolean {
  let at = title.indexOf(segments[from - 1] ?? '') + (segments[from - 1] ?? '').length;
  for (let i = from; i < segments.length; i++) {
    const next = title.indexOf(segments[i] ?? '', at);
    if (next < 0 || !BREADCRUMB.test(title.slice(at, next))) return false;
    at = next + (segments[i] ?? '').length;
  }
  return true;
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
  if (segment.split(/\s+/).length > 8) return false;
  const name = compact(site.siteName ?? '');
  const host = hostLabels(site.url);
  // "Schweizer Jäger" is "schweizerjaeger.ch": umlauts are compared spelt out and bare.
  return [compact(segment), compact(spellUmlauts(segment))].some((part) => {
    if (part.length < 2) return false;
    if (name && (part === name || (part.length >= 4 && (name.includes(part) || part.includes(name)))))
      return true;
    return host.some(
      (label) =>
        part === label ||
        (label.length >= 4 && part.includes(label)) ||
        (part.length >= 5 && label.includes(part)),
    );
  });
}

export function spellUmlauts(text: string): string {
  return text.replace(
    /[äöüÄÖÜß]/g,
    (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' })[c] ?? c,
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
