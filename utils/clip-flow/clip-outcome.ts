import * as v from 'valibot';
import { CLIP_ERROR_CODES } from '../clip/clip-result';

/**
 * Why a clip did not end up in the library. The extraction codes of `clipTab` come first; the rest are the
 * flow's own. `message` is for developers and logs; the UI words the code in the reader's language.
 */
export const CLIP_FLOW_ERROR_CODES = [
  ...CLIP_ERROR_CODES,
  /** The page reads as a listing or has too little text; "save anyway" stores the cleaned full page. */
  'not-an-article',
  /** QuotaExceededError: the disk or the origin's quota is full and nothing was written. */
  'storage-full',
  /** Any other storage failure (database closed, blocked, corrupt); nothing was written. */
  'storage-failed',
  /** The page address cannot identify a library entry (e.g. data: URLs). */
  'not-storable',
  /** "Save selection as a quote" with nothing selected. */
  'selection-empty',
] as const;

export type ClipFlowErrorCode = (typeof CLIP_FLOW_ERROR_CODES)[number];

/** What the reader asked for: the page as an article, or the selected passage as a quote with its article. */
export type ClipKind = 'page' | 'selection';
export const CLIP_KINDS: readonly ClipKind[] = ['page', 'selection'];

/** Where the clip was started; toolbar, shortcut and context menu grant activeTab, the panel button does not. */
export type ClipTrigger = 'action' | 'command' | 'context-menu' | 'panel';
export const CLIP_TRIGGERS: readonly ClipTrigger[] = ['action', 'command', 'context-menu', 'panel'];

export interface ClipSaved {
  ok: true;
  kind: ClipKind;
  articleId: string;
  title: string;
  /** False when the page was already in the library and was updated in place. */
  created: boolean;
  /** Annotations of an updated article: how many exist and how many could not be re-anchored in the new text. */
  annotations: { total: number; orphaned: number; newlyOrphaned: number };
}

export interface ClipFailed {
  ok: false;
  kind: ClipKind;
  error: { code: ClipFlowErrorCode; message: string };
}

export type ClipFlowOutcome = ClipSaved | ClipFailed;

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Checked wherever an outcome crosses a context: as a message response and when read from session storage. */
export const clipFlowOutcomeSchema: v.GenericSchema<unknown, ClipFlowOutcome> = v.variant('ok', [
  v.object({
    ok: v.literal(true),
    kind: v.picklist(CLIP_KINDS),
    articleId: v.string(),
    title: v.string(),
    created: v.boolean(),
    annotations: v.object({ total: count, orphaned: count, newlyOrphaned: count }),
  }),
  v.object({
    ok: v.literal(false),
    kind: v.picklist(CLIP_KINDS),
    error: v.object({ code: v.picklist(CLIP_FLOW_ERROR_CODES), message: v.string() }),
  }),
]);

export function clipFailed(kind: ClipKind, code: ClipFlowErrorCode, message: string): ClipFailed {
  return { ok: false, kind, error: { code, message } };
}
