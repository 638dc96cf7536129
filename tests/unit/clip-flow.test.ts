import Dexie, { type DBCore } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { clipAndStore, NEW_LIST_DRAFT_KEY, type ClipRequest } from '../../utils/clip-flow';
import { createReadingList, deleteReadingList, listArticlesOfList } from '../../utils/db/reading-lists';
import type { Article } from '../../utils/extract';
import type { RandnotizDb } from '../../utils/db/schema';
import { openTestDb, sampleArticle, snapshotDatabase } from '../fixtures/db/test-database';

const PAGE_URL = 'https://sozial-pr.example/digitalisierung-soziale-arbeit/';
const CLIP_FILE = '/clip.js';
const SELECTION_FILE = '/selection.js';

interface PageBehaviour {
  /** What the clip script answers (a promise that never settles simulates a busy page). */
  article?: () => Promise<Article | null>;
  selection?: () => Promise<unknown>;
}

let db: RandnotizDb;
let injected: string[];

function simulatePage(behaviour: PageBehaviour = {}): void {
  injected = [];
  fakeBrowser.scripting.executeScript = vi.fn(async (injection: { files?: string[]; func?: unknown }) => {
    const file = injection.files?.[0] ?? 'options';
    injected.push(file);
    if (file === CLIP_FILE) return [{ result: await (behaviour.article ?? (async () => sampleArticle()))() }];
    if (file === SELECTION_FILE) return [{ result: await (behaviour.selection ?? (async () => null))() }];
    return [{ result: undefined }];
  }) as never;
}

async function openTab(url = PAGE_URL): Promise<number> {
  return (await fakeBrowser.tabs.create({ url })).id!;
}

/**
 * The page's time limit: a minute, so that a clip that does answer is never judged by how busy the test machine
 * is; a page that never answers times out whatever the limit, so that test passes a short one to stay quick.
 */
const ANSWERING_PAGE_LIMIT_MS = 60_000;
const SILENT_PAGE_LIMIT_MS = 200;

function clip(request: Partial<ClipRequest> & { tabId: number }, timeoutMs = ANSWERING_PAGE_LIMIT_MS) {
  return clipAndStore({ kind: 'page', trigger: 'panel', ...request }, { db, timeoutMs });
}

async function badge(tabId: number): Promise<string> {
  return fakeBrowser.action.getBadgeText({ tabId });
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = vi.fn((key: string, subs?: string[]) =>
    [key, ...(subs ?? [])].join('|'),
  ) as never;
  fakeBrowser.extension.isAllowedFileSchemeAccess = vi.fn(async () => false) as never;
  db = openTestDb();
  simulatePage();
});

afterEach(async () => {
  await db.delete();
});

