import * as v from 'valibot';
import { articleSchema } from '../clip/article-schema';
import {
  HIGHLIGHT_COLOURS,
  READING_STATUSES,
  type AnnotationRecord,
  type ArticleBodyRecord,
  type ArticleRecord,
  type ListEntryRecord,
  type ReadingListRecord,
  type SettingRecord,
} from '../db/records';

const epochMs = v.pipe(v.number(), v.finite());
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const id = v.pipe(v.string(), v.minLength(1));

const articleRecordSchema = v.object({
  ...v.omit(articleSchema, ['html', 'text']).entries,
  id,
  urlKey: v.pipe(v.string(), v.minLength(1)),
  aliasKeys: v.array(v.string()),
  titleSort: v.string(),
  year: v.nullable(v.pipe(v.number(), v.integer())),
  clippedAt: epochMs,
  updatedAt: epochMs,
  status: v.picklist(READING_STATUSES),
  tags: v.array(v.string()),
  pageNote: v.string(),
  source: v.object({
    pageUrl: v.string(),
    selections: v.array(v.object({ id, html: v.string(), savedAt: epochMs })),
  }),
  contentHash: v.nullable(v.string()),
  loadState: v.picklist(['loaded', 'pending']),
});

const bodySchema = v.object({ articleId: id, html: v.string(), text: v.string() });

const annotationSchema = v.object({
  id,
  articleId: id,
  selectors: v.object({
    quote: v.object({
      type: v.literal('TextQuoteSelector'),
      exact: v.string(),
      prefix: v.string(),
      suffix: v.string(),
    }),
    position: v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  }),
  quote: v.string(),
  colour: v.picklist(HIGHLIGHT_COLOURS),
  note: v.string(),
  createdAt: epochMs,
  updatedAt: epochMs,
  orphaned: v.boolean(),
});

const readingListSchema = v.object({
  id,
  name: v.string(),
  description: v.string(),
  createdAt: epochMs,
  updatedAt: epochMs,
});
const listEntrySchema = v.object({
  listId: id,
  articleId: id,
  position: v.pipe(v.number(), v.finite()),
  addedAt: epochMs,
});
const settingSchema = v.object({ key: id, value: v.unknown() });

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** The rows of a format-version-1 backup; the envelope (format, versions) is checked before this runs. */
export const backupV1Schema = v.object({
  format: v.literal('randnotiz-backup'),
  formatVersion: v.literal(1),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: epochMs,
  counts: v.object({
    articles: count,
    bodies: count,
    annotations: count,
    readingLists: count,
    listEntries: count,
    settings: count,
  }),
  articles: v.array(articleRecordSchema),
  bodies: v.array(bodySchema),
  annotations: v.array(annotationSchema),
  readingLists: v.array(readingListSchema),
  listEntries: v.array(listEntrySchema),
  settings: v.array(settingSchema),
});

// A record field added to the database without being added here fails `tsc`, instead of being dropped on import.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Rows<K extends keyof v.InferOutput<typeof backupV1Schema>> = v.InferOutput<typeof backupV1Schema>[K];
const schemasMatchRecords: [
  Same<Rows<'articles'>[number], ArticleRecord>,
  Same<Rows<'bodies'>[number], ArticleBodyRecord>,
  Same<Rows<'annotations'>[number], AnnotationRecord>,
  Same<Rows<'readingLists'>[number], ReadingListRecord>,
  Same<Rows<'listEntries'>[number], ListEntryRecord>,
  Same<Omit<Rows<'settings'>[number], 'value'>, Omit<SettingRecord, 'value'>>,
] = [true, true, true, true, true, true];
void schemasMatchRecords;
