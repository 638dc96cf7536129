import { clipTab } from '@/utils/clip';
import { handleMessages } from '@/utils/messages';

export default defineBackground(() => {
  handleMessages({
    'clip/extractTab': ({ tabId, fullPage }) => clipTab(tabId, { fullPage }),
  });
});