describe('clipAndStore: saving a page', () => {
  it('stores the article, shows ✓ with the title and records the outcome for the panel', async () => {
    const tabId = await openTab();
    const outcome = await clip({ tabId });
    expect(outcome).toMatchObject({ ok: true, kind: 'page', created: true, title: sampleArticle().title });
    expect(await db.articles.count()).toBe(1);
    expect(await badge(tabId)).toBe('✓');
    expect(await fakeBrowser.action.getTitle({ tabId })).toBe(
      `Randnotiz – clip_savedNew|${sampleArticle().title}`,
    );
    const stored = await fakeBrowser.storage.session.get(`clipStatus:${tabId}`);
    expect(stored[`clipStatus:${tabId}`]).toMatchObject({ state: 'done', trigger: 'panel', outcome });
  });

  it('files the article under the address the tab showed when the clip began, even if it navigates meanwhile', async () => {
    const tabId = await openTab();
    simulatePage({
      article: async () => {
        await fakeBrowser.tabs.update(tabId, { url: 'https://elsewhere.example/next-page' });
        return sampleArticle();
      },
    });
    expect(await clip({ tabId })).toMatchObject({ ok: true, created: true });
    const [record] = await db.articles.toArray();
    expect(record!.source.pageUrl).toBe(PAGE_URL);
  });

  it('updates the same entry when the page is saved again', async () => {
    const tabId = await openTab();
    const first = await clip({ tabId });
    const second = await clip({ tabId });
    expect(second).toMatchObject({ ok: true, created: false });
    expect(first.ok && second.ok && second.articleId === first.articleId).toBe(true);
    expect(await db.articles.count()).toBe(1);
  });

  it('reports a listing as not-an-article, stores nothing, and "save anyway" stores it', async () => {
    const tabId = await openTab();
    simulatePage({ article: async () => sampleArticle({ readerable: false, reason: 'listing' }) });
    expect(await clip({ tabId })).toMatchObject({ ok: false, error: { code: 'not-an-article' } });
    expect(await db.articles.count()).toBe(0);
    expect(await badge(tabId)).toBe('?');
    expect(await clip({ tabId, fullPage: true })).toMatchObject({ ok: true, created: true });
    expect(injected).toContain('options');
  });

  it('does not store an empty full page', async () => {
    const tabId = await openTab();
    simulatePage({
      article: async () => sampleArticle({ readerable: false, reason: 'no-content', text: ' ' }),
    });
    expect(await clip({ tabId, fullPage: true })).toMatchObject({ error: { code: 'not-an-article' } });
    expect(await db.articles.count()).toBe(0);
  });

  it.each([
    ['timeout', 'extraction-limit'],
    ['error', 'script-failed'],
  ] as const)('turns an extraction that ended in %s into %s', async (reason, code) => {
    const tabId = await openTab();
    simulatePage({ article: async () => sampleArticle({ readerable: false, reason, text: '' }) });
    expect(await clip({ tabId })).toMatchObject({ ok: false, error: { code } });
  });

  it('answers timeout when the page never answers, and stores nothing', async () => {
    const tabId = await openTab();
    simulatePage({ article: () => new Promise(() => {}) });
    expect(await clip({ tabId }, SILENT_PAGE_LIMIT_MS)).toMatchObject({
      ok: false,
      error: { code: 'timeout' },
    });
    expect(await db.articles.count()).toBe(0);
    expect(await badge(tabId)).toBe('!');
  });

  it.each([
    ['chrome://settings/', 'restricted-page'],
    ['https://chromewebstore.google.com/detail/x', 'extension-store'],
    ['file:///home/a/artikel.html', 'file-access-denied'],
  ])('refuses %s as %s without injecting', async (url, code) => {
    const tabId = await openTab(url);
    expect(await clip({ tabId })).toMatchObject({ ok: false, error: { code } });
    expect(injected).toEqual([]);
  });

  it('reports a closed tab as tab-not-found', async () => {
    expect(await clip({ tabId: 4242 })).toMatchObject({ ok: false, error: { code: 'tab-not-found' } });
  });

  it('joins a clip of the same tab that is still running instead of starting a second one', async () => {
    const tabId = await openTab();
    const [a, b] = await Promise.all([clip({ tabId }), clip({ tabId })]);
    expect(a).toBe(b);
    expect(injected.filter((file) => file === CLIP_FILE)).toHaveLength(1);
  });
});

describe('clipAndStore: a full disk or a broken database', () => {
  let failure: (() => unknown) | null = null;

  /** Dexie applies middleware when the database opens, so it is installed first and armed later. */
  beforeEach(() => {
    failure = null;
    db.use({
      stack: 'dbcore',
      name: 'failing-writes',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: async (request) => {
              if (name === 'bodies' && failure) throw failure();
              return table.mutate(request);
            },
          };
        },
      }),
    });
  });

  it('answers storage-full on QuotaExceededError (as Chromium wraps it) and leaves the library as it was', async () => {
    const tabId = await openTab();
    await clip({ tabId: await openTab('https://example.org/anderer-artikel') });
    const before = await snapshotDatabase(db);
    failure = () =>
      new Dexie.AbortError('Transaction aborted', new DOMException('Quota exceeded', 'QuotaExceededError'));
    expect(await clip({ tabId })).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    expect(await snapshotDatabase(db)).toEqual(before);
    expect(await fakeBrowser.action.getTitle({ tabId })).toContain('clip_error_storageFull');
  });

  it('answers storage-failed on any other storage error', async () => {
    const tabId = await openTab();
    failure = () => new DOMException('disk on fire', 'UnknownError');
    expect(await clip({ tabId })).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    expect(await db.articles.count()).toBe(0);
  });
});

