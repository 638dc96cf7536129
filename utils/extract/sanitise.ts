import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

/**
 * Article HTML comes from arbitrary pages and Readability's output is not safe (script survives it), so
 * everything we store passes DOMPurify with forms, styles and frames forbidden on top of its defaults.
 */
export const ARTICLE_PURIFY_CONFIG: Config = {
  FORBID_TAGS: [
    'form',
    'style',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'input',
    'button',
    'textarea',
    'select',
  ],
  FORBID_ATTR: ['style', 'class', 'id', 'srcset', 'sizes', 'loading', 'decoding', 'fetchpriority'],
  ALLOW_DATA_ATTR: false,
};

const instances = new WeakMap<Window, DOMPurify>();

function purifierFor(win: Window): DOMPurify {
  let purifier = instances.get(win);
  if (!purifier) {
    purifier = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    instances.set(win, purifier);
  }
  return purifier;
}

/** Sanitises a node (or HTML string) and returns a fragment owned by `win`'s document. */
export function sanitiseToFragment(win: Window, dirty: Node | string): DocumentFragment {
  return purifierFor(win).sanitize(dirty, { ...ARTICLE_PURIFY_CONFIG, RETURN_DOM_FRAGMENT: true });
}

/** Sanitises an HTML string and returns a string: for HTML that crosses into storage or an extension page. */
export function sanitiseHtml(win: Window, dirty: string): string {
  return purifierFor(win).sanitize(dirty, { ...ARTICLE_PURIFY_CONFIG });
}
