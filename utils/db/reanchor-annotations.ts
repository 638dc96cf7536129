import { anchor } from '../anchoring/anchor';
import { describeRange } from '../anchoring/describe-range';
import type { AnnotationRecord, EpochMs } from './records';

export interface ReanchorSummary {
  /** Annotations on the article; all of them are kept, anchored or not. */
  total: number;
  /** Now without a place in the text (including ones that already were). */
  orphaned: number;
  /** Anchored before, not any more. */
  newlyOrphaned: number;
  /** Orphaned before, found again. */
  restored: number;
}

function sameSelectors(a: AnnotationRecord['selectors'], b: AnnotationRecord['selectors']): boolean {
  return (
    a.position.start === b.position.start &&
    a.position.end === b.position.end &&
    a.quote.exact === b.quote.exact &&
    a.quote.prefix === b.quote.prefix &&
    a.quote.suffix === b.quote.suffix
  );
}

/**
 * Re-anchors annotations against an article's new text. Returns only the records that changed, so a re-clip
 * rewrites nothing it does not have to. Annotations that cannot be anchored keep their last selectors: they still
 * describe the quote, and may anchor again after a later re-clip.
 */
export function reanchorAnnotations(
  annotations: readonly AnnotationRecord[],
  newText: string,
  now: EpochMs,
): { changed: AnnotationRecord[]; summary: ReanchorSummary } {
  const changed: AnnotationRecord[] = [];
  const summary: ReanchorSummary = { total: annotations.length, orphaned: 0, newlyOrphaned: 0, restored: 0 };
  for (const annotation of annotations) {
    const found = anchor(newText, annotation.selectors);
    if (found === null) {
      summary.orphaned++;
      if (!annotation.orphaned) {
        summary.newlyOrphaned++;
        changed.push({ ...annotation, orphaned: true, updatedAt: now });
      }
      continue;
    }
    const selectors = describeRange(newText, found.start, found.end);
    if (annotation.orphaned) summary.restored++;
    if (annotation.orphaned || !sameSelectors(annotation.selectors, selectors)) {
      changed.push({ ...annotation, selectors, orphaned: false, updatedAt: now });
    }
  }
  return { changed, summary };
}
