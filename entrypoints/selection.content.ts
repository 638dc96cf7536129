import { captureSelection, type CapturedSelection } from '@/utils/clip/selection-capture';

/**
 * Injected on demand for "save selection as a quote" (never declared in the manifest). Sanitising happens here
 * because the background service worker has no DOM; the background checks the answer again.
 */
export default defineContentScript({
  registration: 'runtime',
  main(): CapturedSelection | null {
    return captureSelection(window);
  },
});
