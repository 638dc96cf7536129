import { describe, expect, it } from 'vitest';
import { requestStoragePersistence } from '../../utils/durability/storage-persistence';

describe('requestStoragePersistence', () => {
  const storage = (persisted: boolean, persist: boolean | Error) => ({
    persisted: async () => persisted,
    persist: async () => {
      if (persist instanceof Error) throw persist;
      return persist;
    },
  });

  it('counts unlimitedStorage as protection when Chromium refuses persist() to extension pages', async () => {
    expect(
      await requestStoragePersistence({
        storage: storage(false, false),
        hasUnlimitedStorage: async () => true,
      }),
    ).toEqual({ persisted: false, unlimitedStorage: true, protectedFromEviction: true });
  });

  it('reports a granted persist() and an unprotected library honestly', async () => {
    expect(
      await requestStoragePersistence({
        storage: storage(false, true),
        hasUnlimitedStorage: async () => false,
      }),
    ).toEqual({ persisted: true, unlimitedStorage: false, protectedFromEviction: true });
    expect(
      await requestStoragePersistence({
        storage: storage(false, new Error('denied')),
        hasUnlimitedStorage: async () => Promise.reject(new Error('no permissions API')),
      }),
    ).toEqual({ persisted: false, unlimitedStorage: false, protectedFromEviction: false });
  });
});
