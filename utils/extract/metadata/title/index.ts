/**
 * The article title without the site suffix. Publishers state the title up to four times (og:title, JSON-LD
 * headline, <title>, the visible <h1>) and decorate each differently; where the visible headline agrees with a
 * declared title it wins, since it is what the reader saw, without suffix and usually without SEO rewording.
 */
import type { FieldProvenance, MetadataSource } from '../../types';
import { ldText, type LdNode } from '../json-ld';
import { metaValue } from '../meta-tags';
import { compact, namesSite, stripSiteSuffix, titleSegments, type SiteIdentity } from './site-suffix';
import { headlineCandidates, subheadings } from './headline';
import { sectionLabels } from './sections';

export { stripSiteSuffix } from './site-suffix';

export interface TitleFinding {
  title: string;
  provenance: FieldProvenance;
}

interface Declared {
  text: string;
  /** Without the site, date and section parts. */
  stripped: string;
  source: MetadataSource;
  label: string;
}

/** `headlines` are the page's `headlineCandidates` when the caller already has them. */
export function findTitle(
  doc: Document,
  main: LdNode | undefined,
  siteName: string | null,
  url: string,
  headlines: string[] = headlineCandidates(doc),
): TitleFinding {
  const site: SiteIdentity = { siteName, url, isSection: sectionLabels(doc, url) };
  const declared = declaredTitles(doc, main, site);

  // A visible headline that some declared title confirms (whole, or as one of its segments).
  let suffixLike: { headline: string; by: Declared } | null = null;
  for (const headline of headlines) {
    const key = compact(headline);
    // A logo in an <h1> matches the title's site segment: that confirms the site, not the headline. A logo is
    // short; a longer headline that mentions the site ("Onmeda erklärt: …") is still a headline.
    if (!key || (namesSite(headline, site) && headline.split(/\s+/).length <= 4)) continue;
    for (const d of declared) {
      if (confirms(d, headline, key))
        return found(headline, 'headline', 'high', `visible headline matches ${d.label}`);
      const segments = titleSegments(d.text);
      const at = segments.findIndex((segment) => compact(segment) === key);
      // A heading that is a section label ("Literatur") names a part after the site, not the headline.
      if (at > 0 && site.isSection?.(headline)) continue;
      if (at >= 0 && at < segments.length - 1)
        return found(headline, 'headline', 'high', `visible headline is a part of ${d.label}`);
      // Matching only the last segment is what a site-name <h1> does; keep it in case nothing better turns up.
      if (at >= 0) suffixLike ??= { headline, by: d };
    }
  }
  const subheading = confirmedSubheading(doc, declared, site);
  if (subheading) return subheading;
  if (suffixLike)
    return found(suffixLike.headline, 'headline', 'medium', `visible headline ends ${suffixLike.by.label}`);
  const first = declared[0];
  if (first) {
    const shown = shownHeadline(doc, first, headlines, site);
    if (shown)
      return found(shown, 'headline', 'low', `visible headline; ${first.label} is not shown on the page`);
    return fromDeclared(first, headlines, site);
  }
  const headline = headlines[0];
  if (headline) return found(headline, 'headline', 'low', 'only a visible headline, no declared title');
  return found('', 'none', 'low', 'the page declares no title');
}

/**
 * Themes without an <h1> for the article set its headline in a plain <h2> (often a link to the post itself): an
 * <h2> counts when a declared title, whole or as its leading part, says the same.
 */
function confirmedSubheading(doc: Document, declared: Declared[], site: SiteIdentity): TitleFinding | null {
  for (const heading of subheadings(doc)) {
    const key = compact(heading);
    if (!key || namesSite(heading, site) || site.isSection?.(heading)) continue;
    for (const d of declared) {
      const segments = titleSegments(d.text);
      const at = segments.findIndex((segment) => compact(segment) === key);
      if (compact(d.stripped) === key || (at >= 0 && at < segments.length - 1))
        return found(heading, 'headline', 'medium', `a subheading matches ${d.label}`);
    }
  }
  return null;
}

