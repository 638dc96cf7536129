import type { TextDomMap, TextSegment } from './text-dom-map';

export interface PaintableHighlight {
  id: string;
  start: number;
  end: number;
}

interface Piece {
  node: Text;
  start: number;
  end: number;
}

/** Splits each text node at every highlight boundary inside it, so that highlights wrap whole nodes. */
function splitIntoPieces(segments: TextSegment[]): Map<Text, Piece[]> {
  const cuts = new Map<Text, Set<number>>();
  for (const { node, start, end } of segments) {
    const set = cuts.get(node) ?? new Set<number>([0, node.length]);
    set.add(start).add(end);
    cuts.set(node, set);
  }
  const pieces = new Map<Text, Piece[]>();
  for (const [node, set] of cuts) {
    const offsets = [...set].sort((a, b) => a - b);
    const nodePieces: Piece[] = [];
    // From the end backwards: splitText leaves the head in `node`, so earlier offsets stay valid.
    for (let i = offsets.length - 2; i >= 0; i--) {
      const start = offsets[i]!;
      const end = offsets[i + 1]!;
      if (end <= start) continue;
      const piece = start === 0 ? node : node.splitText(start);
      nodePieces.unshift({ node: piece, start, end });
    }
    pieces.set(node, nodePieces);
  }
  return pieces;
}

/**
 * Wraps every highlighted stretch of text in `<mark>` elements (several per highlight when it crosses elements or
 * blocks; nested where highlights overlap, the longer one outside). Returns each highlight's marks in document
 * order. The map must describe the current tree, and is stale afterwards.
 */
export function paintHighlights(
  map: TextDomMap,
  highlights: readonly PaintableHighlight[],
  createMark: (highlight: PaintableHighlight) => HTMLElement,
): Map<string, HTMLElement[]> {
  const ordered = [...highlights].sort((a, b) => a.start - b.start || b.end - a.end);
  const segmentsById = new Map(ordered.map((h) => [h.id, map.segments(h.start, h.end)]));
  const pieces = splitIntoPieces([...segmentsById.values()].flat());
  const covering = new Map<Text, PaintableHighlight[]>();
  for (const highlight of ordered) {
    for (const segment of segmentsById.get(highlight.id)!) {
      for (const piece of pieces.get(segment.node) ?? []) {
        if (piece.start >= segment.start && piece.end <= segment.end) {
          covering.set(piece.node, [...(covering.get(piece.node) ?? []), highlight]);
        }
      }
    }
  }
  const marks = new Map<string, HTMLElement[]>(ordered.map((h) => [h.id, []]));
  for (const [piece, over] of covering) {
    let outer: Node = piece;
    for (let i = over.length - 1; i >= 0; i--) {
      const highlight = over[i]!;
      const mark = createMark(highlight);
      outer.parentNode!.insertBefore(mark, outer);
      mark.appendChild(outer);
      outer = mark;
      marks.get(highlight.id)!.push(mark);
    }
  }
  for (const list of marks.values()) {
    list.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
  }
  return marks;
}
