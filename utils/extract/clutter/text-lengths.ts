/**
 * Text and link-text lengths of every element under a root, computed bottom-up in one pass. Rules ask "how much
 * text is in here, and how much of it is links?" for many elements; `textContent` per element would cost
 * O(n × depth) and hang on deeply nested pages.
 */
export interface TextLengths {
  /** Every element under the root (root excluded) in document order. */
  elements: Element[];
  /** Non-whitespace characters of text under the element. */
  text(el: Element): number;
  /** The part of `text` that sits inside links. */
  linkText(el: Element): number;
  /** linkText / text, 0 for empty elements. */
  linkDensity(el: Element): number;
}

const SPACE_RUNS = /\s+/g;

/** One string per text node instead of one array entry per character: this runs over every node of the page. */
function countNonSpace(value: string): number {
  return value.replace(SPACE_RUNS, '').length;
}

/** Non-whitespace characters of the element's text, measured directly (one element, no table). */
export function nonSpaceLength(el: Element): number {
  return countNonSpace(el.textContent ?? '');
}

export function measureTextLengths(root: Element): TextLengths {
  const text = new Map<Element, number>();
  const links = new Map<Element, number>();
  const elements = Array.from(root.querySelectorAll('*'));
  // Reverse document order visits every child before its parent; the root comes last.
  for (let i = elements.length - 1; i >= -1; i--) {
    const el = i < 0 ? root : (elements[i] as Element);
    let own = 0;
    let linked = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) own += countNonSpace(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        own += text.get(child as Element) ?? 0;
        linked += links.get(child as Element) ?? 0;
      }
    }
    text.set(el, own);
    links.set(el, el.tagName === 'A' ? own : linked);
  }
  const lengthOf = (el: Element) => text.get(el) ?? nonSpaceLength(el);
  const linkLengthOf = (el: Element) => links.get(el) ?? 0;
  return {
    elements,
    text: lengthOf,
    linkText: linkLengthOf,
    linkDensity: (el) => {
      const total = lengthOf(el);
      return total ? Math.min(1, linkLengthOf(el) / total) : 0;
    },
  };
}

/** Whitespace-collapsed text, for the short elements whose wording rules look at. */
export function shortText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}
