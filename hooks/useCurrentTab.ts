import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { boundTabIdFrom } from '@/utils/clip-flow/bound-tab';

export interface CurrentTab {
  id: number;
  /** Undefined while Randnotiz may not see the address (no activeTab grant, no host permission). */
  url: string | undefined;
}

/**
 * The tab the panel acts on: `?tabId=N` when given (tests open the panel as a tab, which would otherwise be the
 * active tab itself), else the active tab of the panel's window, followed as the reader switches tabs or the
 * tab navigates. Null while unknown or after the tab closed.
 */
export function useCurrentTab(): CurrentTab | null {
  const [tab, setTab] = useState<CurrentTab | null>(null);
  useEffect(() => {
    const bound = boundTabIdFrom(location.search);
    let windowId: number | undefined;
    let live = true;

    const show = async (tabId: number) => {
      try {
        const found = await browser.tabs.get(tabId);
        if (live) setTab({ id: tabId, url: found.url });
      } catch {
        if (live) setTab(null);
      }
    };
    const resolve = async () => {
      if (bound !== null) return show(bound);
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      windowId = active?.windowId;
      if (active?.id !== undefined) return show(active.id);
      if (live) setTab(null);
    };

    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (bound === null && info.windowId === windowId) void show(info.tabId);
    };
    // Fires on navigation and when a grant makes the address visible; only the shown tab matters.
    const onUpdated = (tabId: number) => {
      setTab((current) => {
        if (current?.id === tabId) void show(tabId);
        return current;
      });
    };
    const onRemoved = (tabId: number) => {
      setTab((current) => (current?.id === tabId ? null : current));
      if (bound === null) void resolve();
    };

    void resolve();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
    };
  }, []);
  return tab;
}
