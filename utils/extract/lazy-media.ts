import { elementsByTag } from './elements-by-tag';
/**
 * Pages that lazy-load images ship a placeholder (`src="data:…"`, a grey gif, no `src` at all) and keep the real
 * address in `data-src`, `data-srcset`, a `<noscript>` copy, an AMP `<amp-img>` or a `<picture><source>`; a script
 * swaps it in on scroll. We run no page script, so Readability would see empty images (and drop them with their
 * figure and caption) and DOMPurify would drop `amp-img` as an unknown element. This does the script's swap.
 * Called on the cloned document after DOM clobbering is defused and before `<noscript>` is removed.
 */

/** Attributes lazy loaders (lazysizes, WP Rocket, a3 Lazy Load, jQuery lazyload, Jetpack …) keep the source in. */
const LAZY_SRC = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-lazy',
  'data-orig-src',
  'data-hi-res-src',
];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];
const AMP_IMAGE_TAGS = 'amp-img, amp-anim';
/** What an AMP image and a real image have in common and is worth keeping. */
const AMP_KEPT_ATTRIBUTES = ['src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height'];

export function revealLazyMedia(doc: Document): void {
  for (const noscript of elementsByTag(doc, 'noscript')) revealNoscriptImage(doc, noscript);
  for (const amp of Array.from(doc.querySelectorAll(AMP_IMAGE_TAGS))) replaceAmpImage(doc, amp);
  for (const source of Array.from(doc.querySelectorAll('picture > source')))
    promote(source, LAZY_SRCSET, 'srcset');
  for (const img of elementsByTag(doc, 'img')) revealImage(img);
}

function revealImage(img: Element): void {
  promote(img, LAZY_SRCSET, 'srcset');
  promote(img, LAZY_SRC, 'src');
  if (hasRealSource(img)) return;
  // Next.js `next/image`, `<picture>` and responsive themes: the only real address is in a srcset.
  const srcset = img.getAttribute('srcset') ?? pictureSourceSet(img);
  const best = srcset ? largestCandidate(srcset) : null;
  if (best) img.setAttribute('src', originalOfOptimised(best, img.ownerDocument.baseURI));
}

/** Moves a lazy attribute's address into the real one; a lazy loader always overwrites the placeholder. */
function promote(el: Element, from: readonly string[], to: 'src' | 'srcset'): void {
  for (const name of from) {
    const value = el.getAttribute(name)?.trim();
    if (value && isAddress(value)) {
      el.setAttribute(to, value);
      el.removeAttribute(name);
      return;
    }
  }
  if (to === 'srcset' && /^\s*data:/i.test(el.getAttribute('srcset') ?? '')) el.removeAttribute('srcset');
}

