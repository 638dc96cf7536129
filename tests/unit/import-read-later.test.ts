import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveClippedArticle } from '../../utils/db/article-clip';
import { findByUrl } from '../../utils/db/article-lookup';
import type { RandnotizDb } from '../../utils/db/schema';
import { importReadLaterEntries } from '../../utils/import/import-read-later';
import { parseInstapaperCsv } from '../../utils/import/instapaper-import';
import { parseOmnivoreZip } from '../../utils/import/omnivore-import';
import { parsePocketCsv, parsePocketHtml } from '../../utils/import/pocket-import';
import { parseReadLaterFile } from '../../utils/import/read-later-file';
import { sampleArticle, snapshotDatabase, useFreshTestDb } from '../fixtures/db/test-database';

const SAMPLES = join(dirname(fileURLToPath(import.meta.url)), '../golden/read-later');
const sample = (name: string) => readFileSync(join(SAMPLES, name), 'utf8');
const domParser = () => new new JSDOM('').window.DOMParser();

/** Omnivore's export is a zip of metadata JSON files beside article copies; built here from the sample files. */
function omnivoreZip(): Uint8Array {
  return zipSync({
    'metadata_0_to_2.json': strToU8(sample('omnivore/metadata_0_to_2.json')),
    'metadata_2_to_3.json': strToU8(sample('omnivore/metadata_2_to_3.json')),
    'content/digitale-jugendarbeit-18c2.html': strToU8(sample('omnivore/digitale-jugendarbeit-18c2.html')),
  });
}

const currentDb = useFreshTestDb();
let db: RandnotizDb;
beforeEach(() => {
  db = currentDb();
});

describe('parsing read-later exports', () => {
  it("Pocket's ril_export.html: sections give the status, attributes the tags and time", () => {
    const entries = parsePocketHtml(sample('ril_export.html'), domParser());
    expect(entries.map((e) => [e.title, e.status, e.tags, e.addedAt])).toEqual([
      [
        'Onlineberatung: Qualitätsstandards für freie Träger',
        'unread',
        ['onlineberatung', 'digitalisierung'],
        1709283600000,
      ],
      [
        'Digitalisierung braucht die Erfahrung der Sozialen Arbeit und Wohlfahrt',
        'unread',
        [],
        1562083200000,
      ],
      ['Kein Artikel', 'unread', [], 1709283700000],
      [
        'KI in der Sozialverwaltung & Datenschutz',
        'read',
        ['ki', 'datenschutz', 'Sozialverwaltung'],
        1696154400000,
      ],
    ]);
  });

  it("Pocket's CSV: tags split on |, archive means read", () => {
    const entries = parsePocketCsv(sample('pocket_part_000000.csv'));
    expect(entries.map((e) => [e.title, e.status, e.tags])).toEqual([
      [
        'Onlineberatung: Qualitätsstandards für freie Träger',
        'unread',
        ['onlineberatung', 'digitalisierung'],
      ],
      ['Teilhabe, Inklusion und digitale Barrierefreiheit', 'unread', []],
      ['KI in der Sozialverwaltung', 'read', ['ki', 'datenschutz']],
    ]);
  });

  it("Instapaper's CSV: JSON tag lists, own folders as tags, the selection kept", () => {
    const entries = parseInstapaperCsv(sample('instapaper-export.csv'));
    expect(entries.map((e) => [e.title, e.status, e.tags, e.addedAt])).toEqual([
      ['Berufsethik des DBSH', 'unread', ['Ethik', 'Profession'], 1699000000000],
      ['Teilhabe, Inklusion und digitale Barrierefreiheit', 'read', [], 1712052000000],
      ['Digitale Jugendarbeit', 'unread', ['Forschung'], 1705000000000],
    ]);
    expect(entries[0]?.selection).toBe(
      'Die Berufsethik beschreibt die Werte, an denen sich Fachkräfte orientieren.',
    );
  });

  it("Omnivore's zip: every metadata file in order, labels as tags, Archived as read", () => {
    const entries = parseOmnivoreZip(omnivoreZip());
    expect(entries.map((e) => [e.title, e.status, e.tags, e.addedAt])).toEqual([
      [
        'Digitale Jugendarbeit',
        'unread',
        ['Jugendhilfe', 'Digitalisierung'],
        Date.parse('2024-01-11T19:06:40Z'),
      ],
      ['Pflege und KI: Was geht, was nicht', 'read', [], Date.parse('2024-02-20T07:15:00Z')],
      ['Barrierefreiheit in Beratungsportalen', 'unread', [], Date.parse('2024-03-05T12:00:00Z')],
    ]);
  });

  it('recognises each export by name and content, and refuses other files', () => {
    const bytes = (name: string) => strToU8(sample(name));
    expect(parseReadLaterFile('ril_export.html', bytes('ril_export.html'), domParser())).toMatchObject({
      ok: true,
      source: 'pocket',
    });
    expect(parseReadLaterFile('part_000000.csv', bytes('pocket_part_000000.csv'))).toMatchObject({
      ok: true,
      source: 'pocket',
    });
    expect(parseReadLaterFile('instapaper-export.csv', bytes('instapaper-export.csv'))).toMatchObject({
      ok: true,
      source: 'instapaper',
    });
    expect(parseReadLaterFile('omnivore.zip', omnivoreZip())).toMatchObject({ ok: true, source: 'omnivore' });
    expect(parseReadLaterFile('notes.csv', strToU8('a;b\n1;2'))).toMatchObject({
      ok: false,
      error: { code: 'unknown-format' },
    });
    expect(parseReadLaterFile('x.zip', zipSync({ 'a.txt': strToU8('a') }))).toMatchObject({
      ok: false,
      error: { code: 'unreadable' },
    });
    expect(parseReadLaterFile('x.json', strToU8('{"a":1}'))).toMatchObject({
      ok: false,
      error: { code: 'unreadable' },
    });
  });
});

