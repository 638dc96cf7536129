/**
 * The site's owner as the author of last resort. A page that names no author anywhere, on a site whose domain
 * spells out the site's own name ("Dr. Alexander Klier" on alexander-klier.net, "Happyface313" on
 * happyface313.com, "Daheim Solar" on daheim-solar.de), was written by whoever runs that site: the blogger, or the
 * organisation as group author (APA's rule for pages without a personal author). A site whose name the domain
 * does not spell ("Süddeutsche Zeitung" on sz.de) is a publisher with many writers: nobody is named there.
 */
import { stripAcademicTitles } from '../../names/academic-titles';
import { compact, hostLabels, spellUmlauts } from '../title/site-suffix';
import { isPlausibleName, looksLikeOrganisation } from './name-shape';

export interface SiteOwner {
  name: string;
  kind: 'person' | 'organisation';
}

/** Shorter keys match by accident ("ab" for "AB Bau"); a site's own domain name is longer. */
const MIN_KEY = 5;

export function siteOwner(doc: Document, siteName: string | null | undefined): SiteOwner | null {
  const name = siteName?.replace(/\s+/g, ' ').trim() ?? '';
  // A name that is just the domain ("volksstimme.ch") was read off the address, not declared by the site.
  if (!name || name.length > 60 || /\.\p{L}{2,12}$/u.test(name)) return null;
  const bare = stripAcademicTitles(name).trim();
  // "Flüssiggas Ratgeber" lives on fluessiggas-ratgeber.de: umlauts are compared spelt out and bare.
  const keys = [compact(bare), compact(spellUmlauts(bare))];
  if (keys[0]!.length < MIN_KEY) return null;
  const spelled = pageUrls(doc).some((url) => hostLabels(url).some((label) => keys.includes(label)));
  if (!spelled) return null;
  // Only a title ("Dr.", "Prof.") tells a person's name from a firm's two words ("Daheim Solar"); as written, a
  // literal cites correctly either way.
  const person = bare !== name && isPlausibleName(bare) && !looksLikeOrganisation(bare);
  return person ? { name: bare, kind: 'person' } : { name, kind: 'organisation' };
}

/** Where the page says it lives: the extension's live document knows its URL, a saved copy only its tags. */
function pageUrls(doc: Document): string[] {
  const urls = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    doc.URL,
  ];
  return urls.filter((url): url is string => !!url && /^https?:\/\//i.test(url));
}
