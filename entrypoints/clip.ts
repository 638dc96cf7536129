import { extractArticle } from '@/utils/extract/extract-article';
import { takeClipOptions, type UnsupportedDocument } from '@/utils/clip/clip-script-contract';
import { isPdfDocument } from '@/utils/clip/page-restrictions';
import type { Article } from '@/utils/extract';

/**
 * Injected on demand by `clipTab` (never declared in the manifest, so it needs no host permissions). Whatever
 * `main` returns is what `browser.scripting.executeScript` hands back to the background.
 *
 * An unlisted script, not a content script: WXT wraps content scripts in a context object that pulls in
 * webextension-polyfill, which this script never uses. It extracts without a language detector, so the answer's
 * `lang` is the page's declared language; the background names the language from the text (withTextLanguage).
 */
export default defineUnlistedScript({
  main(): Article | UnsupportedDocument {
    const options = takeClipOptions(globalThis);
    if (isPdfDocument(document.contentType)) return { unsupportedContentType: document.contentType };
    return extractArticle(document, location.href, options);
  },
});
