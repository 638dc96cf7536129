import type { ChangeMarks, StoredPiece } from '../../utils/search/index-pieces';
import { windowStart } from '../../utils/search/change-plan';
import type { SearchDocument } from '../../utils/search/search-documents';
import type { IndexableArticle, SearchStore } from '../../utils/search/search-store';

/**
 * A SearchStore over plain maps, for tests of the engine itself (ranking, folding, prefixes) without Dexie:
 * documents are put directly, each with a later `updatedAt`, and pieces are cloned as IndexedDB would clone them.
 */
export class MemorySearchStore implements SearchStore {
  readonly pieces = new Map<string, unknown>();
  private readonly documents = new Map<string, { document: SearchDocument; updatedAt: number }>();
  private clock = 1;
  private readonly listeners = new Set<() => void>();

  put(document: SearchDocument): void {
    this.documents.set(document.id, { document, updatedAt: (this.clock += 10_000) });
    for (const listener of this.listeners) listener();
  }

  remove(id: string): void {
    this.documents.delete(id);
    for (const listener of this.listeners) listener();
  }

  readManifest = () => Promise.resolve(structuredClone(this.pieces.get('library')));

  readDocChunks = () => Promise.resolve(this.rows('d/'));

  readPartition = (part: string) => Promise.resolve(this.rows(`t/${part}/`).map((row) => row.piece));

  readPieces = (keys: readonly string[]) =>
    Promise.resolve(keys.map((key) => structuredClone(this.pieces.get(key))));

  commit(expected: number, puts: readonly StoredPiece[], deletes: readonly string[]): Promise<boolean> {
    const manifest = this.pieces.get('library') as { generation?: number } | undefined;
    if ((manifest?.generation ?? 0) !== expected) return Promise.resolve(false);
    for (const key of deletes) this.pieces.delete(key);
    for (const { key, piece } of puts) this.pieces.set(key, structuredClone(piece));
    return Promise.resolve(true);
  }

  clear(): Promise<void> {
    this.pieces.clear();
    return Promise.resolve();
  }

  readChanges(marks: ChangeMarks) {
    const from = windowStart(marks.articleTime);
    const articles = [...this.documents.values()]
      .filter((entry) => entry.updatedAt >= from)
      .map((entry) => ({ id: entry.document.id, updatedAt: entry.updatedAt }));
    return Promise.resolve({
      articles,
      annotations: [],
      articleCount: this.documents.size,
      annotationCount: 0,
    });
  }

  readArticleIds = () => Promise.resolve([...this.documents.keys()]);

  readAnnotationCounts = () => Promise.resolve(new Map<string, number>());

  loadArticles = (ids: readonly string[]) =>
    Promise.resolve(
      ids.flatMap((id): IndexableArticle[] => {
        const entry = this.documents.get(id);
        return entry ? [{ document: entry.document, annotationCount: 0 }] : [];
      }),
    );

  watch(onChange: () => void): () => void {
    this.listeners.add(onChange);
    onChange();
    return () => this.listeners.delete(onChange);
  }

  private rows(prefix: string): StoredPiece[] {
    return [...this.pieces.keys()]
      .filter((key) => key.startsWith(prefix))
      .sort()
      .map((key) => ({ key, piece: structuredClone(this.pieces.get(key)) }));
  }
}
