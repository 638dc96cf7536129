import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { requestStoragePersistence, type StoragePersistence } from '@/utils/durability/storage-persistence';

/**
 * For the settings view: requests persistent storage when first mounted and reports whether the library is
 * protected from eviction (null while asking). Chromium refuses persist() to extension pages, so `unlimitedStorage`
 * is what protects the library there; the view should say "protected" when `protectedFromEviction` is true.
 */
export function useStoragePersistence(): StoragePersistence | null {
  const [state, setState] = useState<StoragePersistence | null>(null);
  useEffect(() => {
    let live = true;
    void requestStoragePersistence({
      storage: globalThis.navigator?.storage,
      hasUnlimitedStorage: () => browser.permissions.contains({ permissions: ['unlimitedStorage'] }),
    }).then((result) => {
      if (live) setState(result);
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
