import { authorDisplayNames } from '../extract/names/author-name';
import { partialDateYear } from '../extract/partial-date';
import type { Article } from '../extract/types';
import type { ArticleRecord, ExtractedValues } from './records';
import { titleSortKey } from './title-sort';

/**
 * The fields a reader can correct, read off an extracted Article (the extractor's values) or off a record (the
 * values in force, corrections already applied).
 */
export function correctableValues(article: Pick<Article, keyof ExtractedValues>): ExtractedValues {
  return {
    title: article.title,
    authorNames: article.authorNames,
    published: article.published,
    siteName: article.siteName,
  };
}

/**
 * The record with the extractor's values where the reader corrected nothing and the reader's values where they
 * did, and every field derived from them (display names, sort key, year) recomputed. The one place that decides
 * what is in force, so clip, re-clip, correction and import cannot disagree.
 */
export function applyOverrides(record: ArticleRecord, extracted: ExtractedValues): ArticleRecord {
  const overrides = record.overrides ?? {};
  const effective: ExtractedValues = { ...extracted, ...overrides };
  const authors = authorDisplayNames(effective.authorNames);
  return {
    ...record,
    title: effective.title,
    authorNames: effective.authorNames,
    authors,
    author: authors.length ? authors.join(', ') : null,
    published: effective.published,
    siteName: effective.siteName,
    titleSort: titleSortKey(effective.title),
    year: partialDateYear(effective.published),
    overrides,
    extracted,
  };
}
