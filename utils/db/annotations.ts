import { describeRange } from '../anchoring/describe-range';
import { getDb } from './connection';
import type { AnnotationRecord, HighlightColour } from './records';
import type { RandnotizDb } from './schema';
import { guardStorage, StorageError } from './storage-errors';

export interface NewAnnotation {
  articleId: string;
  /** Offsets into the article's stored plain text, as the reader view computed them from the selection. */
  start: number;
  end: number;
  colour: HighlightColour;
  note?: string;
}

export interface AnnotationChanges {
  colour?: HighlightColour;
  note?: string;
}

/**
 * Reading order as the panel shows it: by position in the text, then the orphaned ones (position unknown), which
 * the panel lists separately. Exports use the same order.
 */
export function compareAnnotations(a: AnnotationRecord, b: AnnotationRecord): number {
  if (a.orphaned !== b.orphaned) return a.orphaned ? 1 : -1;
  return a.selectors.position.start - b.selectors.position.start || a.createdAt - b.createdAt;
}

/** Selectors are built from the text stored in the same transaction, so they cannot describe another version. */
export async function createAnnotation(
  input: NewAnnotation,
  db: RandnotizDb = getDb(),
): Promise<AnnotationRecord> {
  return guardStorage(() =>
    db.transaction('rw', [db.bodies, db.annotations], async () => {
      const body = await db.bodies.get(input.articleId);
      if (!body) throw new StorageError('not-found', `No stored text for article ${input.articleId}`);
      let selectors;
      try {
        selectors = describeRange(body.text, input.start, input.end);
      } catch (error) {
        throw new StorageError('invalid-input', (error as Error).message, { cause: error });
      }
      const now = Date.now();
      const annotation: AnnotationRecord = {
        id: crypto.randomUUID(),
        articleId: input.articleId,
        selectors,
        quote: selectors.quote.exact,
        colour: input.colour,
        note: input.note ?? '',
        createdAt: now,
        updatedAt: now,
        orphaned: false,
      };
      await db.annotations.add(annotation);
      return annotation;
    }),
  );
}

export async function listAnnotations(
  articleId: string,
  db: RandnotizDb = getDb(),
): Promise<AnnotationRecord[]> {
  return guardStorage(async () => {
    const annotations = await db.annotations.where('articleId').equals(articleId).toArray();
    return annotations.sort(compareAnnotations);
  });
}

export async function updateAnnotation(
  id: string,
  changes: AnnotationChanges,
  db: RandnotizDb = getDb(),
): Promise<AnnotationRecord> {
  return guardStorage(() =>
    db.transaction('rw', db.annotations, async () => {
      const existing = await db.annotations.get(id);
      if (!existing) throw new StorageError('not-found', `No annotation ${id}`);
      const updated: AnnotationRecord = {
        ...existing,
        ...(changes.colour !== undefined ? { colour: changes.colour } : {}),
        ...(changes.note !== undefined ? { note: changes.note } : {}),
        updatedAt: Date.now(),
      };
      await db.annotations.put(updated);
      return updated;
    }),
  );
}

/** Returns the removed annotation so the UI can offer undo; null if it was already gone. */
export async function deleteAnnotation(
  id: string,
  db: RandnotizDb = getDb(),
): Promise<AnnotationRecord | null> {
  return guardStorage(() =>
    db.transaction('rw', db.annotations, async () => {
      const existing = await db.annotations.get(id);
      if (!existing) return null;
      await db.annotations.delete(id);
      return existing;
    }),
  );
}

/** Undo for `deleteAnnotation`; refuses when the article itself has been deleted since. */
export async function restoreAnnotation(
  annotation: AnnotationRecord,
  db: RandnotizDb = getDb(),
): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', [db.articles, db.annotations], async () => {
      if (!(await db.articles.get(annotation.articleId))) {
        throw new StorageError('not-found', `Article ${annotation.articleId} no longer exists`);
      }
      await db.annotations.put(annotation);
    }),
  );
}
