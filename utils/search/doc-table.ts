import {
  docChunkKey,
  DOCS_PER_CHUNK,
  FIELD_COUNT,
  readDocChunkPiece,
  type DocChunk,
  type StoredPiece,
} from './index-pieces';

/**
 * The index's document table in memory: document number → article id (null once deleted or replaced), field
 * lengths and annotation count, plus the reverse map. Small (tens of bytes a document), read whole on open.
 */
export class DocTable {
  private ids: (string | null)[] = [];
  private lengths: number[] = [];
  private annotationCounts: number[] = [];
  private readonly docOf = new Map<string, number>();
  private readonly fieldTotals = new Array<number>(FIELD_COUNT).fill(0);
  private readonly dirtyChunks = new Set<number>();

  static fromPieces(pieces: readonly StoredPiece[], nextDoc: number): DocTable {
    const table = new DocTable();
    pieces.forEach(({ key, piece }, chunk) => {
      if (key !== docChunkKey(chunk)) throw new RangeError(`Document table piece ${key} out of order`);
      const { ids, lengths, annotationCounts } = readDocChunkPiece(piece);
      ids.forEach((id, offset) => {
        const doc = chunk * DOCS_PER_CHUNK + offset;
        table.ids[doc] = null;
        table.annotationCounts[doc] = annotationCounts[offset]!;
        for (let field = 0; field < FIELD_COUNT; field += 1)
          table.lengths[doc * FIELD_COUNT + field] = lengths[offset * FIELD_COUNT + field]!;
        if (id !== null) table.setLive(doc, id);
      });
    });
    if (table.ids.length !== nextDoc) throw new RangeError('Document table and manifest disagree');
    table.dirtyChunks.clear();
    return table;
  }

  get size(): number {
    return this.ids.length;
  }

  get liveCount(): number {
    return this.docOf.size;
  }

  articleIds(): IterableIterator<string> {
    return this.docOf.keys();
  }

  has(articleId: string): boolean {
    return this.docOf.has(articleId);
  }

  isLive(doc: number): boolean {
    return this.ids[doc] != null;
  }

  articleOf(doc: number): string | null {
    return this.ids[doc] ?? null;
  }

  annotationCountOf(articleId: string): number {
    const doc = this.docOf.get(articleId);
    return doc === undefined ? 0 : this.annotationCounts[doc]!;
  }

  fieldLength(doc: number, field: number): number {
    return this.lengths[doc * FIELD_COUNT + field] ?? 0;
  }

  averageFieldLength(field: number): number {
    return this.docOf.size === 0 ? 0 : this.fieldTotals[field]! / this.docOf.size;
  }

  /** Appends a document; the caller indexes it under the returned number. */
  add(articleId: string, lengths: readonly number[], annotationCount: number): number {
    const doc = this.ids.length;
    this.ids.push(null);
    this.annotationCounts.push(annotationCount);
    for (const length of lengths) this.lengths.push(length);
    this.setLive(doc, articleId);
    return doc;
  }

  /** Tombstones the article's document, if any: its postings are skipped until a merge drops them. */
  remove(articleId: string): void {
    const doc = this.docOf.get(articleId);
    if (doc === undefined) return;
    this.docOf.delete(articleId);
    this.ids[doc] = null;
    for (let field = 0; field < FIELD_COUNT; field += 1)
      this.fieldTotals[field]! -= this.fieldLength(doc, field);
    this.dirtyChunks.add(Math.floor(doc / DOCS_PER_CHUNK));
  }

  /** The chunks changed since the last call, as pieces to store. */
  takeDirtyPieces(): StoredPiece[] {
    const pieces = [...this.dirtyChunks].sort((a, b) => a - b).map((chunk) => this.chunkPiece(chunk));
    this.dirtyChunks.clear();
    return pieces;
  }

  private setLive(doc: number, articleId: string): void {
    this.ids[doc] = articleId;
    this.docOf.set(articleId, doc);
    for (let field = 0; field < FIELD_COUNT; field += 1)
      this.fieldTotals[field]! += this.fieldLength(doc, field);
    this.dirtyChunks.add(Math.floor(doc / DOCS_PER_CHUNK));
  }

  private chunkPiece(chunk: number): StoredPiece {
    const start = chunk * DOCS_PER_CHUNK;
    const end = Math.min(start + DOCS_PER_CHUNK, this.ids.length);
    const piece: DocChunk = {
      ids: this.ids.slice(start, end),
      lengths: this.lengths.slice(start * FIELD_COUNT, end * FIELD_COUNT),
      annotationCounts: this.annotationCounts.slice(start, end),
    };
    return { key: docChunkKey(chunk), piece };
  }
}
