import { nativeCall, nativeGet, shadowsDocumentMember } from './dom-natives';

/**
 * DOM clobbering: a form control named `parentNode` makes `form.parentNode` return the control, and an
 * `<img name="getElementsByTagName">` shadows the document method. Readability walks the tree through exactly
 * these properties, so on such pages it loops forever or throws. Forms are unwrapped (their children stay:
 * some CMSs wrap the whole page in one form) and naming attributes that create named properties are dropped.
 * Everything here goes through native accessors, since the page's own properties cannot be trusted yet.
 */
const NAMED_PROPERTY_ELEMENTS = 'img[name], form[name], embed[name], object[name], iframe[name], frame[name]';

/** Elements that never carry article content and only cost time later. */
const INERT_ELEMENTS = 'script, style, noscript, template, link[rel="stylesheet"]';

function all(doc: Document, selector: string): Element[] {
  return Array.from(nativeCall<NodeListOf<Element>>(doc, 'querySelectorAll', selector));
}

/** Makes the document's own properties trustworthy again; afterwards ordinary DOM calls are safe. */
export function defuseClobbering(doc: Document): void {
  for (const el of all(doc, NAMED_PROPERTY_ELEMENTS)) nativeCall(el, 'removeAttribute', 'name');
  for (const el of all(doc, '[id]')) {
    const id = nativeCall<string | null>(el, 'getAttribute', 'id');
    if (id && shadowsDocumentMember(doc, id)) nativeCall(el, 'removeAttribute', 'id');
  }
  for (const form of all(doc, 'form').reverse()) unwrapForm(doc, form);
}

/** Drops scripts, styles and templates: read JSON-LD before this. */
export function removeInertElements(doc: Document): void {
  for (const el of all(doc, INERT_ELEMENTS)) el.remove();
  // Customised built-ins (`<div is="x-widget">`) are dropped whole, content and all, by DOMPurify when it is
  // handed nodes; in a clone the attribute means nothing, so the element stays a plain one.
  for (const el of all(doc, '[is]')) el.removeAttribute('is');
}

/** Replaces a form by a div holding the same children, so its controls no longer become its properties. */
function unwrapForm(doc: Document, form: Element): void {
  const replacement = nativeCall<HTMLElement>(doc, 'createElement', 'div');
  for (const attr of ['class', 'id', 'role', 'aria-label']) {
    const value = nativeCall<string | null>(form, 'getAttribute', attr);
    if (value !== null) replacement.setAttribute(attr, value);
  }
  replacement.setAttribute('data-rn-form', '');
  let child = nativeGet<Node | null>(form, 'firstChild');
  while (child) {
    replacement.appendChild(child);
    child = nativeGet<Node | null>(form, 'firstChild');
  }
  const parent = nativeGet<Node | null>(form, 'parentNode');
  if (parent) nativeCall(parent, 'replaceChild', replacement, form);
}