function declaredTitles(doc: Document, main: LdNode | undefined, site: SiteIdentity): Declared[] {
  const sources: Array<[string | null, MetadataSource, string]> = [
    [metaValue(doc, ['og:title']), 'meta-tag', 'og:title'],
    [ldText(main?.['headline']) ?? ldText(main?.['name']), 'json-ld', 'the JSON-LD headline'],
    [metaValue(doc, ['twitter:title']), 'meta-tag', 'twitter:title'],
    [doc.getElementsByTagName('title')[0]?.textContent ?? null, 'title-tag', 'the <title>'],
    [metaValue(doc, ['dc.title', 'dcterms.title', 'title']), 'meta-tag', 'the title meta tag'],
  ];
  const out: Declared[] = [];
  for (const [raw, source, label] of sources) {
    const text = raw
      ? decodeEntities(raw)
          .replace(/\u00ad/g, '')
          .replace(/\s+/g, ' ')
          .trim()
      : '';
    if (text.length > 1) out.push({ text, stripped: stripSiteSuffix(text, site), source, label });
  }
  return out;
}

/** Whether a declared title says the same as the visible headline, give or take a kicker or an SEO word. */
function confirms(d: Declared, headline: string, key: string): boolean {
  const whole = compact(d.text);
  const stripped = compact(d.stripped);
  if (stripped === key || whole === key) return true;
  // "Klimaschutz: Bohren, bis es heiß wird" declared, "Bohren, bis es heiß wird" shown without its kicker.
  if (
    key.length >= 12 &&
    [d.text, d.stripped].some((t) => compact(t).endsWith(key) && endsWithKicker(t, headline))
  )
    return true;
  // "Schneewittchen-Kuchen mit Mini-Marshmallows Rezept": one or two words added for search engines.
  return (
    headline.split(/\s+/).length >= 3 && stripped.startsWith(key) && extraWords(d.stripped, headline) <= 2
  );
}

/** The title from the declared sources alone; low when the page shows a different headline. */
function fromDeclared(first: Declared, headlines: string[], site: SiteIdentity): TitleFinding {
  const what = first.stripped !== first.text ? `${first.label} without its site name` : first.label;
  // Logo and section headings say nothing against the title; a real other headline does.
  const contradicted = headlines.some((h) => !namesSite(h, site) && !site.isSection?.(h));
  if (contradicted)
    return found(first.stripped, first.source, 'low', `${what}; the visible headline differs`);
  return found(first.stripped, first.source, 'medium', `${what}, no visible headline to confirm it`);
}

/** The first real headline when the declared title appears nowhere in the page's text (an SEO title). */
function shownHeadline(
  doc: Document,
  first: Declared,
  headlines: string[],
  site: SiteIdentity,
): string | null {
  const headline = headlines.find(
    (h) => !namesSite(h, site) && !site.isSection?.(h) && h.split(/\s+/).length >= 2,
  );
  if (!headline) return null;
  const body = compact(doc.body?.textContent ?? '');
  return body.includes(compact(first.stripped)) ? null : headline;
}

function found(
  title: string,
  source: MetadataSource,
  confidence: FieldProvenance['confidence'],
  reason: string,
) {
  return { title, provenance: { source, confidence, reason } };
}

/** Whether the title is "<kicker>: <headline>" with a kicker of a few words. */
function endsWithKicker(title: string, headline: string): boolean {
  const at = title.toLowerCase().lastIndexOf(headline.toLowerCase());
  const kicker = at > 0 ? title.slice(0, at).trim() : '';
  return /:$/.test(kicker) && kicker.split(/\s+/).length <= 6;
}

function extraWords(title: string, headline: string): number {
  return Math.max(0, title.split(/\s+/).length - headline.split(/\s+/).length);
}

/** Some CMSs double-escape: og:title="Caf&amp;eacute;". One level of the common entities is undone. */
function decodeEntities(text: string): string {
  if (!/&[#a-z0-9]+;/i.test(text)) return text;
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}
