import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { clipStatusKey, parseClipStatus, type ClipStatus } from '@/utils/clip-flow';

/**
 * The last clip of a tab as the background recorded it (whichever trigger started it), followed live. Read
 * from session storage rather than sent as a message, so a panel that opens while the clip runs still gets it.
 */
export function useClipSessionStatus(tabId: number | null): ClipStatus | null {
  const [status, setStatus] = useState<ClipStatus | null>(null);
  useEffect(() => {
    setStatus(null);
    if (tabId === null) return;
    const key = clipStatusKey(tabId);
    let live = true;
    browser.storage.session
      .get(key)
      .then((stored) => {
        if (live) setStatus(parseClipStatus(stored[key]));
      })
      .catch((error: unknown) => console.warn('Randnotiz could not read the clip status:', error));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) setStatus(parseClipStatus(changes[key]?.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId]);
  return status;
}
