import type { FieldProvenance, MetadataSource } from '../types';
import { ldText, ldTypes, type LdNode } from './json-ld';
import { metaValue } from './meta-tags';
import { headlineCandidates } from './title/headline';
import { compact, hostLabels, namesSite, titleSegments } from './title/site-suffix';
import { elementsByTag } from '../elements-by-tag';

export interface SiteNameFinding {
  siteName: string | null;
  provenance: FieldProvenance;
}

/**
 * The publisher's name: og:site_name, JSON-LD WebSite/publisher, application-name; else the part of the <title>
 * that is not the headline ("… - Sozial-PR"); else the name the page gives itself in its header or footer (logo
 * text, "© 2024 AWO Bundesverband e.V."); else the host in lower case. A bare or shouting domain ("AWO.ORG") is
 * never preferred to a name the page states. `headlines` are the page's `headlineCandidates` when known.
 */
export function findSiteName(
  doc: Document,
  ld: LdNode[],
  url: string,
  headlines?: string[],
): SiteNameFinding {
  const declared = declaredName(doc, ld);
  // "Süddeutsche.de" is a brand; "awo.org" or "AWO.ORG" is the host printed by a template.
  if (declared && !isShoutingHost(declared.name) && !isBareHost(declared.name, url))
    return found(declared.name, declared.source, declared.confidence, declared.reason);
  const fromTitle = siteFromTitle(doc, url, headlines);
  if (fromTitle && !isHostLike(fromTitle.name) && !fromTitle.name.includes('://'))
    return found(fromTitle.name, 'title-tag', fromTitle.confidence, fromTitle.reason);
  const header = nameInPageFrame(doc, url);
  if (header) return found(header.name, 'page-header', header.confidence, header.reason);
  if (declared && !isShoutingHost(declared.name))
    return found(declared.name, declared.source, 'medium', `${declared.reason}, which is only the domain`);
  if (fromTitle && !isShoutingHost(fromTitle.name))
    return found(fromTitle.name, 'title-tag', 'low', 'the page names itself only by its domain');
  const host = hostName(url);
  if (host) return found(host, 'host', 'low', 'the page names no site; its host name stands in');
  return found(null, 'none', 'low', 'no site name and no host');
}

interface Candidate {
  name: string;
  source: MetadataSource;
  confidence: FieldProvenance['confidence'];
  reason: string;
}

function found(
  siteName: string | null,
  source: MetadataSource,
  confidence: FieldProvenance['confidence'],
  reason: string,
): SiteNameFinding {
  return { siteName, provenance: { source, confidence, reason } };
}

