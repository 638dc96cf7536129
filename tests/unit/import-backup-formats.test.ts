import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveClippedArticle } from '../../utils/db/article-clip';
import { correctArticleMetadata } from '../../utils/db/article-metadata';
import { findByUrl } from '../../utils/db/article-lookup';
import type { ArticleRecord } from '../../utils/db/records';
import type { RandnotizDb } from '../../utils/db/schema';
import { BACKUP_FORMAT_VERSION, type BackupFile } from '../../utils/export/backup-format';
import { exportJsonBackup } from '../../utils/export/json-backup';
import { loadExportBundle } from '../../utils/export/load-bundle';
import { exportRis } from '../../utils/export/ris-export';
import { importBackup } from '../../utils/import/import-backup';
import { mergeArticleRecords } from '../../utils/import/merge-records';
import { parseBackup } from '../../utils/import/parse-backup';
import { openTestDb, sampleArticle, snapshotDatabase, useFreshTestDb } from '../fixtures/db/test-database';

/**
 * Backups before and after issue 9. A format-1 file (authors as strings, days only, no provenance, no corrections)
 * still imports, upgraded the way the database's own migration upgrades old rows; a format-2 file carries the
 * citation names, provenance, the extractor's values and the reader's corrections through export and import.
 */
const currentDb = useFreshTestDb();
const LEGACY = readFileSync(join(import.meta.dirname, '../golden/legacy/backup-format-1.json'), 'utf8');
const URL_A = 'https://sozial-pr.example/digitalisierung-soziale-arbeit/';

