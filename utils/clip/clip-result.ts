import * as v from 'valibot';
import type { Article } from '../extract';
import { articleSchema } from './article-schema';

/**
 * Why a tab could not be clipped. `message` beside it is for developers and logs; the UI turns the code into
 * words in the reader's language. A page that is no article is not an error: it arrives as an Article with
 * `readerable: false` and a reason, so the UI can offer "save anyway".
 */
export const CLIP_ERROR_CODES = [
  /** chrome://, about:, view-source:, other extensions' pages and other schemes no extension may script. */
  'restricted-page',
  /** Chrome Web Store, Edge Add-ons, addons.mozilla.org: browsers forbid extensions there. */
  'extension-store',
  /** The browser's built-in PDF viewer shows the tab; its content is not a DOM we can read. */
  'pdf-viewer',
  /** A file:// page while "Allow access to file URLs" is off for the extension. */
  'file-access-denied',
  /** The extension holds no permission for this tab (activeTab not granted, host not allowed). */
  'no-permission',
  /** The tab closed or never existed. */
  'tab-not-found',
  /** The tab shows the browser's own error page (offline, DNS failure …). */
  'page-unavailable',
  /** Extraction did not answer within the time limit (the page's main thread may be busy). */
  'timeout',
  /** The clip script failed to run or threw. */
  'script-failed',
  /** The clip script answered with something that is not an Article. */
  'invalid-result',
] as const;

export type ClipErrorCode = (typeof CLIP_ERROR_CODES)[number];

export interface ClipError {
  code: ClipErrorCode;
  message: string;
}

export type ClipResult = { ok: true; article: Article } | { ok: false; error: ClipError };

export const clipResultSchema: v.GenericSchema<unknown, ClipResult> = v.variant('ok', [
  v.object({ ok: v.literal(true), article: articleSchema }),
  v.object({
    ok: v.literal(false),
    error: v.object({ code: v.picklist(CLIP_ERROR_CODES), message: v.string() }),
  }),
]);

export function clipFailure(code: ClipErrorCode, message: string): { ok: false; error: ClipError } {
  return { ok: false, error: { code, message } };
}
