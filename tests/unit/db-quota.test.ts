import Dexie, { type DBCore, type DBCoreMutateRequest } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation } from '../../utils/db/annotations';
import { saveClippedArticle } from '../../utils/db/article-clip';
import type { RandnotizDb } from '../../utils/db/schema';
import { asStorageResult, classifyStorageFailure, isQuotaExceeded } from '../../utils/db/storage-errors';
import { ARTICLE_TEXT, openTestDb, sampleArticle, snapshotDatabase } from '../fixtures/db/test-database';

const URL = 'https://sozial-pr.example/digitalisierung-soziale-arbeit/';

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/** How each engine reports a full disk: Firefox fails the request, Chromium aborts the transaction. */
const FAILURE_STYLES = {
  'request fails with QuotaExceededError (Firefox)': async () => {
    throw quotaError();
  },
  'transaction aborts with AbortError wrapping it (Chromium)': async () => {
    throw new Dexie.AbortError('Transaction aborted', quotaError());
  },
} as const;

let db: RandnotizDb;
let failingTable: string | null;
let failure: () => Promise<never>;

/** Lets writes to `failingTable` reach IndexedDB first, then fails, so earlier writes are mid-transaction. */
function installFullDisk(target: RandnotizDb): void {
  target.use({
    stack: 'dbcore',
    name: 'simulated-full-disk',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: async (request: DBCoreMutateRequest) => {
            const result = await table.mutate(request);
            if (tableName === failingTable) await failure();
            return result;
          },
        };
      },
    }),
  });
}

beforeEach(() => {
  db = openTestDb();
  failingTable = null;
  installFullDisk(db);
});
afterEach(async () => {
  await db.delete();
});

describe.each(Object.entries(FAILURE_STYLES))('storage full: %s', (_style, fail) => {
  beforeEach(() => {
    failure = fail;
  });

  it('a first clip fails as "quota" after its metadata row was written, and leaves nothing behind', async () => {
    const before = await snapshotDatabase(db);
    failingTable = 'bodies';
    const result = await asStorageResult(() => saveClippedArticle(sampleArticle(), { pageUrl: URL }, db));
    expect(result).toMatchObject({ ok: false, error: { kind: 'quota' } });
    failingTable = null;
    expect(await snapshotDatabase(db)).toEqual(before);
  });

  it('a re-clip failing while re-anchoring annotations leaves article, body and annotations as before', async () => {
    const { article } = await saveClippedArticle(sampleArticle(), { pageUrl: URL }, db);
    const quote = 'Onlineberatung erreicht Menschen';
    const start = ARTICLE_TEXT.indexOf(quote);
    await createAnnotation({ articleId: article.id, start, end: start + quote.length, colour: 'blue' }, db);
    const before = await snapshotDatabase(db);

    failingTable = 'annotations';
    const shortened = ARTICLE_TEXT.replace(/\n\nOnlineberatung.*$/s, '');
    const reclip = saveClippedArticle(sampleArticle({ text: shortened, title: 'Neu' }), { pageUrl: URL }, db);
    await expect(reclip).rejects.toMatchObject({ name: 'StorageError', kind: 'quota' });

    failingTable = null;
    expect(await snapshotDatabase(db)).toEqual(before);
  });
});

describe('classifyStorageFailure', () => {
  it.each([
    ['a bare QuotaExceededError', quotaError(), 'quota'],
    ['Dexie.QuotaExceededError', new Dexie.QuotaExceededError('full'), 'quota'],
    ['an AbortError with the quota error inside', new Dexie.AbortError('aborted', quotaError()), 'quota'],
    [
      'a bulk write whose failures hold it',
      Object.assign(new Error('bulk'), { failures: [quotaError()] }),
      'quota',
    ],
    ['a unique-key clash', new Dexie.ConstraintError('taken'), 'conflict'],
    ['a closed database', new Dexie.DatabaseClosedError('closed'), 'unavailable'],
    ['an AbortError without a cause', new Dexie.AbortError('aborted'), 'unknown'],
    ['a thrown string', 'boom', 'unknown'],
  ])('%s → %s', (_name, error, kind) => {
    expect(classifyStorageFailure(error)).toBe(kind);
    expect(isQuotaExceeded(error)).toBe(kind === 'quota');
  });
});
