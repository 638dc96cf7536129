import type { ExtensionHarness } from './extension-harness';
import type { AnnotationRecord, ArticleBodyRecord, ArticleRecord } from '../../../utils/db/records';
import type { NewAnnotation } from '../../../utils/db/annotations';
import type { ArticleUserFields } from '../../../utils/db/article-user-fields';
import { DATABASE_NAME } from '../../../utils/db/schema';

/** Every object store of the library, by name, each sorted by primary key as IndexedDB returns them. */
export type LibrarySnapshot = Record<string, unknown[]>;

export async function libraryStoreNames(extension: ExtensionHarness): Promise<string[]> {
  const page = await extension.bridge();
  return page.evaluate(
    (name) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const names = [...open.result.objectStoreNames];
          open.result.close();
          resolve(names);
        };
      }),
    DATABASE_NAME,
  );
}

/** All records of all stores: equal snapshots mean nothing in the library changed. */
export async function snapshotLibrary(extension: ExtensionHarness): Promise<LibrarySnapshot> {
  const snapshot: LibrarySnapshot = {};
  for (const store of await libraryStoreNames(extension)) {
    snapshot[store] = await extension.readIndexedDb(DATABASE_NAME, store);
  }
  return snapshot;
}

export async function storedArticles(extension: ExtensionHarness): Promise<ArticleRecord[]> {
  return extension.readIndexedDb<ArticleRecord>(DATABASE_NAME, 'articles');
}

export async function storedBody(extension: ExtensionHarness, articleId: string): Promise<ArticleBodyRecord> {
  const bodies = await extension.readIndexedDb<ArticleBodyRecord>(DATABASE_NAME, 'bodies');
  const body = bodies.find((candidate) => candidate.articleId === articleId);
  if (!body) throw new Error(`No stored body for ${articleId}`);
  return body;
}

export async function storedAnnotations(extension: ExtensionHarness): Promise<AnnotationRecord[]> {
  return extension.readIndexedDb<AnnotationRecord>(DATABASE_NAME, 'annotations');
}

/** Creates an annotation through the repository, in an extension page, as the reader view does. */
export async function annotate(extension: ExtensionHarness, input: NewAnnotation): Promise<AnnotationRecord> {
  const page = await extension.bridge();
  return page.evaluate((request) => window.randnotizE2e.db.createAnnotation(request), input);
}

export async function setUserFields(
  extension: ExtensionHarness,
  articleId: string,
  fields: ArticleUserFields,
): Promise<void> {
  const page = await extension.bridge();
  await page.evaluate(
    ([id, changes]) => window.randnotizE2e.db.updateArticleUserFields(id, changes).then(() => undefined),
    [articleId, fields] as const,
  );
}

/**
 * Shrinks the quota of the extension's origin through the DevTools protocol, so a write larger than what is left
 * fails with QuotaExceededError as on a full disk. Chromium keeps the override only while the DevTools session
 * that set it stays attached: call the returned function to lift it.
 */
export async function shrinkExtensionQuota(
  extension: ExtensionHarness,
  bytes: number,
): Promise<() => Promise<void>> {
  const page = await extension.bridge();
  const session = await extension.context.newCDPSession(page);
  const origin = `chrome-extension://${extension.extensionId}`;
  await session.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: bytes });
  const { overrideActive } = await session.send('Storage.getUsageAndQuota', { origin });
  if (!overrideActive) throw new Error(`Chromium did not accept a quota override for ${origin}`);
  return async () => {
    await session.send('Storage.overrideQuotaForOrigin', { origin });
    await session.detach();
  };
}
