import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { loadPageFile } from '../../scripts/lib/load-page';
import { describeRange } from '../../utils/anchoring/describe-range';
import { newArticleRecord } from '../../utils/db/article-record';
import { hashText } from '../../utils/db/content-hash';
import { LATEST_SCHEMA_VERSION } from '../../utils/db/schema-versions';
import type { AnnotationRecord, ListEntryRecord, ReadingListRecord } from '../../utils/db/records';
import { extractArticle, type Article } from '../../utils/extract';
import type { ExportArticle, ExportBundle } from '../../utils/export/bundle';
import { FIXTURES_DIR } from '../support/shared-data';

export const SEED_URL = 'https://www.sozial-pr.net/blog/digitalisierung-braucht-soziale-arbeit';
/** A fixed clock: 14 October 2024, mid-morning UTC, so that the day is the same in every time zone from -10 to +13. */
export const CLIPPED_AT = Date.UTC(2024, 9, 14, 9, 30);
export const EXPORTED_AT = Date.UTC(2024, 9, 21, 11, 0);

const GOLDEN_DIR = dirname(fileURLToPath(import.meta.url));

export function extractSeedArticle(): Article {
  const page = loadPageFile(join(FIXTURES_DIR, 'seed-sozial-pr', 'source.html'), SEED_URL);
  try {
    return extractArticle(page.document, SEED_URL, { window: page.window });
  } finally {
    page.close();
  }
}

function highlight(text: string, id: string, quote: string, note: string, minutes: number): AnnotationRecord {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`The seed article no longer contains: ${quote}`);
  const at = CLIPPED_AT + minutes * 60_000;
  return {
    id,
    articleId: 'seed-article',
    selectors: describeRange(text, start, start + quote.length),
    quote,
    colour: note ? 'yellow' : 'green',
    note,
    createdAt: at,
    updatedAt: at,
    orphaned: false,
  };
}

/** The seed page as the library would hold it after a clip, two highlights (one with a note) and a page note. */
export async function seedEntry(): Promise<ExportArticle> {
  const article = extractSeedArticle();
  const record = newArticleRecord(
    article,
    { pageKey: SEED_URL, canonicalUrl: SEED_URL, contentHash: await hashText(article.text), now: CLIPPED_AT },
    [],
  );
  return {
    article: {
      ...record,
      id: 'seed-article',
      tags: ['Digitalisierung', 'Soziale Arbeit', 'Wohlfahrt'],
      pageNote:
        'Gut für die Einführung im Seminar: Erfahrung statt Neuanfang.\nMit Teilnehmenden diskutieren.',
      status: 'reading',
      updatedAt: CLIPPED_AT + 20 * 60_000,
    },
    body: { articleId: 'seed-article', html: article.html, text: article.text },
    annotations: [
      highlight(
        article.text,
        'a1b2c3d4-0000-4000-8000-000000000001',
        'Damit habe ich zwei Probleme',
        'Die beiden Probleme als Gliederung für das Referat nutzen.',
        5,
      ),
      highlight(
        article.text,
        'a1b2c3d4-0000-4000-8000-000000000002',
        'Design Thinking praktiziert die Soziale Arbeit',
        '',
        9,
      ),
    ],
  };
}

export const SEED_LIST: ReadingListRecord = {
  id: 'list-seminar',
  name: 'Seminar: Digitalisierung & Soziale Arbeit (WiSe 2024/25)',
  description: 'Pflichtlektüre für die erste Sitzung.',
  createdAt: CLIPPED_AT,
  updatedAt: CLIPPED_AT,
};

/** The seed article on a reading list, as `loadExportBundle({ kind: 'list' })` would return it. */
export async function seedBundle(entry?: ExportArticle): Promise<ExportBundle> {
  const seed = entry ?? (await seedEntry());
  const listEntry: ListEntryRecord = {
    listId: SEED_LIST.id,
    articleId: seed.article.id,
    position: 1,
    addedAt: CLIPPED_AT,
  };
  return {
    articles: [seed],
    lists: [{ list: SEED_LIST, entries: [listEntry] }],
    settings: [],
    schemaVersion: LATEST_SCHEMA_VERSION,
    exportedAt: EXPORTED_AT,
  };
}

/**
 * Compares output with the reviewed file under tests/golden/seed/. `UPDATE_GOLDEN=1` rewrites the files instead;
 * the diff is then reviewed by eye before it is committed.
 */
export function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, 'seed', name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`No golden file ${file}: run with UPDATE_GOLDEN=1 and review it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