describe('clipAndStore: save selection as a quote', () => {
  const selection = {
    html: '<p><strong>Teilhabe</strong> braucht Zugang.</p>',
    text: 'Teilhabe braucht Zugang.',
  };

  it('creates the article with the quote when the page is not in the library yet', async () => {
    const tabId = await openTab();
    simulatePage({ selection: async () => selection });
    const outcome = await clip({ tabId, kind: 'selection' });
    expect(outcome).toMatchObject({ ok: true, kind: 'selection', created: true });
    const [article] = await db.articles.toArray();
    expect(article!.loadState).toBe('loaded');
    expect(article!.source.selections.map((quote) => quote.html)).toEqual([selection.html]);
    expect(await badge(tabId)).toBe('✓');
  });

  it('adds to an article already stored without extracting the page again', async () => {
    const tabId = await openTab();
    await clip({ tabId });
    simulatePage({ selection: async () => selection });
    expect(await clip({ tabId, kind: 'selection' })).toMatchObject({ ok: true, created: false });
    expect(injected).toEqual([SELECTION_FILE]);
  });

  it('keeps the quote on a "not yet loaded" entry when the page cannot be extracted', async () => {
    const tabId = await openTab();
    simulatePage({ selection: async () => selection, article: () => new Promise(() => {}) });
    expect(await clip({ tabId, kind: 'selection' }, SILENT_PAGE_LIMIT_MS)).toMatchObject({
      ok: true,
      created: true,
    });
    const [article] = await db.articles.toArray();
    expect(article).toMatchObject({
      loadState: 'pending',
      source: { selections: [{ html: selection.html }] },
    });
  });

  it('stores the plain text instead of HTML that is not inert', async () => {
    const tabId = await openTab();
    simulatePage({
      selection: async () => ({ html: '<img src=x onerror="alert(1)">Teilhabe', text: 'Teilhabe <jetzt>' }),
    });
    await clip({ tabId, kind: 'selection' });
    const [article] = await db.articles.toArray();
    expect(article!.source.selections[0]!.html).toBe('<p>Teilhabe &lt;jetzt&gt;</p>');
  });

  it('says selection-empty when nothing is selected, and stores nothing', async () => {
    const tabId = await openTab();
    expect(await clip({ tabId, kind: 'selection' })).toMatchObject({ error: { code: 'selection-empty' } });
    expect(await db.articles.count()).toBe(0);
  });

  it('refuses a malformed answer of the selection script', async () => {
    const tabId = await openTab();
    simulatePage({ selection: async () => ({ html: 42 }) });
    expect(await clip({ tabId, kind: 'selection' })).toMatchObject({ error: { code: 'invalid-result' } });
  });

  it('falls back to the context menu’s plain text when the selection script cannot run', async () => {
    const tabId = await openTab();
    fakeBrowser.scripting.executeScript = vi.fn(async () => {
      throw new Error('Cannot access contents of the page. Extension manifest must request permission');
    }) as never;
    const outcome = await clip({
      tabId,
      kind: 'selection',
      trigger: 'context-menu',
      selectionText: 'Ein Zitat',
    });
    expect(outcome).toMatchObject({ ok: true, created: true });
    const [article] = await db.articles.toArray();
    expect(article).toMatchObject({
      loadState: 'pending',
      source: { selections: [{ html: '<p>Ein Zitat</p>' }] },
    });
  });

  it('reports no-permission when there is neither a readable selection nor the menu’s text', async () => {
    const tabId = await openTab();
    fakeBrowser.scripting.executeScript = vi.fn(async () => {
      throw new Error('Cannot access contents of the page. Extension manifest must request permission');
    }) as never;
    expect(await clip({ tabId, kind: 'selection' })).toMatchObject({ error: { code: 'no-permission' } });
  });
});

