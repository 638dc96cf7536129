import type { TextLengths } from './text-lengths';

/**
 * Share bars: rows of links to social networks' share endpoints, or of icons whose only words are "Twitter-Symbol",
 * "Auf Facebook teilen", "Link kopieren". A single link to facebook.com in the text is content; a link to
 * facebook.com/sharer never is.
 */
const SHARE_HREF =
  /(?:twitter\.com|x\.com)\/(?:intent|share)|facebook\.com\/(?:sharer|share\.php|dialog\/(?:share|send|feed))|linkedin\.com\/(?:shareArticle|sharing|cws\/share)|xing\.com\/(?:spi\/shares|social\/share|social_plugins\/share|app\/user\?op=share)|pinterest\.\w+\/pin\/create|reddit\.com\/submit|(?:api|web)\.whatsapp\.com\/send|wa\.me\/\?|whatsapp:\/\/send|(?:t|telegram)\.me\/share|tumblr\.com\/(?:share|widgets\/share)|getpocket\.com\/(?:save|edit)|flipboard\.com\/bookmarklet|threema:\/\/compose|sms:\?|bsky\.app\/intent|mastodon\S*\/share|vk\.com\/share|buffer\.com\/add|news\.ycombinator\.com\/submitlink|^mailto:\?/i;

const NETWORK =
  'facebook|twitter|x|xing|linkedin|whatsapp|telegram|pinterest|reddit|threema|signal|mastodon|bluesky|threads|flipboard|pocket|tumblr|messenger|instagram|e-?mail|mail|sms|print|drucken';
/** A control's whole label: "Twitter-Symbol", "Auf Facebook teilen", "Share on LinkedIn", "Link kopieren" … */
const SHARE_LABEL = new RegExp(
  `^(?:(?:auf|bei|via|per|über|mit|on|to|via)\\s+)?(?:${NETWORK})(?:[\\s-]+(?:symbol|icon|logo|teilen|mitteilen|senden|versenden|share|posten|twittern|tweet))?$|` +
    `^(?:(?:diesen|den|this)\\s+)?(?:artikel|beitrag|seite|post|article|page|story|link)?\\s*(?:teilen|mitteilen|weiterempfehlen|empfehlen|share|sharen)(?:\\s*(?:auf|bei|via|per|über|on|with|to)\\s+(?:${NETWORK}))?\\s*:?$|` +
    `^(?:twittern|tweet|tweeten|retweet|pin it|link kopieren|copy link|link copied|link kopiert|url kopieren|teilen:?|share:?|jetzt teilen|share this(?:\\s+(?:post|article|page|story))?:?|weitersagen)$`,
  'i',
);

export function isShareHref(href: string): boolean {
  return SHARE_HREF.test(href);
}

/** The words a control presents, including what icon-only links say through alt, title or aria-label. */
export function controlLabel(el: Element, text: string): string {
  if (text) return text;
  const own = el.getAttribute('aria-label') ?? el.getAttribute('title');
  if (own) return own.trim();
  return labelOfIcon(el, 2);
}

/** alt / aria-label / title / svg <title> of the icon inside a control, looked for two levels down at most. */
function labelOfIcon(el: Element, depth: number): string {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    const label =
      child.getAttribute('alt') ??
      child.getAttribute('aria-label') ??
      child.getAttribute('title') ??
      (child.tagName.toLowerCase() === 'title' ? child.textContent : null);
    if (label?.trim()) return label.trim();
    if (depth > 1) {
      const inner = labelOfIcon(child, depth - 1);
      if (inner) return inner;
    }
  }
  return '';
}

export function isShareLabel(label: string): boolean {
  return label.length > 0 && label.length <= 60 && SHARE_LABEL.test(label.replace(/\s+/g, ' ').trim());
}

/**
 * The bar around a share control: climb while the ancestor is still mostly controls (little text that is not a
 * link) so the "Teilen:" label and the icon list go with it, but stop before a paragraph or the article.
 */
export function shareBarAround(control: Element, root: Element, lengths: TextLengths): Element {
  let bar = control;
  for (let depth = 0; depth < 5; depth++) {
    const parent = bar.parentElement;
    if (!parent || parent === root || parent.tagName === 'BODY' || parent.tagName === 'ARTICLE') break;
    if (parent.tagName === 'P' && lengths.text(parent) > 80) break;
    const text = lengths.text(parent);
    const nonLink = text - lengths.linkText(parent);
    if (text > 400 || nonLink > 60) break;
    if (parent.querySelector('h1, h2, h3, figure, table, blockquote')) break;
    bar = parent;
  }
  return bar;
}
