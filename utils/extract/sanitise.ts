import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

/**
 * Article HTML comes from arbitrary pages and Readability's output is not safe (script survives it), so
 * everything we store passes DOMPurify with forms, styles and frames forbidden on top of its defaults.
 * `srcset`/`sizes` stay (lazy-loaded and responsive images often have no other real address), but a srcset
 * keeps only absolute http(s) candidates: DOMPurify checks `src` as a URL, not the list inside a srcset.
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
  FORBID_ATTR: ['style', 'class', 'id', 'loading', 'decoding', 'fetchpriority'],
  ADD_ATTR: ['srcset', 'sizes'],
  ALLOW_DATA_ATTR: false,
};

const instances = new WeakMap<Window, DOMPurify>();

function purifierFor(win: Window): DOMPurify {
  let purifier = instances.get(win);
  if (!purifier) {
    purifier = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    purifier.addHook('uponSanitizeAttribute', (_node, data) => {
      if (data.attrName === 'srcset') {
        data.attrValue = webCandidates(data.attrValue);
        data.keepAttr = data.attrValue !== '';
      } else if (data.attrName === 'sizes') {
        // Media conditions and lengths only: "(max-width: 600px) 100vw, 600px".
        const value = data.attrValue;
        data.keepAttr =
          /^[\w\s().,:%+*/-]*$/.test(value) && !/url\(|script:/i.test(value) && value.length <= 300;
      }
    });
    instances.set(win, purifier);
  }
  return purifier;
}

/** "https://a/x.jpg 1x, data:… 2x, /rel.jpg 3x" → "https://a/x.jpg 1x": candidates that are http(s) URLs. */
export function webCandidates(srcset: string): string {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().replace(/,$/, ''))
    .filter((candidate) => /^https?:\/\/[^\s"'<>()]+(?:\s+\d+(?:\.\d+)?[wx])?$/i.test(candidate))
    .join(', ');
}

/** Sanitises a node (or HTML string) and returns a fragment owned by `win`'s document. */
export function sanitiseToFragment(win: Window, dirty: Node | string): DocumentFragment {
  return purifierFor(win).sanitize(dirty, { ...ARTICLE_PURIFY_CONFIG, RETURN_DOM_FRAGMENT: true });
}

/** Sanitises an HTML string and returns a string: for HTML that crosses into storage or an extension page. */
export function sanitiseHtml(win: Window, dirty: string): string {
  return purifierFor(win).sanitize(dirty, { ...ARTICLE_PURIFY_CONFIG });
}
