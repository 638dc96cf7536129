import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { withTextLanguage } from './article-language';
import { articleSchema } from './article-schema';
import {
  CLIP_OPTIONS_GLOBAL,
  prepareClip,
  type ClipScriptOptions,
  type PageSize,
} from './clip-script-contract';
import { CLIP_TIMEOUT_MS, extractionTimeLimitMs, seconds } from './clip-time-limit';
import { clipFailure, type ClipError, type ClipResult } from './clip-result';
import type { Article } from '../extract';
import { clipErrorForInjectionFailure, isPdfDocument } from './page-restrictions';
import { errorText } from '../messages/error-text';
import { checkTabAccess, TIMED_OUT, withTimeout, type TabAccessOptions } from './tab-access';

/** Where WXT writes `entrypoints/clip.ts` (an unlisted script) in every build. */
export const CLIP_SCRIPT_FILE = '/clip.js';

const unsupportedDocumentSchema = v.object({ unsupportedContentType: v.string() });

export interface ClipTabOptions extends ClipScriptOptions, TabAccessOptions {
  /** Overrides both wall-clock limits (tests); by default the page gets 10 s to answer and a size-based limit. */
  timeoutMs?: number;
}

const pageSizeSchema = v.object({ elements: v.pipe(v.number(), v.integer(), v.minValue(0)) });

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
  const answerMs = options.timeoutMs ?? CLIP_TIMEOUT_MS;
  const probe = await withTimeout(preparePage(tabId, { fullPage: options.fullPage }), answerMs);
  if (probe === TIMED_OUT) {
    return clipFailure(
      'timeout',
      `The page did not answer within ${seconds(answerMs)}: its main thread is busy`,
    );
  }
  if (!probe.ok) return probe;
  const elements = probe.size?.elements;
  const limitMs = options.timeoutMs ?? extractionTimeLimitMs(elements ?? 0);
  const outcome = await withTimeout(runClipScript(tabId), limitMs);
  if (outcome === TIMED_OUT) {
    const size = elements === undefined ? 'the page' : `a page of ${elements} elements`;
    return clipFailure('timeout', `Extracting ${size} did not finish within ${seconds(limitMs)}`);
  }
  return outcome.ok ? { ...outcome, pageUrl: access.url } : outcome;
}

/** Hands the options to the clip script and asks the page for its size (undefined when it cannot say). */
async function preparePage(
  tabId: number,
  options: ClipScriptOptions,
): Promise<{ ok: true; size: PageSize | undefined } | { ok: false; error: ClipError }> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: prepareClip,
      args: [CLIP_OPTIONS_GLOBAL, options],
    });
    const size = v.safeParse(pageSizeSchema, frame?.result);
    return { ok: true, size: size.success ? size.output : undefined };
  } catch (error) {
    return { ok: false, error: clipErrorForInjectionFailure(errorText(error)) };
  }
}

async function runClipScript(tabId: number): Promise<ClipResult> {
  let results: Array<{ result?: unknown; error?: unknown }>;
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: [CLIP_SCRIPT_FILE] });
  } catch (error) {
    return { ok: false, error: clipErrorForInjectionFailure(errorText(error)) };
  }
  return interpretScriptResult(results[0]);
}

/**
 * Checks what came out of the page: an Article (whose language is then named from its text, see
 * `withTextLanguage`), the PDF viewer's answer, or a failure.
 */
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
  return { ok: true, article: withTextLanguage(article.output) };
}
