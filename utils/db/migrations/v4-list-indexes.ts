import type { Transaction } from 'dexie';
import { articleIndexKeys } from '../article-index-keys';
import { FACET_STORE, countFacets } from '../library-facet-counts';
import type { ArticleRecord } from '../records';

/**
 * v3 → v4: every article row gains the index keys the new compound indexes read (publication date or '', and the
 * tag entries); IndexedDB then fills the new indexes from them. The facet counts are counted from the same rows. Computed here explicitly, from the row alone, so the
 * migration does not depend on the write middleware being installed.
 */
export async function upgradeToV4(transaction: Transaction): Promise<void> {
  const rows: ArticleRecord[] = [];
  await transaction
    .table('articles')
    .toCollection()
    .modify((row: ArticleRecord) => {
      Object.assign(row, articleIndexKeys(row));
      rows.push(row);
    });
  await transaction.table(FACET_STORE).bulkPut(countFacets(rows));
}
