import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RandnotizDb } from '../../utils/db/schema';
import { StorageError } from '../../utils/db/storage-errors';
import { BACKUP_FORMAT_VERSION } from '../../utils/export/backup-format';
import { BACKUP_ERROR_MESSAGES, type BackupErrorCode } from '../../utils/import/backup-errors';
import { importBackup } from '../../utils/import/import-backup';
import { parseBackup, type ParsedBackup } from '../../utils/import/parse-backup';
import { openTestDb, snapshotDatabase } from '../fixtures/db/test-database';
import { buildSampleLibrary, sampleBackup } from '../golden/sample-library';
import { extractSeedArticle } from '../golden/seed-bundle';

/** One library for the whole file, built once: a refused file must leave it exactly as it is. */
let library: RandnotizDb;
let valid: string;

beforeAll(async () => {
  const seed = extractSeedArticle();
  valid = (await sampleBackup(seed)).text;
  library = openTestDb();
  await buildSampleLibrary(library, seed);
  // The backup comes from a library of its own, whose rows are not this library's: a file wrongly let through
  // writes, and the snapshot shows it (the test of the untouched file below checks this on a copy).
});
afterAll(async () => {
  await library?.delete();
});

/**
 * A picked file the way the panel takes it (hooks/useImport: `pick` parses, only a parsed backup reaches the
 * preview whose `confirm` imports): parse, and write only what parsed.
 */
async function importFile(text: string, db: RandnotizDb): Promise<ParsedBackup> {
  const parsed = parseBackup(text);
  if (parsed.ok) await importBackup(parsed.backup, { db });
  return parsed;
}

type Row = Record<string, unknown>;
type ArticleRow = Row & { provenance: Record<string, Row>; overrides: Row; extracted?: Row };

function edited(change: (backup: Row & { annotations: Row[]; articles: ArticleRow[] }) => void): string {
  const backup = JSON.parse(valid) as Parameters<typeof change>[0];
  change(backup);
  return JSON.stringify(backup);
}

const BAD_FILES: [string, BackupErrorCode, () => string, RegExp][] = [
  ['an empty file', 'truncated', () => '', /empty/],
  ['a download cut off halfway', 'truncated', () => valid.slice(0, Math.floor(valid.length / 2)), /JSON/],
  [
    'a file cut off inside a string',
    'truncated',
    () => valid.slice(0, valid.indexOf('"title":"') + 12),
    /JSON/,
  ],
  ['a Pocket HTML export', 'not-a-backup', () => '<!DOCTYPE html><title>Pocket Export</title>', /Not JSON/],
  [
    'an Instapaper CSV',
    'not-a-backup',
    () => 'URL,Title,Selection,Folder,Timestamp\nhttps://a.example,A,,Unread,1',
    /Not JSON/,
  ],
  ['another program’s JSON', 'not-a-backup', () => '{"status":1,"list":{}}', /format is missing/],
  ['a JSON array', 'not-a-backup', () => '[1,2,3]', /not a Randnotiz backup/],
  [
    'a newer backup format',
    'newer-version',
    () => edited((b) => (b.formatVersion = BACKUP_FORMAT_VERSION + 1)),
    new RegExp(`formatVersion ${BACKUP_FORMAT_VERSION + 1}`),
  ],
  [
    'a backup from a newer schema',
    'newer-version',
    () => edited((b) => (b.schemaVersion = 99)),
    /schemaVersion 99/,
  ],
  [
    'bytes flipped in the middle',
    'corrupted',
    () => valid.replace('"articles":[', '"articles":[}'),
    /JSON|Unexpected/,
  ],
  [
    'a highlight of an unknown colour',
    'corrupted',
    () => edited((b) => (b.annotations[0]!.colour = 'purple')),
    /annotations\.0\.colour/,
  ],
  [
    'a highlight whose article is missing',
    'corrupted',
    () => edited((b) => (b.annotations[0]!.articleId = 'gone')),
    /unknown article gone/,
  ],
  [
    'rows missing against the declared counts',
    'corrupted',
    () => edited((b) => b.annotations.pop()),
    /declares 3 rows but holds 2/,
  ],
  [
    'a duplicated annotation',
    'corrupted',
    () => edited((b) => b.annotations.push(b.annotations[0]!)),
    /declares 3|duplicate/,
  ],
  [
    'a person without a given-name field',
    'corrupted',
    () => edited((b) => (b.articles[0]!.authorNames = [{ family: 'Müller' }])),
    /articles\.0\.authorNames\.0: not a name/,
  ],
  [
    'a name that is both an organisation and a person',
    'corrupted',
    () => edited((b) => (b.articles[0]!.authorNames = [{ literal: 'AWO', family: 'AWO', given: '' }])),
    /articles\.0\.authorNames\.0: not a name/,
  ],
  [
    'authors as plain strings in a format-2 file',
    'corrupted',
    () => edited((b) => (b.articles[0]!.authorNames = ['Christian Müller'])),
    /articles\.0\.authorNames\.0: not a name/,
  ],
  [
    'a corrected author with an empty name',
    'corrupted',
    () => edited((b) => (b.articles[0]!.overrides = { authorNames: [{ family: ' ', given: '' }] })),
    /articles\.0\.overrides\.authorNames\.0: not a name: it is empty/,
  ],
  [
    'a month 13',
    'corrupted',
    () => edited((b) => (b.articles[0]!.published = '2021-13')),
    /articles\.0\.published: not a date/,
  ],
  [
    'the 31st of June',
    'corrupted',
    () => edited((b) => (b.articles[0]!.published = '2021-06-31')),
    /articles\.0\.published: not a date/,
  ],
  [
    'a German date string',
    'corrupted',
    () => edited((b) => (b.articles[0]!.modified = '2. Juli 2019')),
    /articles\.0\.modified/,
  ],
  [
    'an unknown provenance source',
    'corrupted',
    () => edited((b) => (b.articles[0]!.provenance['published']!['source'] = 'guesswork')),
    /articles\.0\.provenance\.published\.source/,
  ],
  [
    'provenance without the site name',
    'corrupted',
    () => edited((b) => delete b.articles[0]!.provenance['siteName']),
    /articles\.0\.provenance\.siteName/,
  ],
  [
    'a correction of a field that cannot be corrected',
    'corrupted',
    () => edited((b) => (b.articles[0]!.overrides = { wordCount: 5 })),
    /articles\.0\.overrides\.wordCount/,
  ],
  [
    'a corrected date that is no date',
    'corrupted',
    () => edited((b) => (b.articles[0]!.overrides = { published: 'Juni 2021' })),
    /articles\.0\.overrides\.published: not a date/,
  ],
  [
    'a corrected title that is empty',
    'corrupted',
    () => edited((b) => (b.articles[0]!.overrides = { title: '' })),
    /articles\.0\.overrides\.title/,
  ],
  [
    'an article without the extractor’s own values',
    'corrupted',
    () => edited((b) => delete b.articles[0]!.extracted),
    /articles\.0\.extracted/,
  ],
  [
    'a format-1 file whose date is no date',
    'corrupted',
    () =>
      edited((b) => {
        b.formatVersion = 1;
        for (const article of b.articles) {
          for (const field of ['authorNames', 'provenance', 'overrides', 'extracted']) delete article[field];
        }
        b.articles[0]!.published = 'gestern';
      }),
    /articles\.0\.published: not a date/,
  ],
];

