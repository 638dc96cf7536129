import type { Transaction } from 'dexie';
import { parseAuthorName } from '../../extract/names/parse-author-name';
import { PROVENANCE_FIELDS, type AuthorName, type Provenance } from '../../extract/types';
import { applyOverrides, correctableValues } from '../metadata-overrides';
import type { ArticleRecord } from '../records';

/** What a v2 row looked like: authors as display strings, no provenance, no corrections. */
type V2Article = Omit<ArticleRecord, 'authorNames' | 'provenance' | 'overrides' | 'extracted'>;

const BEFORE_PROVENANCE = 'clipped before provenance was recorded';

/** Authors as the v2 extractor showed them, now as citation names; a string that no longer parses stays literal. */
export function namesFromDisplayStrings(authors: readonly string[]): AuthorName[] {
  return authors
    .filter((author) => author.trim() !== '')
    .map((author) => parseAuthorName(author) ?? { literal: author.trim() });
}

/** Nothing is known of how a v2 value was found: "unknown" where there is a value, "none" where there is not. */
export function provenanceBeforeV3(
  row: Pick<V2Article, 'title' | 'authors' | 'published' | 'modified' | 'siteName'>,
): Provenance {
  const has: Record<(typeof PROVENANCE_FIELDS)[number], boolean> = {
    title: row.title !== '',
    authors: (row.authors ?? []).length > 0,
    published: row.published !== null,
    modified: row.modified !== null,
    siteName: row.siteName !== null,
  };
  return Object.fromEntries(
    PROVENANCE_FIELDS.map((field) => [
      field,
      has[field]
        ? { source: 'unknown', confidence: 'medium', reason: BEFORE_PROVENANCE }
        : { source: 'none', confidence: 'low', reason: BEFORE_PROVENANCE },
    ]),
  ) as Provenance;
}

/**
 * v2 → v3: every article gains citation names, provenance, an empty set of corrections and its extracted values;
 * display names are then derived from the parsed names ("Prof. Dr. Anna Schmidt" reads "Anna Schmidt"), the same
 * way a backup import derives them.
 */
export function articleToV3(row: V2Article): ArticleRecord {
  const authorNames = namesFromDisplayStrings(row.authors ?? []);
  const extracted = correctableValues({ ...row, authorNames });
  return applyOverrides(
    { ...row, authorNames, provenance: provenanceBeforeV3(row), overrides: {}, extracted },
    extracted,
  );
}

export async function upgradeToV3(transaction: Transaction): Promise<void> {
  await transaction
    .table('articles')
    .toCollection()
    .modify((row: ArticleRecord) => {
      Object.assign(row, articleToV3(row));
    });
}
