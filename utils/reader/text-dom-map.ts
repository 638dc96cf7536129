import { BLOCK_TAGS, CELL_SEPARATOR, CELL_TAGS } from '../extract/plain-text';
import { type DomPoint, MappedText } from './mapped-text';

/** A stretch of one text node, the unit highlights are painted on. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

const BLOCK_SEPARATOR = '\n\n';
const CELL_JOINER = ' | ';

function indexInParent(node: Node): number {
  let index = 0;
  for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) index++;
  return index;
}

function before(node: Node): DomPoint {
  return { node: node.parentNode ?? node, offset: node.parentNode ? indexInParent(node) : 0 };
}

function after(node: Node): DomPoint {
  return { node: node.parentNode ?? node, offset: node.parentNode ? indexInParent(node) + 1 : 0 };
}

/** Appends a text node's characters with runs of whitespace folded to one space, as `textBlocks` does. */
function appendFolded(target: MappedText, node: Text): void {
  const value = node.nodeValue ?? '';
  let inRun = false;
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (/\s/.test(char)) {
      if (inRun) target.extendLast({ node, offset: i + 1 });
      else target.push(' ', { node, offset: i }, { node, offset: i + 1 });
      inRun = true;
    } else {
      target.push(char, { node, offset: i }, { node, offset: i + 1 });
      inRun = false;
    }
  }
}

/** `<pre>` keeps its text verbatim; only leading newlines and trailing whitespace go. */
function preformattedBlock(pre: Node): MappedText {
  const raw = new MappedText();
  const walker = (pre.ownerDocument ?? (pre as Document)).createTreeWalker(pre, 4 /* SHOW_TEXT */);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const value = text.nodeValue ?? '';
    for (let i = 0; i < value.length; i++)
      raw.push(value[i]!, { node: text, offset: i }, { node: text, offset: i + 1 });
  }
  return raw.replaceAll(/^\n+|\s+$/g, '');
}

/** The mapped twin of `textBlocks` (utils/extract/plain-text.ts): the same walk, the same folding. */
function mappedBlocks(root: Node): MappedText[] {
  const blocks: MappedText[] = [];
  let current = new MappedText();
  const flush = () => {
    const block = current
      .replaceAll(/[ \t\f\v\u00a0\u200b]+/g, ' ')
      .replaceAll(/ ?\n ?/g, '\n')
      .trim();
    if (block.length > 0) blocks.push(block);
    current = new MappedText();
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      appendFolded(current, node as Text);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const tag = node.nodeType === 1 ? (node as Element).tagName : '';
    if (tag === 'BR') {
      current.push('\n', before(node), after(node));
      return;
    }
    if (tag === 'PRE') {
      flush();
      blocks.push(preformattedBlock(node));
      current = new MappedText();
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    else if (CELL_TAGS.has(tag) && current.text.trim())
      current.push(CELL_SEPARATOR, before(node), before(node));
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (isBlock) flush();
  };
  walk(root);
  flush();
  return blocks.map(joinCells);
}

function joinCells(block: MappedText): MappedText {
  const { pieces, separators } = block.split(CELL_SEPARATOR);
  const out = new MappedText();
  pieces.forEach((piece, index) => {
    if (index > 0) {
      const { start, end } = separators[index - 1]!;
      for (const char of CELL_JOINER) out.push(char, start, end);
    }
    out.append(piece.trim());
  });
  return out;
}

/** Sign of (a − b) in document order. */
function comparePoints(a: DomPoint, b: DomPoint): number {
  const doc = a.node.ownerDocument ?? (a.node as Document);
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  return -range.comparePoint(b.node, b.offset);
}

/**
 * Offsets in the plain text of a rendered article ↔ positions in its DOM. The text is exactly `plainText(root)`,
 * which is how the stored text was made from the stored HTML, so stored offsets address the rendered article.
 * Built for one state of the DOM: rebuild it after changing the tree (painting highlights splits text nodes).
 */
export class TextDomMap {
  readonly text: string;

  private constructor(private readonly mapped: MappedText) {
    this.text = mapped.text;
  }

  static build(root: Node): TextDomMap {
    const joined = new MappedText();
    mappedBlocks(root).forEach((block, index) => {
      if (index > 0) {
        const start = joined.ends[joined.length - 1]!;
        const end = block.starts[0]!;
        for (const char of BLOCK_SEPARATOR) joined.push(char, start, end);
      }
      joined.append(block);
    });
    return new TextDomMap(joined);
  }

  /** A DOM range for `text.slice(start, end)`, or null for an empty or out-of-bounds span. */
  toRange(start: number, end: number): Range | null {
    if (!(start >= 0 && end <= this.text.length && start < end)) return null;
    const from = this.mapped.starts[start]!;
    const to = this.mapped.ends[end - 1]!;
    const range = (from.node.ownerDocument ?? (from.node as Document)).createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }

  /** The text nodes (and parts of them) that carry `text.slice(start, end)`; separators between blocks have none. */
  segments(start: number, end: number): TextSegment[] {
    const segments: TextSegment[] = [];
    for (let i = Math.max(0, start); i < Math.min(end, this.text.length); i++) {
      const from = this.mapped.starts[i]!;
      const to = this.mapped.ends[i]!;
      if (from.node !== to.node || from.node.nodeType !== 3) continue;
      const last = segments[segments.length - 1];
      if (last && last.node === from.node && last.end === from.offset) last.end = to.offset;
      else segments.push({ node: from.node as Text, start: from.offset, end: to.offset });
    }
    return segments;
  }

  /**
   * The text span a DOM range covers: from the first character starting at or after its start to the last one
   * ending at or before its end. Null when it covers no character (a collapsed or whitespace-only selection).
   */
  toOffsets(range: Range): { start: number; end: number } | null {
    const { starts, ends } = this.mapped;
    const rangeStart = { node: range.startContainer, offset: range.startOffset };
    const rangeEnd = { node: range.endContainer, offset: range.endOffset };
    // First index whose start is not before the range start.
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (comparePoints(starts[mid]!, rangeStart) < 0) low = mid + 1;
      else high = mid;
    }
    const start = low;
    // First index whose end is after the range end: everything before it ends inside the range.
    low = start;
    high = ends.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (comparePoints(ends[mid]!, rangeEnd) <= 0) low = mid + 1;
      else high = mid;
    }
    const end = low;
    return end > start ? { start, end } : null;
  }
}
