import * as v from 'valibot';
import { parsePartialDate } from '../extract/partial-date';
import { CONFIDENCES, METADATA_SOURCES, READERABLE_REASONS } from '../extract/types';
import type { Article } from '../extract';

const nullableString = v.nullable(v.string());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a partial date, never anything a citation could misread. */
const partialDate = v.nullable(
  v.pipe(
    v.string(),
    v.check((date) => parsePartialDate(date) !== null, 'not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'),
  ),
);
const nameText = v.pipe(v.string(), v.maxLength(1000));

export const authorNameSchema = v.union([
  v.strictObject({ literal: nameText }),
  v.strictObject({
    family: nameText,
    given: nameText,
    'non-dropping-particle': v.optional(nameText),
    suffix: v.optional(nameText),
  }),
]);

const fieldProvenance = v.strictObject({
  source: v.picklist(METADATA_SOURCES),
  confidence: v.picklist(CONFIDENCES),
  reason: v.pipe(v.string(), v.maxLength(500)),
});

export const provenanceSchema = v.strictObject({
  title: fieldProvenance,
  authors: fieldProvenance,
  published: fieldProvenance,
  modified: fieldProvenance,
  siteName: fieldProvenance,
});

/**
 * What a content script hands back crosses from a page's renderer into the background, so its shape is checked
 * rather than trusted. Kept equal to `Article` by the compile-time check below: a new Article field fails `tsc`
 * here instead of being silently stripped on the way out of the page.
 */
export const articleSchema = v.object({
  title: v.string(),
  author: nullableString,
  authors: v.array(v.string()),
  authorNames: v.array(authorNameSchema),
  published: partialDate,
  modified: partialDate,
  lang: nullableString,
  siteName: nullableString,
  canonicalUrl: v.string(),
  excerpt: nullableString,
  leadImage: nullableString,
  wordCount: count,
  readingTimeMinutes: count,
  readerable: v.boolean(),
  reason: v.picklist(READERABLE_REASONS),
  provenance: provenanceSchema,
  text: v.string(),
  html: v.string(),
});

type SchemaArticle = v.InferOutput<typeof articleSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const articleSchemaMatchesArticle: Same<SchemaArticle, Article> = true;
void articleSchemaMatchesArticle;
