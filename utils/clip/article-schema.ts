import * as v from 'valibot';
import { READERABLE_REASONS } from '../extract/types';
import type { Article } from '../extract';

const nullableString = v.nullable(v.string());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * What a content script hands back crosses from a page's renderer into the background, so its shape is checked
 * rather than trusted. Kept equal to `Article` by the compile-time check below: a new Article field fails `tsc`
 * here instead of being silently stripped on the way out of the page.
 */
export const articleSchema = v.object({
  title: v.string(),
  author: nullableString,
  authors: v.array(v.string()),
  published: nullableString,
  modified: nullableString,
  lang: nullableString,
  siteName: nullableString,
  canonicalUrl: v.string(),
  excerpt: nullableString,
  leadImage: nullableString,
  wordCount: count,
  readingTimeMinutes: count,
  readerable: v.boolean(),
  reason: v.picklist(READERABLE_REASONS),
  text: v.string(),
  html: v.string(),
});

type SchemaArticle = v.InferOutput<typeof articleSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const articleSchemaMatchesArticle: Same<SchemaArticle, Article> = true;
void articleSchemaMatchesArticle;
