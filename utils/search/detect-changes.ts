import { planChanges } from './change-plan';
import type { DocTable } from './doc-table';
import type { ChangeMarks } from './index-pieces';
import type { SearchStore } from './search-store';

export interface DetectedChanges {
  /** Articles to (re)index. */
  changed: string[];
  /** Indexed articles no longer in the library. */
  deleted: string[];
  marks: ChangeMarks;
  /** Articles in the library. */
  total: number;
}

/**
 * What changed in the library since `marks`: rows with a newer `updatedAt` (index ranges), and — only when the
 * row counts do not add up — deletions and restores found by comparing keys, never by reading whole rows.
 */
export async function detectChanges(
  store: SearchStore,
  marks: ChangeMarks,
  docs: DocTable,
): Promise<DetectedChanges> {
  const changes = await store.readChanges(marks);
  const plan = planChanges(marks, changes, (id) => docs.has(id), docs.liveCount);
  const { changed } = plan;
  const deleted: string[] = [];
  if (plan.checkArticles) {
    const ids = new Set(await store.readArticleIds());
    for (const id of docs.articleIds()) if (!ids.has(id)) deleted.push(id);
    for (const id of ids) if (!docs.has(id)) changed.add(id);
  }
  // A deleted article takes its annotations with it: that part of a shrinking count needs no check.
  const explained = deleted.reduce((sum, id) => sum + docs.annotationCountOf(id), 0);
  if (plan.annotationGap !== explained) {
    const counts = await store.readAnnotationCounts();
    for (const id of docs.articleIds())
      if ((counts.get(id) ?? 0) !== docs.annotationCountOf(id)) changed.add(id);
  }
  for (const id of deleted) changed.delete(id);
  return { changed: [...changed], deleted, marks: plan.marks, total: changes.articleCount };
}