/** A URL (absolute, protocol-relative or relative) that is not itself a placeholder. */
function isAddress(value: string): boolean {
  return !/^(?:data:|about:|javascript:)/i.test(value) && !/\s*\{\{/.test(value) && /[\w/]/.test(value);
}

function hasRealSource(img: Element): boolean {
  const src = img.getAttribute('src')?.trim() ?? '';
  return src !== '' && isAddress(src);
}

function pictureSourceSet(img: Element): string | null {
  const picture = img.parentElement;
  if (picture?.tagName !== 'PICTURE') return null;
  for (const source of elementsByTag(picture, 'source')) {
    const srcset = source.getAttribute('srcset');
    if (srcset && isAddress(srcset.trim())) return srcset;
  }
  return null;
}

/** "a.jpg 640w, b.jpg 1920w" → "b.jpg": the widest (or densest) candidate, the one a large screen would load. */
export function largestCandidate(srcset: string): string | null {
  let best: string | null = null;
  let bestSize = -1;
  // Candidates are split at commas followed by whitespace: URLs (Next.js, Cloudinary) may contain bare commas.
  for (const candidate of srcset.split(/,\s+/)) {
    const [url, descriptor = '1x'] = candidate.trim().split(/\s+/);
    if (!url || !isAddress(url)) continue;
    const size = Number.parseFloat(descriptor) || 1;
    if (size > bestSize) {
      best = url.replace(/,$/, '');
      bestSize = size;
    }
  }
  return best;
}

/** `/_next/image?url=%2Fimg%2Fa.jpg&w=1920` → `/img/a.jpg`: the original outlives the site's image optimiser. */
function originalOfOptimised(address: string, base: string): string {
  if (!/\/_next\/image\?/.test(address)) return address;
  try {
    const original = new URL(address, base).searchParams.get('url');
    return original && isAddress(original) ? new URL(original, base).href : address;
  } catch {
    return address;
  }
}

/**
 * `<img data-src="…" class="lazyload"><noscript><img src="…"></noscript>`: the noscript copy is the real image.
 * It replaces the placeholder beside it, or stands in for the noscript when there is none. Browsers with
 * scripting on keep noscript content as text, parsers without (jsdom) as elements: both are read.
 */
function revealNoscriptImage(doc: Document, noscript: Element): void {
  const images = noscriptImages(doc, noscript);
  const image = images.length === 1 ? images[0] : undefined;
  if (!image || isTrackingPixel(image) || !hasRealSource(image)) return;
  const placeholder = placeholderBeside(noscript);
  if (placeholder) {
    placeholder.replaceWith(image);
    noscript.remove();
    return;
  }
  const src = image.getAttribute('src');
  const parent = noscript.parentElement;
  // Some themes print the image twice, once for scripts and once in noscript: keep one.
  const twin =
    parent &&
    elementsByTag(parent, 'img').some((i) => !i.closest('noscript') && i.getAttribute('src') === src);
  if (!twin && noscript.closest('body')) noscript.replaceWith(image);
}

function noscriptImages(doc: Document, noscript: Element): Element[] {
  let scope: ParentNode = noscript;
  if (!noscript.firstElementChild) {
    const markup = noscript.textContent ?? '';
    if (!/<img\b/i.test(markup) || markup.length > 5000) return [];
    // Template content is inert: nothing in it loads or runs while we read the image out of it.
    const template = doc.createElement('template');
    try {
      template.innerHTML = markup;
    } catch {
      // A page enforcing Trusted Types may refuse the assignment: the placeholder then stays as it is.
      return [];
    }
    scope = template.content;
  }
  return Array.from(scope.querySelectorAll('img')).map((img) => doc.importNode(img, true));
}

/** The lazy image next to the noscript (or wrapping it in a `<picture>`/link), if it is a placeholder. */
function placeholderBeside(noscript: Element): Element | null {
  const candidates = [noscript.previousElementSibling, noscript.nextElementSibling];
  for (const el of candidates) {
    const img = el?.tagName === 'IMG' ? el : el?.tagName === 'PICTURE' ? el : null;
    if (img && isPlaceholder(img.tagName === 'PICTURE' ? img.querySelector('img') : img)) return img;
  }
  return null;
}

function isPlaceholder(img: Element | null): boolean {
  if (!img) return true;
  if (!hasRealSource(img)) return true;
  if ([...LAZY_SRC, ...LAZY_SRCSET].some((name) => img.hasAttribute(name))) return true;
  return /(?:^|\s)(?:lazy\w*|js-lazy\w*|b-lazy)(?:\s|$)/i.test(img.getAttribute('class') ?? '');
}

/** Analytics beacons hide in noscript too (`<img src="…/tr?id=…" width="1" height="1">`). */
function isTrackingPixel(img: Element): boolean {
  const tiny = (name: string) => /^[0-2](?:px)?$/.test(img.getAttribute(name)?.trim() ?? '');
  return tiny('width') || tiny('height') || /display\s*:\s*none/i.test(img.getAttribute('style') ?? '');
}

function replaceAmpImage(doc: Document, amp: Element): void {
  // A fallback amp-img inside another one goes with its parent.
  if (!amp.isConnected || amp.parentElement?.closest(AMP_IMAGE_TAGS)) return;
  const img = doc.createElement('img');
  for (const name of AMP_KEPT_ATTRIBUTES) {
    const value = amp.getAttribute(name);
    if (value !== null) img.setAttribute(name, value);
  }
  if (!hasRealSource(img)) {
    const inner = amp.querySelector('img[src]');
    if (inner) img.setAttribute('src', inner.getAttribute('src') ?? '');
  }
  amp.replaceWith(img);
}
