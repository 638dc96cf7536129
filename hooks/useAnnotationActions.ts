import { useMemo } from 'preact/hooks';
import {
  asStorageResult,
  createAnnotation,
  deleteAnnotation,
  restoreAnnotation,
  updateAnnotation,
  type AnnotationRecord,
  type HighlightColour,
  type StorageResult,
} from '@/utils/db';

export type { StorageResult } from '@/utils/db';

export interface AnnotationActions {
  /** `start`/`end` are offsets into the stored text. */
  create(
    start: number,
    end: number,
    colour: HighlightColour,
    note?: string,
  ): Promise<StorageResult<AnnotationRecord>>;
  setColour(id: string, colour: HighlightColour): Promise<StorageResult<AnnotationRecord>>;
  setNote(id: string, note: string): Promise<StorageResult<AnnotationRecord>>;
  /** The removed annotation comes back for undo. */
  remove(id: string): Promise<StorageResult<AnnotationRecord | null>>;
  restore(annotation: AnnotationRecord): Promise<StorageResult<void>>;
}

/** Annotation writes for one article; failures come back as values for the live region, never as exceptions. */
export function useAnnotationActions(articleId: string): AnnotationActions {
  return useMemo(
    () => ({
      create: (start, end, colour, note) =>
        asStorageResult(() => createAnnotation({ articleId, start, end, colour, note: note?.trim() ?? '' })),
      setColour: (id, colour) => asStorageResult(() => updateAnnotation(id, { colour })),
      setNote: (id, note) => asStorageResult(() => updateAnnotation(id, { note: note.trim() })),
      remove: (id) => asStorageResult(() => deleteAnnotation(id)),
      restore: (annotation) => asStorageResult(() => restoreAnnotation(annotation)),
    }),
    [articleId],
  );
}
