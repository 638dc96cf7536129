import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { articleSchema } from './article-schema';
import { CLIP_OPTIONS_GLOBAL, storeClipOptions, type ClipScriptOptions } from './clip-script-contract';
import { clipFailure, type ClipError, type ClipResult } from './clip-result';
import type { Article } from '../extract';
import { clipErrorForInjectionFailure, isPdfDocument } from './page-restrictions';
import { errorText } from '../messages/error-text';
import { checkTabAccess, TIMED_OUT, withTimeout, type TabAccessOptions } from './tab-access';

/** Where WXT writes `entrypoints/clip.content.ts` in every build. */
export const CLIP_SCRIPT_FILE = '/content-scripts/clip.js';

/**
 * Covers injection plus extraction. Extraction has its own 2 s watchdog, but a page whose main thread is busy
 * never even starts the script, and only this limit answers then.
 */
export const CLIP_TIMEOUT_MS = 10_000;

const unsupportedDocumentSchema = v.object({ unsupportedContentType: v.string() });

export interface ClipTabOptions extends ClipScriptOptions, TabAccessOptions {
  timeoutMs?: number;
}

/**
 * A clip with the address the tab showed when access was checked: the page the script was allowed into, and the
 * address the library files the article under (undefined when the browser hides it).
 */
export type TabClipResult =
  { ok: true; article: Article; pageUrl: string | undefined } | { ok: false; error: ClipError };

/**
 * Extracts the article shown in a tab. The extension must be allowed to script the tab (activeTab after a user
 * gesture, or a granted host). Never throws: every failure comes back as a coded ClipResult.
 */
export async function clipTab(tabId: number, options: ClipTabOptions = {}): Promise<TabClipResult> {
  const access = await checkTabAccess(tabId, options);
  if (!access.ok) return access;
  const timeoutMs = options.timeoutMs ?? CLIP_TIMEOUT_MS;
  const outcome = await withTimeout(runClipScript(tabId, { fullPage: options.fullPage }), timeoutMs);
  if (outcome === TIMED_OUT)
    return clipFailure('timeout', `The page did not answer within ${timeoutMs / 1000} s`);
  return outcome.ok ? { ...outcome, pageUrl: access.url } : outcome;
}

async function runClipScript(tabId: number, options: ClipScriptOptions): Promise<ClipResult> {
  let results: Array<{ result?: unknown; error?: unknown }>;
  try {
    if (options.fullPage) {
      await browser.scripting.executeScript({
        target: { tabId },
        func: storeClipOptions,
        args: [CLIP_OPTIONS_GLOBAL, options],
      });
    }
    results = await browser.scripting.executeScript({ target: { tabId }, files: [CLIP_SCRIPT_FILE] });
  } catch (error) {
    return { ok: false, error: clipErrorForInjectionFailure(errorText(error)) };
  }
  return interpretScriptResult(results[0]);
}

/** Checks what came out of the page: an Article, the PDF viewer's answer, or a failure. */
export function interpretScriptResult(frame: { result?: unknown; error?: unknown } | undefined): ClipResult {
  if (!frame) return clipFailure('script-failed', 'The clip script ran in no frame');
  // Firefox reports a script's exception here; Chrome logs it and leaves `result` empty.
  if (frame.error !== undefined) return clipFailure('script-failed', errorText(frame.error));
  if (frame.result === undefined || frame.result === null) {
    return clipFailure('script-failed', 'The clip script returned nothing');
  }
  const unsupported = v.safeParse(unsupportedDocumentSchema, frame.result);
  if (unsupported.success) {
    const type = unsupported.output.unsupportedContentType;
    return isPdfDocument(type)
      ? clipFailure('pdf-viewer', 'The tab shows a PDF in the browser’s viewer')
      : clipFailure('restricted-page', `Cannot read a ${type} document`);
  }
  const article = v.safeParse(articleSchema, frame.result);
  if (!article.success) {
    const issue = article.issues[0];
    return clipFailure(
      'invalid-result',
      `The clip script returned no Article: ${v.getDotPath(issue) ?? ''} ${issue.message}`,
    );
  }
  return { ok: true, article: article.output };
}
