import { clipTab } from '@/utils/clip';
import {
  clipAndStore,
  forgetClipStatus,
  rebuildContextMenusForPanel,
  registerClipTriggers,
} from '@/utils/clip-flow';
import { handleMessages } from '@/utils/messages';
import { browser } from 'wxt/browser';

export default defineBackground(() => {
  handleMessages({
    'clip/extractTab': ({ tabId, fullPage }) => clipTab(tabId, { fullPage }),
    'clip/saveTab': ({ tabId, fullPage, addToList }) =>
      clipAndStore({ tabId, kind: 'page', trigger: 'panel', fullPage, addToList }),
    'clip/saveSelection': ({ tabId }) => clipAndStore({ tabId, kind: 'selection', trigger: 'panel' }),
    'readingLists/changed': () => rebuildContextMenusForPanel(),
  });
  registerClipTriggers(clipAndStore);
  // A tab's last clip says nothing about the next page it shows (nor about a closed tab).
  browser.tabs.onRemoved.addListener((tabId) => void forgetClipStatus(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetClipStatus(tabId);
  });
});
