import type { ExportArticle } from './bundle';
import { cslName, familyFirstName } from './citation-names';
import { citedUrl } from './csl-item';
import { escapeHtml } from './html-escape';
import { siteKindOf, type SiteKind } from './site-kind';

/** Zotero names its own item types in `rft.type` for Dublin Core ContextObjects and reads them back the same way. */
const ZOTERO_TYPE: Record<SiteKind, string> = {
  blog: 'blogPost',
  news: 'newspaperArticle',
  webpage: 'webpage',
};

/**
 * A COinS span (OpenURL 1.0 ContextObject in a `Z3988` span, https://en.wikipedia.org/wiki/COinS), the microformat
 * Zotero's connector and Citavi Picker look for on a page. Web pages have no OpenURL format of their own, so the
 * Dublin Core one is used, as Zotero itself does when it exports web pages as COinS.
 */
export function coinsSpan({ article }: ExportArticle): string {
  const pairs: [string, string][] = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
    ['rfr_id', 'info:sid/randnotiz'],
    ['rft.type', ZOTERO_TYPE[siteKindOf(citedUrl(article))]],
    ['rft.title', article.title],
  ];
  const first = article.authorNames[0] ? cslName(article.authorNames[0]) : null;
  if (first?.family) {
    const family = [first['non-dropping-particle'], first.family].filter(Boolean).join(' ');
    pairs.push(['rft.aulast', family], ['rft.aufirst', first.given ?? '']);
  }
  for (const name of article.authorNames) pairs.push(['rft.creator', familyFirstName(name)]);
  // Dublin Core dates may be partial (W3CDTF: YYYY, YYYY-MM, YYYY-MM-DD), so the stored date goes as it is.
  if (article.published) pairs.push(['rft.date', article.published]);
  if (article.siteName) pairs.push(['rft.source', article.siteName]);
  pairs.push(['rft.identifier', citedUrl(article)]);
  if (article.lang) pairs.push(['rft.language', article.lang]);
  for (const tag of article.tags) pairs.push(['rft.subject', tag]);
  if (article.excerpt) pairs.push(['rft.description', article.excerpt]);
  const query = pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
  return `<span class="Z3988" title="${escapeHtml(query)}"></span>`;
}