function parsed(text: string): BackupFile {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail}`);
  return result.backup;
}

async function backupText(db: RandnotizDb): Promise<string> {
  return exportJsonBackup(await loadExportBundle({ kind: 'library' }, db)).data as string;
}

describe('a format-1 backup (before citation names and provenance)', () => {
  it('parses into the current format, with names parsed from the old author strings', () => {
    const backup = parsed(LEGACY);
    expect(backup.formatVersion).toBe(BACKUP_FORMAT_VERSION);
    const [withTitle, withParticle, pending] = backup.articles;
    expect(withTitle).toMatchObject({
      authorNames: [{ family: 'Schmidt', given: 'Anna' }, { literal: 'Caritas Verband e.V.' }],
      // Display names follow the citation names: the academic title is gone from both.
      authors: ['Anna Schmidt', 'Caritas Verband e.V.'],
      published: '2021-06-09',
      overrides: {},
      extracted: {
        title: 'Onlineberatung in der Jugendhilfe',
        authorNames: [{ family: 'Schmidt', given: 'Anna' }, { literal: 'Caritas Verband e.V.' }],
        published: '2021-06-09',
        siteName: 'neue caritas',
      },
    });
    expect(withTitle?.provenance.authors).toEqual({
      source: 'unknown',
      confidence: 'medium',
      reason: 'clipped before provenance was recorded',
    });
    expect(withParticle?.authorNames).toEqual([
      { family: 'Leyen', given: 'Ursula', 'non-dropping-particle': 'von der' },
    ]);
    expect(pending).toMatchObject({ authorNames: [], authors: [], author: null, overrides: {} });
    // Everything else comes through unchanged.
    expect(backup.annotations).toHaveLength(1);
    expect(backup.listEntries).toHaveLength(2);
    expect(withTitle).toMatchObject({
      status: 'read',
      tags: ['Onlineberatung'],
      pageNote: 'Für die Sitzung am Montag',
    });
  });

  it('imports into a library whose exports then cite the parsed names', async () => {
    const db = currentDb();
    const summary = await importBackup(parsed(LEGACY), { db });
    expect(summary).toMatchObject({ articlesAdded: 3, annotationsAdded: 1, listsAdded: 1, settingsAdded: 1 });
    const ris = exportRis(await loadExportBundle({ kind: 'list', listId: 'legacy-list' }, db));
    expect(ris).toContain('\r\nAU  - Schmidt, Anna\r\nAU  - Caritas Verband e.V.\r\n');
    expect(ris).toContain('\r\nAU  - von der Leyen, Ursula\r\n');
    expect(ris).not.toContain('Prof.');
  });
});

describe('a format-2 backup', () => {
  it('carries corrections, the extractor’s values and provenance through export and import', async () => {
    const source = currentDb();
    const { article } = await saveClippedArticle(sampleArticle(), { pageUrl: URL_A }, source);
    await correctArticleMetadata(
      article.id,
      { authorNames: [{ family: 'Beispiel', given: 'Berta' }], published: '2021-06' },
      source,
    );
    const text = await backupText(source);
    const [row] = (JSON.parse(text) as { articles: ArticleRecord[] }).articles;
    expect(row).toMatchObject({
      authorNames: [{ family: 'Beispiel', given: 'Berta' }],
      authors: ['Berta Beispiel'],
      published: '2021-06',
      overrides: { authorNames: [{ family: 'Beispiel', given: 'Berta' }], published: '2021-06' },
      extracted: { authorNames: [{ family: 'Müller', given: 'Christian' }], published: '2019-07-02' },
    });
    expect(row?.provenance).toEqual(article.provenance);
    const target = openTestDb();
    try {
      await importBackup(parsed(text), { db: target });
      expect(await snapshotDatabase(target)).toEqual(await snapshotDatabase(source));
    } finally {
      await target.delete();
    }
  });

  it('brings a correction made on another machine into a library that has the article uncorrected', async () => {
    const other = openTestDb();
    try {
      const { article } = await saveClippedArticle(sampleArticle(), { pageUrl: URL_A }, other);
      await correctArticleMetadata(article.id, { authorNames: [{ literal: 'Diakonie Deutschland' }] }, other);
      const library = currentDb();
      await saveClippedArticle(sampleArticle(), { pageUrl: URL_A }, library);
      const summary = await importBackup(parsed(await backupText(other)), { db: library });
      expect(summary.articlesMerged).toBe(1);
      expect(await findByUrl(URL_A, library)).toMatchObject({
        authorNames: [{ literal: 'Diakonie Deutschland' }],
        author: 'Diakonie Deutschland',
        overrides: { authorNames: [{ literal: 'Diakonie Deutschland' }] },
        extracted: { authorNames: [{ family: 'Müller', given: 'Christian' }] },
      });
    } finally {
      await other.delete();
    }
  });

  it('makes the fields in force agree with the corrections, even in a hand-edited file', async () => {
    const source = currentDb();
    const { article } = await saveClippedArticle(sampleArticle(), { pageUrl: URL_A }, source);
    await correctArticleMetadata(article.id, { title: 'Korrigierter Titel' }, source);
    const file = JSON.parse(await backupText(source)) as { articles: ArticleRecord[] };
    file.articles[0]!.title = 'Von Hand geändert';
    expect(parsed(JSON.stringify(file)).articles[0]).toMatchObject({
      title: 'Korrigierter Titel',
      titleSort: 'korrigierter titel',
    });
  });
});

describe('merging corrections of the same article', () => {
  const base = (overrides: ArticleRecord['overrides'], updatedAt: number): ArticleRecord => ({
    ...(parsed(LEGACY).articles[1] as ArticleRecord),
    overrides,
    updatedAt,
  });

  it('keeps the fields each side corrected; on the same field the library’s own correction stays', () => {
    const mine = base({ title: 'Mein Titel', published: '2020' }, 1000);
    const theirs = base({ published: '2020-01', siteName: 'Blog' }, 2000);
    expect(mergeArticleRecords(mine, theirs)).toMatchObject({
      overrides: { title: 'Mein Titel', published: '2020', siteName: 'Blog' },
      title: 'Mein Titel',
      published: '2020',
      year: 2020,
      siteName: 'Blog',
    });
    expect(mergeArticleRecords(theirs, base({ published: '2019' }, 500)).published).toBe('2020-01');
  });
});
