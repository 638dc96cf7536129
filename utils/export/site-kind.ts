/**
 * What kind of publication a page is, for the reference type (RIS TY, CSL type) and so for how APA formats it.
 * Nothing on a clipped page states this reliably, so it is read from the address: blog platforms and `/blog/`
 * paths are blogs, the German-language news outlets our readers cite most are news, everything else a web page.
 */
export type SiteKind = 'blog' | 'news' | 'webpage';

const NEWS_HOSTS = [
  'tagesschau.de',
  'zdf.de',
  'deutschlandfunk.de',
  'spiegel.de',
  'zeit.de',
  'sueddeutsche.de',
  'faz.net',
  'taz.de',
  'welt.de',
  'handelsblatt.com',
  'tagesspiegel.de',
  'fr.de',
  'nzz.ch',
  'derstandard.at',
  'orf.at',
  'srf.ch',
  'br.de',
  'ndr.de',
  'wdr.de',
  'mdr.de',
  'swr.de',
  'rbb24.de',
  'heise.de',
  'netzpolitik.org',
  'evangelisch.de',
  'katholisch.de',
];

const BLOG_HOSTS = [
  'wordpress.com',
  'blogspot.com',
  'medium.com',
  'substack.com',
  'tumblr.com',
  'hypotheses.org',
];

function hostMatches(host: string, domains: readonly string[]): boolean {
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

export function siteKindOf(url: string): SiteKind {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'webpage';
  }
  const host = parsed.hostname.toLowerCase();
  if (hostMatches(host, NEWS_HOSTS)) return 'news';
  if (hostMatches(host, BLOG_HOSTS) || /^blogs?\./.test(host) || /\/blogs?(\/|$)/i.test(parsed.pathname)) {
    return 'blog';
  }
  return 'webpage';
}
