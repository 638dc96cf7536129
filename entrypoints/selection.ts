import { captureSelection, type CapturedSelection } from '@/utils/clip/selection-capture';

/**
 * Injected on demand for "save selection as a quote" (never declared in the manifest). Sanitising happens here
 * because the background service worker has no DOM; the background checks the answer again. An unlisted script
 * for the same reason as `clip.ts`: no webextension-polyfill in a script that never calls the browser's API.
 */
export default defineUnlistedScript({
  main(): CapturedSelection | null {
    return captureSelection(window);
  },
});
