import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { clipErrorForInjectionFailure } from './page-restrictions';
import type { ClipError } from './clip-result';
import { looksInert, textAsQuoteHtml } from './inert-html';
import { errorText } from '../messages/error-text';
import { checkTabAccess, TIMED_OUT, withTimeout, type TabAccessOptions } from './tab-access';
import type { CapturedSelection } from './selection-capture';

/** Where WXT writes `entrypoints/selection.ts` (an unlisted script). */
export const SELECTION_SCRIPT_FILE = '/selection.js';

/** Reading a selection is quick; a page that does not answer in this time is busy. */
export const SELECTION_TIMEOUT_MS = 5_000;

/** Generous for a quote, small enough that a "select all" of a huge page cannot flood the library. */
export const MAX_SELECTION_CHARS = 2_000_000;

export interface SelectionCaptureOptions extends TabAccessOptions {
  /** The frame the selection is in (the context menu says which); the top frame otherwise. */
  frameId?: number;
  timeoutMs?: number;
}

export type SelectionCapture =
  | { ok: true; selection: CapturedSelection; url: string | undefined }
  | { ok: true; selection: null; url: string | undefined }
  | { ok: false; error: ClipError };

const selectionSchema = v.nullable(
  v.object({
    html: v.pipe(v.string(), v.maxLength(MAX_SELECTION_CHARS)),
    text: v.pipe(v.string(), v.maxLength(MAX_SELECTION_CHARS)),
  }),
);

/**
 * Reads the selection of a tab as sanitised HTML. What arrives is checked again here: the wrong shape is an
 * `invalid-result`, HTML that is not inert is replaced by the selection's plain text. `selection: null` means
 * nothing is selected.
 */
export async function captureSelectionInTab(
  tabId: number,
  options: SelectionCaptureOptions = {},
): Promise<SelectionCapture> {
  const access = await checkTabAccess(tabId, options);
  if (!access.ok) return access;
  const target = { tabId, frameIds: [options.frameId ?? 0] };
  const injection = browser.scripting
    .executeScript({ target, files: [SELECTION_SCRIPT_FILE] })
    .then((frames) => ({ frames }))
    .catch((error: unknown) => ({ error: clipErrorForInjectionFailure(errorText(error)) }));
  const outcome = await withTimeout(injection, options.timeoutMs ?? SELECTION_TIMEOUT_MS);
  if (outcome === TIMED_OUT) {
    return { ok: false, error: { code: 'timeout', message: 'The page did not hand over its selection' } };
  }
  if ('error' in outcome) return { ok: false, error: outcome.error };
  const frame = outcome.frames[0];
  // Chrome leaves `result` empty when the script threw; a script that found no selection answers null.
  if (frame?.result === undefined) {
    return { ok: false, error: { code: 'script-failed', message: 'The selection script returned nothing' } };
  }
  const parsed = v.safeParse(selectionSchema, frame.result);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid-result', message: 'The selection script answered nonsense' },
    };
  }
  return { ok: true, selection: parsed.output && inertSelection(parsed.output), url: access.url };
}

function inertSelection(selection: CapturedSelection): CapturedSelection | null {
  if (selection.html !== '' && looksInert(selection.html)) return selection;
  const html = textAsQuoteHtml(selection.text);
  return html === '' ? null : { html, text: selection.text };
}