function declaredName(doc: Document, ld: LdNode[]): Candidate | null {
  const candidates: Array<[() => string | null, MetadataSource, FieldProvenance['confidence'], string]> = [
    [() => metaValue(doc, ['og:site_name']), 'meta-tag', 'high', 'og:site_name'],
    [() => nameOfType(ld, /^WebSite$/i), 'json-ld', 'high', 'the JSON-LD WebSite name'],
    [
      () => ld.map((n) => ldText(n['publisher'])).find(Boolean) ?? null,
      'json-ld',
      'high',
      'the JSON-LD publisher',
    ],
    [
      () => metaValue(doc, ['application-name', 'apple-mobile-web-app-title']),
      'meta-tag',
      'medium',
      'the application-name meta tag',
    ],
    [() => nameOfType(ld, /Organization|Corporation|NGO/i), 'json-ld', 'medium', 'a JSON-LD organisation'],
  ];
  for (const [read, source, confidence, reason] of candidates) {
    const name = read()?.replace(/\s+/g, ' ').trim();
    if (name && !/^https?:\/\//i.test(name)) return { name, source, confidence, reason };
  }
  return null;
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
function siteFromTitle(
  doc: Document,
  url: string,
  headlines: string[] | undefined,
): Omit<Candidate, 'source'> | null {
  const title = (doc.getElementsByTagName('title')[0]?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const segments = titleSegments(title);
  if (segments.length < 2) return null;
  const first = segments[0] ?? '';
  const last = segments[segments.length - 1] ?? '';
  const site = { siteName: null, url };
  const reason = 'the part of the <title> that names the domain';
  if (namesSite(last, site)) return { name: last, confidence: 'medium', reason };
  if (namesSite(first, site)) return { name: first, confidence: 'medium', reason };
  const headline = compact((headlines ?? headlineCandidates(doc))[0] ?? metaValue(doc, ['og:title']) ?? '');
  if (!headline) return null;
  const short = (s: string) => s.split(/\s+/).length <= 8;
  const beside = 'the part of the <title> beside the headline';
  if (compact(segments.slice(0, -1).join(' ')) === headline && short(last))
    return { name: last, confidence: 'low', reason: beside };
  if (compact(segments.slice(1).join(' ')) === headline && short(first))
    return { name: first, confidence: 'low', reason: beside };
  return null;
}

/** "awo.org", "Sozial-PR.net": a domain standing in for a name. */
function isHostLike(name: string): boolean {
  return /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,6}$/iu.test(name);
}

/** "awo.org" on www.awo.org: the host itself, in one case, not a spelling the site chose. */
function isBareHost(name: string, url: string): boolean {
  const host = hostName(url);
  return (
    !!host &&
    isHostLike(name) &&
    name.toLowerCase().replace(/^www\./, '') === host &&
    (name === name.toLowerCase() || name === name.toUpperCase())
  );
}

/** "AWO.ORG": a domain in capitals, how a template prints the host, never how a site names itself. */
function isShoutingHost(name: string): boolean {
  return isHostLike(name) && name === name.toUpperCase() && /[A-Z]/.test(name);
}

/** How far up a logo image's frame (a header, a "logo" box, the home link) is looked for. */
const LOGO_FRAME_DEPTH = 12;
/** Words that logo texts add around the name: "AWO Logo", "Zur Startseite von …". */
const LOGO_NOISE = /\b(?:\w*logo|startseite|homepage|home|zur|zurück|to|go|link|von|of|the)\b|\s[-–|:]\s|:/gi;
/** A year span or copyright word left at the start: "2012–2020 rete-mirabile.net", "Copyright fem Media". */
const LEADING_YEARS = /^(?:(?:©|\(c\)|copyright)\s*|\d{4}(?:\s*[-–/,]\s*\d{2,4}|\s+bis\s+\d{4})?\s*)+/i;
/** "© 2024 AWO Bundesverband e.V.", "Copyright © 2019–2024 by Diakonie Lindental. Alle Rechte vorbehalten." */
const COPYRIGHT =
  /(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*(?:©\s*)?(?:\d{4}\s*(?:[-–/]\s*\d{2,4})?\s*)?(?:by\s+|-\s+)?([\p{Lu}\d][^|•·©\n]{1,80}?)(?=\s*(?:[|•·©\n]|,?\s*[Aa]lle [Rr]echte|,?\s*[Aa]ll [Rr]ights|,?\s*Impressum|,?\s*Datenschutz|\s[-–]\s|$))/u;
/** What follows a © sign and is not a publisher: picture credits, licence notes, "Bildrechte anzeigen". */
const NOT_A_PUBLISHER =
  /[/@]|\b(?:bild|foto|photo|image|rechte|rights|lizenz|licen[cs]e|creative commons|weblog|beitr[aä]ge|autor|stock)\w*/i;

/** The name in the page's own frame: its logo's text, then its copyright line. */
function nameInPageFrame(doc: Document, url: string): Omit<Candidate, 'source'> | null {
  const logo = logoName(doc);
  if (logo && mentionsHost(logo, url))
    return { name: logo, confidence: 'medium', reason: 'the logo text names the domain' };
  const copyright = copyrightName(doc);
  if (copyright)
    return {
      name: copyright,
      confidence: mentionsHost(copyright, url) ? 'medium' : 'low',
      reason: 'the copyright line of the page',
    };
  if (logo) return { name: logo, confidence: 'low', reason: 'the logo text' };
  return null;
}

/** "AWO Bundesverband e.V." on awo.org: the name or one of its words is the domain. */
function mentionsHost(name: string, url: string): boolean {
  const labels = hostLabels(url);
  return (
    namesSite(name, { siteName: null, url }) ||
    name.split(/\s+/).some((word) => labels.includes(compact(word)) && compact(word).length >= 2)
  );
}

function logoName(doc: Document): string | null {
  for (const img of logoImages(doc)) {
    if (img.closest('article, main, [class*="content" i]')) continue;
    const name = (img.getAttribute('alt') ?? '')
      .replace(LOGO_NOISE, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(LEADING_YEARS, '')
      // Spelt for screen readers: "hessenschau . d e".
      .replace(/\s*\.\s*((?:\p{L}\s)+\p{L})$/u, (_, letters: string) => `.${letters.replace(/\s/g, '')}`)
      .replace(/^[\s-]+|[\s-]+$/g, '');
    if (name.length >= 2 && name.split(' ').length <= 8 && /\p{L}/u.test(name)) return name;
  }
  return null;
}

/**
 * The first five images with alt text in a header, a "logo" box or the home link, or named as a logo. Walked by
 * hand: jsdom's case-insensitive attribute selectors over descendants cost more than the rest of this file.
 */
function logoImages(doc: Document): Element[] {
  const found: Element[] = [];
  for (const img of elementsByTag(doc, 'img')) {
    if (found.length === 5) break;
    if (img.hasAttribute('alt') && inLogoFrame(img)) found.push(img);
  }
  return found;
}

function inLogoFrame(img: Element): boolean {
  if (/logo/i.test(img.getAttribute('class') ?? '')) return true;
  let node = img.parentElement;
  for (let depth = 0; node && depth < LOGO_FRAME_DEPTH; depth++, node = node.parentElement) {
    if (node.tagName === 'HEADER' || /logo/i.test(`${node.getAttribute('class') ?? ''} ${node.id}`))
      return true;
    if (node.tagName === 'A' && node.getAttribute('rel') === 'home') return true;
  }
  return false;
}

function copyrightName(doc: Document): string | null {
  const frames = Array.from(
    doc.querySelectorAll('footer, [class*="footer" i], [id*="footer" i], [role="contentinfo"]'),
  );
  for (const frame of frames.slice(-6).reverse()) {
    for (const line of copyrightLines(frame)) {
      const match = COPYRIGHT.exec(line.replace(/[ \t\u00a0]+/g, ' '));
      const name = match?.[1]
        ?.trim()
        .replace(/[\s,;:]+$/, '')
        .replace(/(?<!\b\p{L})\.$/u, '')
        .replace(/,?\s+\d{4}$/, '')
        .replace(LEADING_YEARS, '');
      if (name && name.split(/\s+/).length <= 8 && !/^\d+$/.test(name) && !NOT_A_PUBLISHER.test(name))
        return name;
    }
  }
  return null;
}

/** The text of the smallest block around each copyright sign: footer text glues its links together otherwise. */
function copyrightLines(frame: Element): string[] {
  const lines: string[] = [];
  const walker = frame.ownerDocument.createTreeWalker(frame, 4);
  for (let node = walker.nextNode(); node && lines.length < 3; node = walker.nextNode()) {
    if (!/©|\(c\)|copyright/i.test(node.nodeValue ?? '')) continue;
    const parent = node.parentElement;
    const around = parent?.textContent ?? '';
    lines.push(around.length <= 200 ? around : (node.nodeValue ?? ''));
  }
  return lines;
}

/** The host in lower case ("awo.org"), without "www.". */
function hostName(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return hostLabels(url)[0] ?? null;
  }
}
