/**
 * Parts of a page whose dates are not the article's: comments, sidebars, related-post and teaser lists, widgets,
 * navigation and the site footer. A comment's date is the classic wrong answer (Defuddle takes it), so every
 * scan skips these zones as whole subtrees.
 */
const NOISE_TAGS = new Set(['ASIDE', 'NAV', 'FORM', 'SELECT', 'BUTTON']);
const NOISE_ROLES = /^(complementary|navigation|contentinfo|comment|search|menu|menubar)$/i;
// Ad words (ad, ads, banner, anzeige) are not noise: ads carry no dates, while themes put such words on page-wide
// wrappers ("ads-helper") and on the dateline strip ("news-banner").
// Tokens of class and id values; matched as whole hyphen/underscore-separated words so "commentary-author" in an
// article header does not count, while "comment-list", "sidebar-right" or "related_posts" do.
const NOISE_WORDS =
  /(?:^|[-_\s])(comments?|kommentare?|kommentar\w*|respond|replies|reply|disqus|discussion|sidebar|side-bar|seitenleiste|related|verwandte?|recommend\w*|empfehlung\w*|teasers|teaser-?(?:list|liste|group|box|block|container|grid|row)|more-?articles|weitere\w*|lesetipps?|newsletter|breadcrumbs?|pagination|pager|footer|fusszeile|foot|colophon|menu|navbar|navigation|nav|archive|archiv|calendar|kalender|events?|termine|tag-?cloud|popular|beliebt\w*|meistgelesen\w*|trending|most-?read|latest|neueste\w*|aktuelle-?beitraege|cookie\w*|consent)(?=$|[-_\s])/i;
// Footers of an article itself carry its metadata (WordPress themes put the date in `footer.entry-footer`).
const ARTICLE_FOOTER =
  /(?:^|[-_\s])(entry|post|article|artikel|beitrag|story)[-_]?(footer|foot|meta)(?=$|[-_\s])/i;

/** Whether this element itself starts a zone whose dates must never count. */
export function isNoise(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'ARTICLE') return false;
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  // An <aside> inside the article is usually its metadata box (date, author), unless it says otherwise.
  if (tag === 'ASIDE' && insideArticle(element)) return NOISE_WORDS.test(names);
  if (NOISE_TAGS.has(tag)) return true;
  if (tag === 'FOOTER') return !insideArticle(element);
  const role = element.getAttribute('role');
  if (role && NOISE_ROLES.test(role)) return true;
  if (names.length < 3 || ARTICLE_FOOTER.test(names) || !NOISE_WORDS.test(names)) return false;
  // A footer-ish class inside the article is the article's own metadata row; comments inside it are still noise.
  return !(/foot/i.test(names) && !/comment|kommentar/i.test(names) && insideArticle(element));
}

// TYPO3's news template and many others mark the article with microdata on a <div>, not with <article>.
const ARTICLE_ITEM = /schema\.org\/(\w*Article|BlogPosting|Report)\b/i;
// ... or only with a class: TYPO3's news single view (`div.news-single > div.article`, its date in `div.footer`),
// WordPress's `hentry` microformat.
const ARTICLE_CLASS = /(?:^|\s)(article|news-single|hentry)(?=\s|$)/i;

function insideArticle(element: Element): boolean {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (node.tagName.toUpperCase() === 'ARTICLE') return true;
    const type = node.getAttribute('itemtype');
    if (type && ARTICLE_ITEM.test(type)) return true;
    if (ARTICLE_CLASS.test(node.getAttribute('class') ?? '')) return true;
  }
  return false;
}