describe('parseBackup refuses bad files with a clear reason, and the library stays as it was', () => {
  it.each(BAD_FILES)('%s → %s', async (_what, code, file, detail) => {
    const before = await snapshotDatabase(library);
    expect(before.articles).toHaveLength(3);
    const result = await importFile(file(), library);
    // Checked first, so that a file wrongly let through shows up as the write it caused.
    expect(await snapshotDatabase(library)).toEqual(before);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.detail).toMatch(detail);
    expect(result.error.messageKey).toBe(BACKUP_ERROR_MESSAGES[code].key);
  });

  it('would change this library if a file got through: the untouched file, imported into a copy, does', async () => {
    const copy = openTestDb();
    try {
      const rows = await snapshotDatabase(library);
      await copy.transaction('rw', copy.tables, async () => {
        // The facet counts are derived: writing the articles writes them.
        for (const table of copy.tables)
          if (table.name !== 'libraryFacets') await table.bulkAdd(rows[table.name] as never[]);
      });
      const before = await snapshotDatabase(copy);
      expect(before).toEqual(rows);
      expect((await importFile(valid, copy)).ok).toBe(true);
      expect(await snapshotDatabase(copy)).not.toEqual(before);
    } finally {
      await copy.delete();
    }
  });

  it('accepts the untouched file, with or without a byte-order mark', () => {
    expect(parseBackup(valid).ok).toBe(true);
    expect(parseBackup(`\uFEFF${valid}`).ok).toBe(true);
  });

  it('has a German and an English message for every refusal', () => {
    for (const message of Object.values(BACKUP_ERROR_MESSAGES)) {
      expect(message.de).toMatch(/Es wurde nichts importiert\.$/);
      expect(message.en).toMatch(/Nothing was imported\.$/);
    }
  });
});

describe('importBackup writes nothing when anything fails', () => {
  it('rolls the whole import back when the last write fails (as on a full disk)', async () => {
    const backup = parseBackup(valid.replaceAll('ui.fontSize', 'ui.theme'));
    if (!backup.ok) throw new Error(backup.error.detail);
    const target = openTestDb();
    try {
      await target.open();
      const before = await snapshotDatabase(target);
      const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      target.settings.hook('creating', () => {
        throw quota;
      });
      const failure = await importBackup(backup.backup, { db: target }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(StorageError);
      expect((failure as StorageError).kind).toBe('quota');
      expect(await snapshotDatabase(target)).toEqual(before);
    } finally {
      await target.delete();
    }
  });
});
