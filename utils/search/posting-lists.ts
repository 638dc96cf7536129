import { FIELD_COUNT, TEXT_ONLY, type PartitionPiece } from './index-pieces';
import { encodePartition } from './segment-builder';
import { ByteReader } from './varint';

/**
 * The postings of `piece.terms[index]` as a flat list (document, field mask, one count per field in the mask),
 * keeping only documents `isLive` accepts.
 */
export function decodePostings(
  piece: PartitionPiece,
  index: number,
  isLive: (doc: number) => boolean,
): number[] {
  const reader = new ByteReader(piece.postings, piece.offsets[index]!, piece.offsets[index + 1]!);
  const list: number[] = [];
  let doc = piece.firstDoc;
  while (!reader.done) {
    const gap = reader.readVarint();
    doc += Math.floor(gap / 2);
    const mask = gap % 2 === 1 ? reader.readByte() : TEXT_ONLY;
    const live = isLive(doc);
    if (live) list.push(doc, mask);
    for (let field = 0; field < FIELD_COUNT; field += 1) {
      if (!(mask & (1 << field))) continue;
      const count = reader.readVarint();
      if (live) list.push(count);
    }
  }
  return list;
}

/**
 * One piece out of the same partition's pieces of consecutive segments (oldest first), dropping deleted and
 * replaced documents: a merge is also the index's garbage collection.
 */
export function mergePartition(
  pieces: readonly PartitionPiece[],
  firstDoc: number,
  isLive: (doc: number) => boolean,
): PartitionPiece | null {
  const lists = new Map<string, number[]>();
  for (const piece of pieces) {
    piece.terms.forEach((term, index) => {
      const decoded = decodePostings(piece, index, isLive);
      if (decoded.length === 0) return;
      const list = lists.get(term);
      if (list) for (const value of decoded) list.push(value);
      else lists.set(term, decoded);
    });
  }
  if (lists.size === 0) return null;
  const terms = [...lists.keys()].sort();
  return encodePartition(terms, (term) => lists.get(term)!, firstDoc);
}

/** Index of the first term >= `term` in sorted `terms`. */
export function lowerBound(terms: readonly string[], term: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms[middle]! < term) low = middle + 1;
    else high = middle;
  }
  return low;
}