describe('importing read-later entries', () => {
  it('adds "not yet loaded" entries with title, normalised URL, tags, time added and status', async () => {
    const summary = await importReadLaterEntries(parsePocketHtml(sample('ril_export.html'), domParser()), {
      db,
      now: () => 42,
    });
    expect(summary).toEqual({ added: 3, alreadyInLibrary: 0, skipped: ['javascript:alert(1)'] });
    const entry = await findByUrl(
      'https://www.der-paritaetische.de/themen/digitalisierung/onlineberatung-qualitaetsstandards/',
      db,
    );
    expect(entry).toMatchObject({
      title: 'Onlineberatung: Qualitätsstandards für freie Träger',
      urlKey: 'https://www.der-paritaetische.de/themen/digitalisierung/onlineberatung-qualitaetsstandards/',
      tags: ['onlineberatung', 'digitalisierung'],
      clippedAt: 1709283600000,
      status: 'unread',
      loadState: 'pending',
      contentHash: null,
    });
    expect(await db.bodies.count()).toBe(0);
  });

  it('keeps an article the library has and only adds missing tags; the same link twice is one entry', async () => {
    const { article } = await saveClippedArticle(
      sampleArticle(),
      { pageUrl: 'https://netzpolitik.org/2023/ki-in-der-sozialverwaltung/' },
      db,
    );
    await importReadLaterEntries(parsePocketHtml(sample('ril_export.html'), domParser()), { db });
    const summary = await importReadLaterEntries(parsePocketCsv(sample('pocket_part_000000.csv')), { db });
    expect(summary).toEqual({ added: 1, alreadyInLibrary: 2, skipped: [] });
    const kept = await db.articles.get(article.id);
    expect(kept).toMatchObject({ title: article.title, loadState: 'loaded', status: 'unread' });
    expect(kept?.tags).toEqual(['ki', 'datenschutz', 'Sozialverwaltung']);
    expect(await db.articles.count()).toBe(4);
  });

  it('keeps Instapaper selections as quotes, escaped', async () => {
    const [first] = parseInstapaperCsv(sample('instapaper-export.csv'));
    await importReadLaterEntries([{ ...first!, selection: '<b>Werte</b> & Haltung' }], { db });
    const stored = await findByUrl('https://www.dbsh.de/profession/berufsethik.html', db);
    expect(stored?.source.selections.map((s) => s.html)).toEqual([
      '<p>&lt;b&gt;Werte&lt;/b&gt; &amp; Haltung</p>',
    ]);
  });

  it('writes nothing when the transaction fails', async () => {
    await saveClippedArticle(sampleArticle(), { pageUrl: 'https://example.org/a' }, db);
    const before = await snapshotDatabase(db);
    let calls = 0;
    db.articles.hook('creating', () => {
      if (++calls === 2) throw new Error('disk full');
    });
    await expect(importReadLaterEntries(parseOmnivoreZip(omnivoreZip()), { db })).rejects.toThrow(
      /disk full/,
    );
    expect(await snapshotDatabase(db)).toEqual(before);
  });
});
