/**
 * The element's text with runs of whitespace collapsed, or null as soon as it grows past `limit` characters.
 * `textContent` on a large container copies the whole article; a date line is short, so most checks can stop
 * after a few hundred characters.
 */
export function boundedText(element: Node, limit: number): string | null {
  const parts: string[] = [];
  let length = 0;
  const visit = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const value = child.nodeValue ?? '';
        length += value.length;
        if (length > limit * 3) return false;
        parts.push(value);
      } else if (
        child.nodeType === ELEMENT_NODE &&
        !SILENT_TAGS.has((child as Element).tagName.toUpperCase())
      ) {
        if (!visit(child)) return false;
      }
    }
    return true;
  };
  if (!visit(element)) return null;
  const text = parts.join('').replace(/\s+/g, ' ').trim();
  return text.length > limit ? null : text;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SILENT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