describe('clipAndStore: "add to reading list" from the context menu', () => {
  const onList = async (listId: string) =>
    (await listArticlesOfList(listId, db)).map((article) => article.id);

  it('clips a page the library lacks, puts it on the list and says so on the badge', async () => {
    const tabId = await openTab();
    const list = await createReadingList('Seminar', '', db);
    const outcome = await clip({ tabId, trigger: 'context-menu', addToList: { listId: list.id } });
    expect(outcome).toMatchObject({
      ok: true,
      created: true,
      list: { id: list.id, name: 'Seminar', alreadyOn: false },
    });
    expect(outcome.ok && (await onList(list.id))).toEqual([outcome.ok && outcome.articleId]);
    expect(await badge(tabId)).toBe('✓');
    expect(await fakeBrowser.action.getTitle({ tabId })).toBe(
      `Randnotiz – clip_addedToList|${sampleArticle().title}|Seminar`,
    );
  });

  it('does not extract a page the library already holds, and says when it was on the list already', async () => {
    const tabId = await openTab();
    const list = await createReadingList('Seminar', '', db);
    await clip({ tabId });
    injected = [];
    const first = await clip({ tabId, trigger: 'context-menu', addToList: { listId: list.id } });
    expect(first).toMatchObject({ ok: true, created: false, list: { alreadyOn: false } });
    expect(injected).toEqual([]);
    const second = await clip({ tabId, trigger: 'context-menu', addToList: { listId: list.id } });
    expect(second).toMatchObject({ ok: true, list: { alreadyOn: true } });
    expect(await onList(list.id)).toHaveLength(1);
    expect(await fakeBrowser.action.getTitle({ tabId })).toContain('clip_alreadyOnList');
  });

  it('stores nothing for a list deleted since the menu was built', async () => {
    const tabId = await openTab();
    const list = await createReadingList('Alt', '', db);
    await deleteReadingList(list.id, db);
    const outcome = await clip({ tabId, trigger: 'context-menu', addToList: { listId: list.id } });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'list-not-found' } });
    expect(await db.articles.count()).toBe(0);
    expect(await badge(tabId)).toBe('!');
  });

  it('reports a page that is no article as the plain clip does, and remembers the list for "save anyway"', async () => {
    const tabId = await openTab();
    const list = await createReadingList('Seminar', '', db);
    simulatePage({ article: async () => sampleArticle({ readerable: false, reason: 'listing' }) });
    const addToList = { listId: list.id };
    expect(await clip({ tabId, trigger: 'context-menu', addToList })).toMatchObject({
      error: { code: 'not-an-article' },
    });
    const status = await fakeBrowser.storage.session.get(`clipStatus:${tabId}`);
    expect(status[`clipStatus:${tabId}`]).toMatchObject({ addToList });
    expect(await clip({ tabId, fullPage: true, addToList })).toMatchObject({
      ok: true,
      list: { id: list.id },
    });
    expect(await onList(list.id)).toHaveLength(1);
  });

  it('"new reading list" stores the page and leaves the panel a note to ask for the name', async () => {
    const tabId = await openTab();
    const outcome = await clip({ tabId, trigger: 'context-menu', addToList: { newList: true } });
    expect(outcome).toMatchObject({ ok: true, awaitsNewList: true });
    const stored = await fakeBrowser.storage.session.get(NEW_LIST_DRAFT_KEY);
    expect(stored[NEW_LIST_DRAFT_KEY]).toEqual({
      articleId: outcome.ok ? outcome.articleId : '',
      title: sampleArticle().title,
      at: expect.any(Number),
    });
    expect(await db.readingLists.count()).toBe(0);
  });
});
