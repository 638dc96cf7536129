/**
 * The article title without the site suffix. Publishers state the title up to four times (og:title, JSON-LD
 * headline, <title>, the visible <h1>) and decorate each differently; where the visible headline agrees with a
 * declared title it wins, since it is what the reader saw, without suffix and usually without SEO rewording.
 */
import { ldText, type LdNode } from '../json-ld';
import { metaValue } from '../meta-tags';
import { compact, namesSite, stripSiteSuffix, titleSegments, type SiteIdentity } from './site-suffix';
import { headlineCandidates } from './headline';

export { stripSiteSuffix } from './site-suffix';

/** `headlines` are the page's `headlineCandidates` when the caller already has them. */
export function findTitle(
  doc: Document,
  main: LdNode | undefined,
  siteName: string | null,
  url: string,
  headlines: string[] = headlineCandidates(doc),
): string {
  const site: SiteIdentity = { siteName, url };
  const declared = [
    metaValue(doc, ['og:title']),
    ldText(main?.['headline']) ?? ldText(main?.['name']),
    metaValue(doc, ['twitter:title']),
    doc.getElementsByTagName('title')[0]?.textContent ?? null,
    metaValue(doc, ['dc.title', 'dcterms.title', 'title']),
  ]
    .map((t) =>
      t
        ? decodeEntities(t)
            .replace(/\u00ad/g, '')
            .replace(/\s+/g, ' ')
            .trim()
        : '',
    )
    .filter((t) => t.length > 1);
  const stripped = declared.map((t) => stripSiteSuffix(t, site));

  // A visible headline that some declared title confirms (whole, or as one of its segments).
  let suffixLike: string | null = null;
  for (const headline of headlines) {
    const key = compact(headline);
    // A logo in an <h1> matches the title's site segment: that confirms the site, not the headline.
    if (!key || namesSite(headline, site)) continue;
    let confirmedAsLast = false;
    const confirmed = declared.some((t, i) => {
      const whole = compact(t);
      if (compact(stripped[i] ?? '') === key || whole === key) return true;
      // "Klimaschutz: Bohren, bis es heiß wird" declared, "Bohren, bis es heiß wird" shown without its kicker.
      if (key.length >= 12 && whole.endsWith(key) && endsWithKicker(t, headline)) return true;
      const segments = titleSegments(t);
      const at = segments.findIndex((segment) => compact(segment) === key);
      if (at >= 0 && at === segments.length - 1) confirmedAsLast = true;
      return at >= 0 && at < segments.length - 1;
    });
    if (confirmed) return headline;
    // Matching only the last segment is what a site-name <h1> does; keep it in case nothing better turns up.
    if (confirmedAsLast) suffixLike ??= headline;
  }
  if (suffixLike) return suffixLike;
  const first = stripped[0];
  if (first) return first;
  return headlines[0] ?? '';
}

/** Whether the title is "<kicker>: <headline>" with a kicker of a few words. */
function endsWithKicker(title: string, headline: string): boolean {
  const at = title.toLowerCase().lastIndexOf(headline.toLowerCase());
  const kicker = at > 0 ? title.slice(0, at).trim() : '';
  return /:$/.test(kicker) && kicker.split(/\s+/).length <= 6;
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
