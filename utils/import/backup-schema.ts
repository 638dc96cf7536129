import * as v from 'valibot';
import { articleSchema, authorNameSchema } from '../clip/article-schema';
import { authorDisplayName } from '../extract/names/author-name';
import { parsePartialDate } from '../extract/partial-date';
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

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and a real calendar date (no month 13, no 31 June), or null. */
const partialDate = v.nullable(
  v.pipe(
    v.string(),
    v.check(
      (value) => parsePartialDate(value) !== null,
      'not a date of the form YYYY, YYYY-MM or YYYY-MM-DD',
    ),
  ),
);
const title = v.pipe(v.string(), v.minLength(1));
const authorNames = v.array(
  v.pipe(
    v.union(
      authorNameSchema.options,
      'not a name: expected { literal } for an organisation or { family, given } for a person',
    ),
    v.check((name) => authorDisplayName(name).trim() !== '', 'not a name: it is empty'),
  ),
);
const siteName = v.nullable(v.string());

/** The reader's corrections: only the correctable fields, each optional; anything else is refused. */
const overridesSchema = v.strictObject({
  title: v.optional(title),
  authorNames: v.optional(authorNames),
  published: v.optional(partialDate),
  siteName: v.optional(siteName),
});

const extractedSchema = v.strictObject({ title: v.string(), authorNames, published: partialDate, siteName });

/** An article row as format 1 wrote it: authors as display strings only, no provenance, no corrections. */
const articleRecordV1Schema = v.object({
  ...v.omit(articleSchema, ['html', 'text', 'authorNames', 'provenance']).entries,
  published: partialDate,
  modified: partialDate,
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

/** Format 2 adds the citation names, where each value came from, the reader's corrections and the extractor's values. */
const articleRecordSchema = v.object({
  ...articleRecordV1Schema.entries,
  authorNames,
  provenance: articleSchema.entries.provenance,
  overrides: overridesSchema,
  extracted: extractedSchema,
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

/** A backup file's rows, in the order they are checked (the first problem is the one reported). */
function backupSchema<TVersion extends number, TArticle extends v.GenericSchema>(
  formatVersion: TVersion,
  article: TArticle,
) {
  return v.object({
    format: v.literal('randnotiz-backup'),
    formatVersion: v.literal(formatVersion),
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
    articles: v.array(article),
    bodies: v.array(bodySchema),
    annotations: v.array(annotationSchema),
    readingLists: v.array(readingListSchema),
    listEntries: v.array(listEntrySchema),
    settings: v.array(settingSchema),
  });
}

/** A format-1 backup (written before issue 9); the envelope (format, versions) is checked before this runs. */
export const backupV1Schema = backupSchema(1, articleRecordV1Schema);
/** A format-2 backup, as this version writes it. */
export const backupV2Schema = backupSchema(2, articleRecordSchema);

// A record field added to the database without being added here fails `tsc`, instead of being dropped on import.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Rows<K extends keyof v.InferOutput<typeof backupV2Schema>> = v.InferOutput<typeof backupV2Schema>[K];
const schemasMatchRecords: [
  Same<Rows<'articles'>[number], ArticleRecord>,
  Same<Rows<'bodies'>[number], ArticleBodyRecord>,
  Same<Rows<'annotations'>[number], AnnotationRecord>,
  Same<Rows<'readingLists'>[number], ReadingListRecord>,
  Same<Rows<'listEntries'>[number], ListEntryRecord>,
  Same<Omit<Rows<'settings'>[number], 'value'>, Omit<SettingRecord, 'value'>>,
] = [true, true, true, true, true, true];
void schemasMatchRecords;
