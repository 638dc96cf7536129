import { SEARCH_FIELDS } from './search-documents';

/**
 * The stored index is a set of pieces (rows of the `searchIndex` store, each `{ key, piece }`), so that opening
 * the panel reads a small manifest and the document table, and a query reads only the partitions of its words:
 *
 * - `library`            the manifest: format, generation, segments, totals and the change marks;
 * - `d/<chunk>`          the document table, 1,024 documents a row: article id (null once deleted: a tombstone),
 *                        field lengths and annotation count;
 * - `t/<part>/<segment>` the postings of the terms starting with `<part>` (two letters) in one segment.
 *
 * A segment covers a consecutive range of document numbers; numbers are never reused, so a changed article is a
 * tombstone plus a new number, and merging neighbouring segments is a concatenation.
 *
 * Bump SEARCH_INDEX_FORMAT when anything changes what ends up in a piece (fields, folding, stop words, encoding):
 * an index of another format is discarded and rebuilt instead of being read with rules it was not built with.
 */
export const SEARCH_INDEX_FORMAT = 2;
export const MANIFEST_KEY = 'library';
export const DOCS_PER_CHUNK = 1024;
export const FIELD_COUNT = SEARCH_FIELDS.length;
/** The field mask of a posting in the article text only, the common case the encoding spends no byte on. */
export const TEXT_ONLY = 1 << SEARCH_FIELDS.indexOf('text');

/** An article or annotation id with the `updatedAt` it had when the index saw it. */
export type SeenRow = [id: string, updatedAt: number];

/** Where the last sync left off, so the next one reads only rows changed since (see utils/db/search-changes). */
export interface ChangeMarks {
  /** Highest `updatedAt` seen; the next sync reads from a little before it (see CHANGE_WINDOW_MS). */
  articleTime: number;
  /** The rows seen within that window, so that reading it again does not index them again. */
  articleSeen: SeenRow[];
  annotationTime: number;
  annotationSeen: SeenRow[];
  /** Row counts at that moment: a count that moves without a newer row means a deletion or a restore. */
  articleCount: number;
  annotationCount: number;
}

export interface SegmentInfo {
  id: number;
  firstDoc: number;
  /** One past the last document number. */
  endDoc: number;
  /** The partitions this segment has rows for, so a merge reads exactly those. */
  parts: string[];
}

export interface IndexManifest {
  format: number;
  /** Bumped by every write: a writer that finds another generation than it read reloads instead of clobbering. */
  generation: number;
  nextDoc: number;
  nextSegment: number;
  segments: SegmentInfo[];
  marks: ChangeMarks;
  savedAt: number;
}

export interface DocChunk {
  /** Article id per document number in this chunk; null for a deleted or replaced one. */
  ids: (string | null)[];
  /** FIELD_COUNT lengths (in terms) per document, in SEARCH_FIELDS order. */
  lengths: number[];
  annotationCounts: number[];
}

export interface PartitionPiece {
  /** The first document number of the segment: postings are stored as gaps from it. */
  firstDoc: number;
  /** Sorted terms; postings of terms[i] are bytes offsets[i]..offsets[i + 1]. */
  terms: string[];
  offsets: Uint32Array;
  postings: Uint8Array;
}

export interface StoredPiece {
  key: string;
  piece: unknown;
}

export const docChunkKey = (chunk: number) => `d/${String(chunk).padStart(6, '0')}`;
export const partitionPrefix = (part: string) => `t/${part}/`;
export const partitionKey = (part: string, segment: number) =>
  `${partitionPrefix(part)}${String(segment).padStart(6, '0')}`;

/** Thrown for a piece that is missing, of a foreign shape or inconsistent: the index is rebuilt, never trusted. */
export class CorruptIndexError extends Error {
  override name = 'CorruptIndexError';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

const isSeenRows = (value: unknown): value is SeenRow[] =>
  Array.isArray(value) &&
  value.every((row) => Array.isArray(row) && typeof row[0] === 'string' && typeof row[1] === 'number');

function isMarks(value: unknown): value is ChangeMarks {
  return (
    isRecord(value) &&
    typeof value.articleTime === 'number' &&
    isSeenRows(value.articleSeen) &&
    typeof value.annotationTime === 'number' &&
    isSeenRows(value.annotationSeen) &&
    isCount(value.articleCount) &&
    isCount(value.annotationCount)
  );
}

function isSegment(value: unknown): value is SegmentInfo {
  return (
    isRecord(value) &&
    isCount(value.id) &&
    isCount(value.firstDoc) &&
    isCount(value.endDoc) &&
    value.endDoc >= value.firstDoc &&
    isStrings(value.parts)
  );
}

/** The manifest, or null when there is none or it has another format (both mean: rebuild). */
export function readManifestPiece(value: unknown): IndexManifest | null {
  if (!isRecord(value) || value.format !== SEARCH_INDEX_FORMAT) return null;
  if (
    !isCount(value.generation) ||
    !isCount(value.nextDoc) ||
    !isCount(value.nextSegment) ||
    !Array.isArray(value.segments) ||
    !value.segments.every(isSegment) ||
    !isMarks(value.marks)
  )
    throw new CorruptIndexError('Search index manifest is malformed');
  return value as unknown as IndexManifest;
}

export function readDocChunkPiece(value: unknown): DocChunk {
  if (
    !isRecord(value) ||
    !Array.isArray(value.ids) ||
    !value.ids.every((id) => id === null || typeof id === 'string') ||
    !Array.isArray(value.lengths) ||
    value.lengths.length !== value.ids.length * FIELD_COUNT ||
    !Array.isArray(value.annotationCounts) ||
    value.annotationCounts.length !== value.ids.length
  )
    throw new CorruptIndexError('Search index document table is malformed');
  return value as unknown as DocChunk;
}

export function readPartitionPiece(value: unknown): PartitionPiece {
  if (
    !isRecord(value) ||
    !isCount(value.firstDoc) ||
    !isStrings(value.terms) ||
    !(value.offsets instanceof Uint32Array) ||
    !(value.postings instanceof Uint8Array) ||
    value.offsets.length !== value.terms.length + 1 ||
    value.offsets[value.terms.length] !== value.postings.length
  )
    throw new CorruptIndexError('Search index partition is malformed');
  return value as unknown as PartitionPiece;
}
