/** What the settings view shows about how safe the library is from the browser clearing storage. */
export interface StoragePersistence {
  /** `navigator.storage.persisted()` after asking: Chromium answers false in extension pages, Firefox may ask. */
  persisted: boolean;
  /** The manifest's `unlimitedStorage`, which is what actually exempts the library from eviction in Chromium. */
  unlimitedStorage: boolean;
  /** Either of the two keeps the browser from evicting the library under storage pressure. */
  protectedFromEviction: boolean;
}

export interface PersistenceApis {
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined;
  hasUnlimitedStorage: () => Promise<boolean>;
}

/**
 * Asks for persistent storage once and reports the result. Call it from an extension page (the library lives in
 * the extension's origin, and the background's service worker cannot prompt). A failing API counts as "not
 * persisted" rather than an error: there is nothing the reader could do about it.
 */
export async function requestStoragePersistence(apis: PersistenceApis): Promise<StoragePersistence> {
  const [persisted, unlimitedStorage] = await Promise.all([
    askToPersist(apis.storage),
    apis.hasUnlimitedStorage().catch(() => false),
  ]);
  return { persisted, unlimitedStorage, protectedFromEviction: persisted || unlimitedStorage };
}

async function askToPersist(storage: PersistenceApis['storage']): Promise<boolean> {
  if (!storage) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
