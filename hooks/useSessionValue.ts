import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * A value the background keeps in `storage.session`, read once and then followed live, so a panel that opens
 * while the background is still working gets it too. `parse` validates it (a module-level function: it is not
 * a dependency); anything it rejects counts as null, and so does a null key.
 */
export function useSessionValue<T>(key: string | null, parse: (raw: unknown) => T | null): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    setValue(null);
    if (key === null) return;
    let live = true;
    browser.storage.session
      .get(key)
      .then((stored) => {
        if (live) setValue(parse(stored[key]));
      })
      .catch((error: unknown) => console.warn(`Randnotiz could not read ${key}:`, error));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) setValue(parse(changes[key]?.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [key]);
  return value;
}
