import { FIELD_COUNT, TEXT_ONLY, type PartitionPiece } from './index-pieces';
import { indexTerms, partitionOf } from './index-terms';
import { SEARCH_FIELDS, type SearchDocument } from './search-documents';
import type { TaskSlicer } from './task-slicer';
import { ByteWriter } from './varint';

/**
 * One posting, flattened into a term's number list: document number, then a bit mask of the fields the term
 * occurs in, then its count in each of those fields (in field order). Stored as the gap from the previous
 * document (times two, plus one when a mask byte follows), the mask unless it is TEXT_ONLY, then the counts.
 */
type PostingList = number[];

/** The lengths the relevance formula needs of one document, returned by `add` for the document table. */
export type FieldLengths = number[];

/**
 * Builds one segment in memory: the documents added since the last flush, with ascending document numbers.
 * `encode` turns it into one stored piece per partition.
 */
export class SegmentBuilder {
  private readonly postings = new Map<string, PostingList>();
  private lastDoc = -1;
  private count = 0;

  constructor(readonly firstDoc: number) {}

  get size(): number {
    return this.count;
  }

  add(doc: number, document: SearchDocument): FieldLengths {
    if (doc < this.firstDoc || doc <= this.lastDoc) throw new RangeError('Documents must be added in order');
    this.lastDoc = doc;
    this.count += 1;
    const lengths: FieldLengths = [];
    const perTerm = new Map<string, number[]>();
    SEARCH_FIELDS.forEach((field, fieldIndex) => {
      const { terms, words } = indexTerms(document[field]);
      lengths.push(words);
      for (const term of terms) {
        let counts = perTerm.get(term);
        if (!counts) perTerm.set(term, (counts = new Array<number>(FIELD_COUNT).fill(0)));
        counts[fieldIndex]! += 1;
      }
    });
    for (const [term, counts] of perTerm) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = []));
      let mask = 0;
      for (let field = 0; field < FIELD_COUNT; field += 1) if (counts[field]! > 0) mask |= 1 << field;
      list.push(doc, mask);
      for (let field = 0; field < FIELD_COUNT; field += 1) if (counts[field]! > 0) list.push(counts[field]!);
    }
    return lengths;
  }

  /** One piece per partition; slices its work through `slicer`. */
  async encode(slicer: TaskSlicer): Promise<Map<string, PartitionPiece>> {
    const byPart = new Map<string, string[]>();
    for (const term of this.postings.keys()) {
      const part = partitionOf(term);
      let terms = byPart.get(part);
      if (!terms) byPart.set(part, (terms = []));
      terms.push(term);
    }
    const pieces = new Map<string, PartitionPiece>();
    for (const [part, terms] of byPart) {
      terms.sort();
      pieces.set(
        part,
        encodePartition(terms, (term) => this.postings.get(term)!, this.firstDoc),
      );
      await slicer.pause();
    }
    return pieces;
  }
}

/** Encodes sorted terms with their flattened posting lists (documents ascending) into a stored piece. */
export function encodePartition(
  terms: readonly string[],
  listOf: (term: string) => PostingList,
  firstDoc: number,
): PartitionPiece {
  const writer = new ByteWriter();
  const offsets = new Uint32Array(terms.length + 1);
  terms.forEach((term, index) => {
    offsets[index] = writer.length;
    const list = listOf(term);
    let previous = firstDoc;
    for (let at = 0; at < list.length;) {
      const doc = list[at++]!;
      const mask = list[at++]!;
      // Most postings are in the text alone: their gap's low bit says so and the field mask is left out.
      if (mask === TEXT_ONLY) writer.writeVarint((doc - previous) * 2);
      else {
        writer.writeVarint((doc - previous) * 2 + 1);
        writer.writeByte(mask);
      }
      previous = doc;
      for (let field = 0; field < FIELD_COUNT; field += 1)
        if (mask & (1 << field)) writer.writeVarint(list[at++]!);
    }
  });
  offsets[terms.length] = writer.length;
  return { firstDoc, terms: [...terms], offsets, postings: writer.finish() };
}
