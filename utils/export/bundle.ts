import type {
  AnnotationRecord,
  ArticleBodyRecord,
  ArticleRecord,
  EpochMs,
  ListEntryRecord,
  ReadingListRecord,
  SettingRecord,
} from '../db/records';

/** One article with everything the reader added to it, as every export format needs it. */
export interface ExportArticle {
  article: ArticleRecord;
  /** Null for entries that were imported from a read-later service and have not been clipped yet. */
  body: ArticleBodyRecord | null;
  /** In reading order, orphaned highlights last (see `compareAnnotations` in utils/db/annotations). */
  annotations: AnnotationRecord[];
}

export interface ExportList {
  list: ReadingListRecord;
  /** Ordered by position. */
  entries: ListEntryRecord[];
}

/**
 * Plain data, read in one snapshot: the exporters are pure functions over this, so they run the same in the side
 * panel, a worker, the benchmark and the unit tests.
 */
export interface ExportBundle {
  /** In the order the export should show them (list order for a reading list). */
  articles: ExportArticle[];
  lists: ExportList[];
  settings: SettingRecord[];
  schemaVersion: number;
  exportedAt: EpochMs;
}

/** The reading list this export was made from, when it is exactly one list: it names the index file. */
export function singleList(bundle: ExportBundle): ReadingListRecord | null {
  return bundle.lists.length === 1 ? (bundle.lists[0]?.list ?? null) : null;
}
