import { nativeCall, nativeGet } from './dom-natives';

/**
 * Browsers' HTML parsers stop nesting at 512 levels (deeper elements become siblings); script-built or jsdom-parsed
 * DOMs do not, and a recursive clone of such a tree overflows the stack. The fallback clones iteratively and
 * flattens at the same depth the parser would, so every page still yields a result.
 */
const MAX_DEPTH = 512;

export function cloneDocument(source: Document): Document {
  try {
    return nativeCall<Document>(source, 'cloneNode', true);
  } catch (error) {
    if (!(error instanceof RangeError) && !/call stack/i.test(String(error))) throw error;
    return cloneIteratively(source);
  }
}

function cloneIteratively(source: Document): Document {
  const doc = nativeCall<Document>(source, 'cloneNode', false);
  const stack: { from: Node; to: Node; depth: number }[] = [{ from: source, to: doc, depth: 0 }];
  while (stack.length) {
    const { from, to, depth } = stack.pop()!;
    const children: Node[] = [];
    for (let c = nativeGet<Node | null>(from, 'firstChild'); c; c = nativeGet<Node | null>(c, 'nextSibling'))
      children.push(c);
    // Past the cap, children are attached to the capped ancestor instead of nesting further.
    const target = to;
    for (const child of children) {
      const copy = nativeCall<Node>(child, 'cloneNode', false);
      nativeCall(target, 'appendChild', copy);
      if (nativeGet<Node | null>(child, 'firstChild')) {
        stack.push({
          from: child,
          to: depth + 1 >= MAX_DEPTH ? target : copy,
          depth: Math.min(depth + 1, MAX_DEPTH),
        });
      }
    }
  }
  return doc;
}
