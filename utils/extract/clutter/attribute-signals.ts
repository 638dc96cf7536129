/**
 * What an element's own markup (class, id, role, itemprop, aria-label) says it is. Site builders name their
 * furniture consistently ("share-buttons", "comment-respond", "breadcrumb", "newsletter-teaser"), so one regex per
 * kind over class and id catches most of it without reading any text. Words are matched as whole segments between
 * `-`, `_` or spaces, so "shared-layout" or "sharepoint-guide" in an article's class list does not count.
 */
export type ClutterKind =
  | 'share'
  | 'comments'
  | 'consent'
  | 'video-placeholder'
  | 'newsletter'
  | 'related'
  | 'author-bio'
  | 'contact'
  | 'breadcrumbs'
  | 'meta-line'
  | 'page-tools'
  | 'ad'
  | 'tags'
  | 'navigation'
  | 'hidden';

const words = (alternatives: string) => new RegExp(`(?<![a-z0-9])(?:${alternatives})(?![a-z0-9])`);

/** Ordered: the first matching kind wins, so the specific ones come before the broad ones. */
const CLASS_RULES: Array<[ClutterKind, RegExp]> = [
  [
    'consent',
    words(
      'cookie\\w*|\\w*consent\\w*|gdpr\\w*|dsgvo\\w*|cmp-\\w+|onetrust\\w*|usercentrics\\w*|cookiebot\\w*|borlabs\\w*|klaro|didomi\\w*|tarteaucitron\\w*|cc-(?:window|banner)|sp_message\\w*|privacy-?(?:banner|notice|overlay|popup|manager|settings)',
    ),
  ],
  [
    'video-placeholder',
    words(
      'two-?click\\w*|2-?click\\w*|embed-?privacy\\w*|video-?(?:consent|placeholder|privacy)|yt-?(?:consent|privacy)|iframe-?(?:consent|placeholder)|youtube-?(?:consent|placeholder)|content-?blocker',
    ),
  ],
  [
    'share',
    words(
      '\\w*share(?!d)\\w*|sharing|shariff\\w*|addtoany|a2a_kit|addthis\\w*|sociable|social-?(?:media|links?|icons?|buttons?|bar|networks?|follow|share|sharing|tools)|sharedaddy|heateor\\w*|dpsp-\\w+|mashsb\\w*|ssba\\w*|follow-?us',
    ),
  ],
  [
    'comments',
    words(
      'comments?|comment-?(?:list|area|section|respond|form|wrap\\w*|container|thread|body|content|meta|author|reply)|commentlist|comol|respond|disqus\\w*|dsq-\\w+|kommentare?\\w*|reply-title|user-?comments|leserkommentare?',
    ),
  ],
  [
    'newsletter',
    words(
      'newsletter\\w*|\\w*subscribe\\w*|signup|sign-up|abo-?box|opt-?in|mailchimp\\w*|mc4wp\\w*|mc_embed_signup\\w*|cleverreach\\w*',
    ),
  ],
  [
    'related',
    words(
      'related\\w*|similar-?\\w*|lesetipps?|read-?also|also-?read|more-?(?:articles|posts|stories|news)|further-?reading|recommend\\w*|empfehlung\\w*|yarpp\\w*|crp_related|outbrain\\w*|taboola\\w*|plista\\w*|ob-widget\\w*|mehr-?zum-?thema|(?:next|prev|previous)-?(?:post|article|story)s?|post-?navigation|nav-?links|post-?nav|most-?(?:popular|read)|popular-?posts|meistgelesen\\w*',
    ),
  ],
  ['author-bio', words('author\\w*|autor\\w*|about-?(?:the-?)?author|biography|bio-?box|byline\\w*')],
  [
    'breadcrumbs',
    words('bread-?crumbs?\\w*|crumbs?|brotkrume\\w*|pathway|rootline|you-?are-?here|sie-?sind-?hier'),
  ],
  [
    'tags',
    words(
      'tags|tag-?(?:list|cloud|links?)|(?:post|entry|article)-?(?:tags|categories)|keywords|schlagw\\w*|stichw\\w*|cat-links|tags-links|taxonomy\\w*',
    ),
  ],
  [
    'meta-line',
    words(
      '(?:entry|post|article|blog|news)-?(?:meta|info|date|details|dateline)|meta-?(?:data|info|line|bar)|dateline|timestamp|publish(?:ed)?-?date|post-?date|reading-?time|read-?time|lesezeit|lesedauer|article-?info\\w*|infoline',
    ),
  ],
  [
    'page-tools',
    words(
      'print\\w*|noprint|drucken|pdf-?\\w*|vorlesen|readspeaker\\w*|article-?tools|tool-?bar|bookmark\\w*|back-?to-?top|to-?top|scroll-?top|skip-?(?:link|to|nav)\\w*|jump-?to',
    ),
  ],
  [
    'ad',
    words(
      'ads?|adv|advert\\w*|anzeige\\w*|werbung\\w*|adslot\\w*|adsense|adsbygoogle|ad-?(?:slot|container|wrapper|banner|box|unit|label|marker|place\\w*|zone)|dfp\\w*|gpt-?ad\\w*|google-?ads?\\w*|banner-?ad\\w*|sponsor\\w*|promoted|native-?ad\\w*|traffective\\w*',
    ),
  ],
  [
    'navigation',
    words(
      'menu\\w*|\\w*-menu|navbar|navigation\\w*|\\w*-nav|subnav|sidebar\\w*|\\w*-sidebar|site-?header|masthead|topbar|search-?form|searchform|site-?search|pagination\\w*|pager|paging|page-?numbers|login\\w*|offcanvas\\w*|off-?canvas|footer\\w*|\\w*-footer',
    ),
  ],
];

