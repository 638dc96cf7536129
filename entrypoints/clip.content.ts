import { extractArticle } from '@/utils/extract';
import { takeClipOptions, type UnsupportedDocument } from '@/utils/clip/clip-script-contract';
import { isPdfDocument } from '@/utils/clip/page-restrictions';
import type { Article } from '@/utils/extract';

/**
 * Injected on demand by `clipTab` (never declared in the manifest, so it needs no host permissions). Whatever
 * `main` returns is what `browser.scripting.executeScript` hands back to the background.
 */
export default defineContentScript({
  registration: 'runtime',
  main(): Article | UnsupportedDocument {
    const options = takeClipOptions(globalThis);
    if (isPdfDocument(document.contentType)) return { unsupportedContentType: document.contentType };
    return extractArticle(document, location.href, options);
  },
});
