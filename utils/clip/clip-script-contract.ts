import type { ExtractOptions } from '../extract';

/**
 * The contract between `clipTab` (background) and the clip content script. A script injected from a file takes
 * no arguments, so options travel through a global of the extension's isolated world, which the page cannot see;
 * the script removes it after reading so the next clip starts clean.
 */
export const CLIP_OPTIONS_GLOBAL = '__randnotizClipOptions';

export interface ClipScriptOptions {
  /** Keep the whole cleaned page instead of Readability's pick ("save anyway" for non-articles). */
  fullPage?: boolean;
}

/** Answer of the clip script for a document it cannot read as HTML (the built-in PDF viewer's wrapper). */
export interface UnsupportedDocument {
  unsupportedContentType: string;
}

export function takeClipOptions(scope: typeof globalThis): ExtractOptions {
  const holder = scope as unknown as Record<string, unknown>;
  const raw = holder[CLIP_OPTIONS_GLOBAL] as ClipScriptOptions | undefined;
  delete holder[CLIP_OPTIONS_GLOBAL];
  return { fullPage: raw?.fullPage === true };
}

/** What the page says about itself before extraction, so the background can size its time limit. */
export interface PageSize {
  elements: number;
}

/**
 * Runs (via executeScript's `func`, so it must stay self-contained) just before the clip script: hands over the
 * options and answers with the page's size. A page whose main thread is busy does not answer this either, which
 * tells "the page is busy" apart from "the extraction of a big page is slow".
 */
export function prepareClip(key: string, options: ClipScriptOptions): PageSize {
  (globalThis as unknown as Record<string, unknown>)[key] = options;
  return { elements: document.getElementsByTagName('*').length };
}