/** One test for the common case, an element whose names say nothing; the per-kind loop runs only on a hit. */
const ANY_CLASS_RULE = new RegExp(CLASS_RULES.map(([, pattern]) => pattern.source).join('|'));

const ROLE_KINDS: Record<string, ClutterKind> = {
  navigation: 'navigation',
  banner: 'navigation',
  contentinfo: 'navigation',
  complementary: 'navigation',
  search: 'navigation',
  menu: 'navigation',
  menubar: 'navigation',
  dialog: 'consent',
  alertdialog: 'consent',
};

const TAG_KINDS: Record<string, ClutterKind> = {
  NAV: 'navigation',
  ASIDE: 'navigation',
  FOOTER: 'navigation',
  DIALOG: 'consent',
  BUTTON: 'page-tools',
  SELECT: 'page-tools',
  INPUT: 'page-tools',
  TEXTAREA: 'page-tools',
  LABEL: 'page-tools',
};

const ITEMTYPE_KINDS: Array<[RegExp, ClutterKind]> = [
  [/BreadcrumbList/i, 'breadcrumbs'],
  [/schema\.org\/(?:Comment|UserComments)\b/i, 'comments'],
  [/WPSideBar|WPFooter|WPHeader|SiteNavigationElement/i, 'navigation'],
];

const ARIA_LABEL_KINDS: Array<[RegExp, ClutterKind]> = [
  [/breadcrumb|brotkrüm|pfadnavigation|sie sind hier|you are here/i, 'breadcrumbs'],
  [/\b(?:teilen|share|sharing|social)\b/i, 'share'],
  [/\b(?:kommentare|comments)\b/i, 'comments'],
];

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

export function kindFromAttributes(el: Element): ClutterKind | null {
  const tagKind = TAG_KINDS[el.tagName];
  if (tagKind) return tagKind;
  // Most elements carry no attributes at all; skip the nine attribute reads for them.
  if (!el.hasAttributes()) return null;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return 'hidden';
  const style = el.getAttribute('style');
  if (style && HIDING_STYLE.test(style)) return 'hidden';
  const role = el.getAttribute('role');
  if (role) {
    const roleKind = ROLE_KINDS[role.trim().toLowerCase()];
    if (roleKind) return roleKind;
  }
  const itemprop = el.getAttribute('itemprop');
  if (itemprop && /^(?:comment|comments)$/i.test(itemprop)) return 'comments';
  const itemtype = el.getAttribute('itemtype');
  if (itemtype) for (const [pattern, kind] of ITEMTYPE_KINDS) if (pattern.test(itemtype)) return kind;
  const label = el.getAttribute('aria-label');
  if (label) for (const [pattern, kind] of ARIA_LABEL_KINDS) if (pattern.test(label)) return kind;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim().toLowerCase();
  if (!names || !ANY_CLASS_RULE.test(names)) return null;
  for (const [kind, pattern] of CLASS_RULES) if (pattern.test(names)) return kind;
  return null;
}
