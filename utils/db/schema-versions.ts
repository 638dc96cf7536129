import type { Transaction } from 'dexie';
import { upgradeToV3 } from './migrations/v3-structured-metadata';
import { upgradeToV4 } from './migrations/v4-list-indexes';

/** Dexie store definitions: primary key first, then indexes; `null` deletes a store in a later version. */
export type StoreDefinitions = Record<string, string | null>;

export interface SchemaVersion {
  version: number;
  /** Only the stores this version adds or changes, as Dexie expects. */
  stores: StoreDefinitions;
  /** Data migration, run inside the upgrade transaction. */
  upgrade?: (transaction: Transaction) => Promise<void>;
}

/**
 * Every schema the database has ever had, oldest first. APPEND ONLY: released versions live in users' browsers,
 * so an entry is never edited or removed. Each new version needs a fixture of the previous one in
 * `tests/fixtures/db/` and a migration test (see `tests/unit/db-migration.test.ts`).
 * Kept as data so that tests can recreate a database exactly as an old release left it.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      articles:
        'id, &urlKey, *aliasKeys, canonicalUrl, clippedAt, updatedAt, published, title, titleSort, siteName, status, year, *tags, loadState',
      bodies: 'articleId',
      annotations: 'id, articleId, updatedAt',
      readingLists: 'id, name, updatedAt',
      listEntries: '[listId+articleId], [listId+position], articleId',
      settings: 'key',
    },
  },
  {
    // Derived data only: the side panel's serialised full-text index, so it survives restarts without a rebuild.
    // Its own store keeps multi-megabyte blobs out of `settings`, which backups export.
    version: 2,
    stores: {
      searchIndex: 'key',
    },
  },
  {
    // Citation-ready metadata: authors as structured names (`authorNames`), where each value came from
    // (`provenance`), the reader's corrections (`overrides`) and the extractor's own values (`extracted`).
    // No index changes; every article row gains the new fields.
    version: 3,
    stores: {},
    upgrade: upgradeToV3,
  },
  {
    // The library list reads every filter + sort as one index range (no whole-table reads, no in-memory sorts):
    // filter value first, then the sort key, then the id so keys are unique for keyset pagination. Tags use
    // multiEntry indexes over `[tag, sort key, id]` entries (IndexedDB has no compound multiEntry index).
    // `publishedKey` is the date or '' (undated rows must be in the index to be listed at all). `libraryFacets`
    // counts the articles per tag, site and year, so the filter menus read a few rows, not three whole indexes.
    version: 4,
    stores: {
      articles: [
        'id, &urlKey, *aliasKeys, canonicalUrl, clippedAt, updatedAt, published, title, titleSort, siteName, status, year, *tags, loadState',
        '[clippedAt+id], [updatedAt+id], [titleSort+id], [publishedKey+clippedAt+id]',
        '[status+clippedAt+id], [status+publishedKey+clippedAt+id], [status+titleSort+id]',
        '[siteName+clippedAt+id], [siteName+publishedKey+clippedAt+id], [siteName+titleSort+id]',
        '[year+clippedAt+id], [year+publishedKey+clippedAt+id], [year+titleSort+id]',
        '*tagClipped, *tagPublished, *tagTitle',
      ].join(', '),
      // Derived: how many articles carry each tag, site and year, for the filter menus (never backed up).
      libraryFacets: '[kind+value]',
    },
    upgrade: upgradeToV4,
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 0;

/** The complete store definitions in force at `version`, folding in every earlier version's changes. */
export function storesAtVersion(version: number): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const step of SCHEMA_VERSIONS) {
    if (step.version > version) break;
    for (const [name, definition] of Object.entries(step.stores)) {
      if (definition === null) delete stores[name];
      else stores[name] = definition;
    }
  }
  if (Object.keys(stores).length === 0) throw new RangeError(`No schema version ${version}`);
  return stores;
}
