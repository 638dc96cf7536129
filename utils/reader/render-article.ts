import { sanitiseToFragment } from '../extract/sanitise';

const SAFE_LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const SAFE_IMAGE_PROTOCOLS = new Set(['http:', 'https:', 'data:']);

function resolve(value: string, baseUrl: string, allowed: Set<string>): string | null {
  try {
    const url = new URL(value, baseUrl);
    return allowed.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The stored article HTML, sanitised a second time for display: stored data may come from an import or an older
 * version, so the reader never trusts it. Links open in a new tab without handing over `window.opener` or the
 * referrer; relative addresses are resolved against the article's URL so they do not point into the extension.
 */
export function renderArticleFragment(win: Window, html: string, baseUrl: string): DocumentFragment {
  const fragment = sanitiseToFragment(win, html);
  for (const link of fragment.querySelectorAll('a')) {
    const href = link.getAttribute('href');
    const target = href === null || href.startsWith('#') ? null : resolve(href, baseUrl, SAFE_LINK_PROTOCOLS);
    // In-page anchors would jump around the panel's own document, and unsafe schemes are never clickable.
    if (target === null) {
      link.removeAttribute('href');
      link.removeAttribute('target');
      continue;
    }
    link.setAttribute('href', target);
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
  for (const image of fragment.querySelectorAll('img')) {
    const src = image.getAttribute('src');
    const resolved = src === null ? null : resolve(src, baseUrl, SAFE_IMAGE_PROTOCOLS);
    if (resolved === null) image.remove();
    else {
      image.setAttribute('src', resolved);
      image.setAttribute('referrerpolicy', 'no-referrer');
      image.setAttribute('loading', 'lazy');
      if (!image.hasAttribute('alt')) image.setAttribute('alt', '');
    }
  }
  return fragment;
}
