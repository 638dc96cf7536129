/** Query parameters that identify a campaign or a click, not the page. */
const TRACKING_PARAM =
  /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|wt_mc|wt_zmc|ref_src|s_cid|cmpid|ncid|ito|xtor|at_medium|at_campaign)$/i;

/** Normalises a URL for identity: no fragment, no tracking parameters, default port and lower-case host. */
export function normaliseUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const key of Array.from(url.searchParams.keys())) {
    if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  }
  url.searchParams.sort();
  let href = url.toString();
  if (url.search === '' && href.endsWith('?')) href = href.slice(0, -1);
  return href;
}

/**
 * The page's canonical URL: `<link rel=canonical>`, else og:url, else the page URL. A canonical pointing at
 * another site's home page is a CMS misconfiguration seen in the wild, so a canonical that is just a site root
 * while the page URL has a path is ignored.
 */
export function findCanonicalUrl(doc: Document, pageUrl: string): string {
  const page = normaliseUrl(pageUrl) ?? pageUrl;
  const candidates = [
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const normalised = normaliseUrl(candidate, pageUrl);
    if (!normalised) continue;
    const isRoot = new URL(normalised).pathname.length <= 1;
    const pageIsRoot = (() => {
      try {
        return new URL(page).pathname.length <= 1;
      } catch {
        return true;
      }
    })();
    if (isRoot && !pageIsRoot) continue;
    return normalised;
  }
  return page;
}
