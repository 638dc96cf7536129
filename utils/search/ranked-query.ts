import { boundedEditDistance } from './edit-distance';
import { FIELD_COUNT, TEXT_ONLY, type PartitionPiece } from './index-pieces';
import { partitionOf, queryTerms } from './index-terms';
import { lowerBound } from './posting-lists';
import { SEARCH_FIELDS } from './search-documents';
import { ByteReader } from './varint';

/** A hit in title or authors says more than one somewhere in a long text; notes are the reader's own words. */
const BOOST: Record<(typeof SEARCH_FIELDS)[number], number> = {
  title: 4,
  authors: 3,
  tags: 2.5,
  text: 1,
  pageNote: 2,
  highlightNotes: 2,
};
const FIELD_BOOSTS = SEARCH_FIELDS.map((field) => BOOST[field]);

/** Okapi BM25+ with MiniSearch's parameters (k, b, delta), so rankings feel as they did with it. */
const K = 1.2;
const B = 0.7;
const DELTA = 0.5;
/** A prefix or typo match ranks below the exact word. */
const PREFIX_WEIGHT = 0.6;
const FUZZY_WEIGHT = 0.3;
/** Each word may be the start of a longer one once it says something; long words tolerate typos. */
const MIN_PREFIX_LENGTH = 3;
const MIN_FUZZY_LENGTH = 6;
const FUZZY_FRACTION = 0.15;

/** What a query needs to know about the index; `partition` may read storage (and cache what it read). */
export interface QueryableIndex {
  partition(part: string): Promise<readonly PartitionPiece[]>;
  /** One past the highest document number. */
  size(): number;
  isLive(doc: number): boolean;
  fieldLength(doc: number, field: number): number;
  averageFieldLength(field: number): number;
  liveCount(): number;
}

export interface ScoredDoc {
  doc: number;
  score: number;
}

/**
 * Documents matching every word of `query` (each exactly, as the start of a longer word, or — for long words —
 * with a typo in the same partition), best first. Function words and empty queries match nothing.
 */
export async function rankDocuments(index: QueryableIndex, query: string): Promise<ScoredDoc[]> {
  const words = queryTerms(query);
  if (words.length === 0) return [];
  const size = index.size();
  // Scores per document number: typed arrays instead of maps keep a query over thousands of hits in a few ms.
  let combined: Float64Array | null = null;
  for (const word of words) {
    const scores = await scoreWord(index, word, size);
    if (combined === null) combined = scores;
    else
      for (let doc = 0; doc < size; doc += 1)
        combined[doc] = combined[doc]! > 0 && scores[doc]! > 0 ? combined[doc]! + scores[doc]! : 0;
  }
  const ranked: ScoredDoc[] = [];
  combined!.forEach((score, doc) => {
    if (score > 0) ranked.push({ doc, score });
  });
  return ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
}

/** Where one matching term's postings are, per segment, and how much a match through it counts. */
interface TermMatch {
  weight: number;
  places: { piece: PartitionPiece; index: number }[];
}

/** Index terms a query word stands for, with the weight of each kind of match. */
function matchingTerms(pieces: readonly PartitionPiece[], word: string): Map<string, TermMatch> {
  const matches = new Map<string, TermMatch>();
  const add = (term: string, weight: number, piece: PartitionPiece, index: number) => {
    const match = matches.get(term);
    if (match) {
      match.weight = Math.max(match.weight, weight);
      match.places.push({ piece, index });
    } else matches.set(term, { weight, places: [{ piece, index }] });
  };
  const maxDistance = word.length >= MIN_FUZZY_LENGTH ? Math.round(word.length * FUZZY_FRACTION) : 0;
  for (const piece of pieces) {
    const { terms } = piece;
    const start = lowerBound(terms, word);
    let end = start;
    if (terms[start] === word) add(word, 1, piece, (end = start + 1) - 1);
    if (word.length >= MIN_PREFIX_LENGTH) {
      for (; end < terms.length && terms[end]!.startsWith(word); end += 1) {
        const term = terms[end]!;
        add(
          term,
          (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - word.length)),
          piece,
          end,
        );
      }
    }
    if (maxDistance === 0) continue;
    terms.forEach((term, index) => {
      if ((index >= start && index < end) || Math.abs(term.length - word.length) > maxDistance) return;
      const distance = boundedEditDistance(word, term, maxDistance);
      if (distance <= maxDistance)
        add(term, (FUZZY_WEIGHT * term.length) / (term.length + distance), piece, index);
    });
  }
  return matches;
}

/** Walks one term's postings in one segment: `visit(doc, mask, reader)` must read the mask's counts. */
function walkPostings(
  piece: PartitionPiece,
  index: number,
  visit: (doc: number, mask: number, reader: ByteReader) => void,
): void {
  const reader = new ByteReader(piece.postings, piece.offsets[index]!, piece.offsets[index + 1]!);
  let doc = piece.firstDoc;
  while (!reader.done) {
    const gap = reader.readVarint();
    doc += Math.floor(gap / 2);
    visit(doc, gap % 2 === 1 ? reader.readByte() : TEXT_ONLY, reader);
  }
}

function skipCounts(mask: number, reader: ByteReader): void {
  for (let field = 0; field < FIELD_COUNT; field += 1) if (mask & (1 << field)) reader.readVarint();
}

async function scoreWord(index: QueryableIndex, word: string, size: number): Promise<Float64Array> {
  const pieces = await index.partition(partitionOf(word));
  const scores = new Float64Array(size);
  const total = index.liveCount();
  const averages = Array.from({ length: FIELD_COUNT }, (_, field) => index.averageFieldLength(field) || 1);
  for (const { weight, places } of matchingTerms(pieces, word).values()) {
    // First pass: in how many live documents each field has the term (the rarer, the more a match says).
    const matching = new Array<number>(FIELD_COUNT).fill(0);
    for (const { piece, index: at } of places)
      walkPostings(piece, at, (doc, mask, reader) => {
        const live = index.isLive(doc);
        for (let field = 0; field < FIELD_COUNT; field += 1) {
          if (!(mask & (1 << field))) continue;
          reader.readVarint();
          if (live) matching[field]! += 1;
        }
      });
    const idf = matching.map((count) => Math.log(1 + (total - count + 0.5) / (count + 0.5)));
    for (const { piece, index: at } of places)
      walkPostings(piece, at, (doc, mask, reader) => {
        if (!index.isLive(doc) || doc >= size) return skipCounts(mask, reader);
        let score = 0;
        for (let field = 0; field < FIELD_COUNT; field += 1) {
          if (!(mask & (1 << field))) continue;
          const frequency = reader.readVarint();
          const norm = 1 - B + (B * index.fieldLength(doc, field)) / averages[field]!;
          score +=
            FIELD_BOOSTS[field]! * idf[field]! * (DELTA + (frequency * (K + 1)) / (frequency + K * norm));
        }
        scores[doc]! += weight * score;
      });
  }
  return scores;
}
