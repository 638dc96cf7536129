import type { ChangeMarks, SeenRow } from './index-pieces';
import type { LibraryChanges } from './search-store';

/**
 * Every context stamps `updatedAt` from its own clock before its transaction commits, so a row can land a moment
 * after a newer one was read. Each sync therefore reads back this far behind its mark and skips the rows it has
 * already seen with the same time.
 */
export const CHANGE_WINDOW_MS = 5_000;

/** What a sync has to do, worked out from the rows changed since the marks and the row counts. */
export interface ChangePlan {
  /** Articles to (re)index: updated since the marks, or one of their annotations was. */
  changed: Set<string>;
  /** The article count does not add up: something was deleted (or restored with an old time). */
  checkArticles: boolean;
  /**
   * Annotations expected minus annotations found: 0 when the changes explain the count; the annotations of deleted
   * articles explain a positive gap; anything else (an annotation deleted or restored) calls for a check.
   */
  annotationGap: number;
  marks: ChangeMarks;
}

export const INITIAL_MARKS: ChangeMarks = {
  articleTime: 0,
  articleSeen: [],
  annotationTime: 0,
  annotationSeen: [],
  articleCount: 0,
  annotationCount: 0,
};

export const windowStart = (time: number) => Math.max(0, time - CHANGE_WINDOW_MS);

const seenKey = (id: string, updatedAt: number) => `${updatedAt}:${id}`;

/** The new mark for `rows` read from the window of `time`, and the rows it must remember. */
function advance(rows: readonly { id: string; updatedAt: number }[], time: number) {
  let newest = time;
  for (const row of rows) newest = Math.max(newest, row.updatedAt);
  const from = windowStart(newest);
  const seen: SeenRow[] = rows.filter((row) => row.updatedAt >= from).map((row) => [row.id, row.updatedAt]);
  return { time: newest, seen };
}

/**
 * `changes` holds the rows with `updatedAt >= windowStart(mark)`; those already seen are skipped, and a row count
 * that differs from what the changes explain calls for the (keys-only) check for deletions and restores.
 */
export function planChanges(
  marks: ChangeMarks,
  changes: LibraryChanges,
  isIndexed: (articleId: string) => boolean,
  indexedCount: number,
): ChangePlan {
  const seenArticles = new Set(marks.articleSeen.map(([id, time]) => seenKey(id, time)));
  const seenAnnotations = new Set(marks.annotationSeen.map(([id, time]) => seenKey(id, time)));
  const annotationIdsSeen = new Set(marks.annotationSeen.map(([id]) => id));
  const articles = changes.articles.filter((row) => !seenArticles.has(seenKey(row.id, row.updatedAt)));
  const annotations = changes.annotations.filter(
    (row) => !seenAnnotations.has(seenKey(row.id, row.updatedAt)),
  );
  const changed = new Set<string>([
    ...articles.map((row) => row.id),
    ...annotations.map((row) => row.articleId),
  ]);
  const added = articles.filter((row) => !isIndexed(row.id)).length;
  const created = annotations.filter(
    (row) => row.createdAt >= windowStart(marks.annotationTime) && !annotationIdsSeen.has(row.id),
  ).length;
  const articleMark = advance(changes.articles, marks.articleTime);
  const annotationMark = advance(changes.annotations, marks.annotationTime);
  return {
    changed,
    checkArticles: changes.articleCount !== indexedCount + added,
    annotationGap: marks.annotationCount + created - changes.annotationCount,
    marks: {
      articleTime: articleMark.time,
      articleSeen: articleMark.seen,
      annotationTime: annotationMark.time,
      annotationSeen: annotationMark.seen,
      articleCount: changes.articleCount,
      annotationCount: changes.annotationCount,
    },
  };
}
