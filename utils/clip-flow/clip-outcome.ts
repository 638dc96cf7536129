import * as v from 'valibot';
import { CLIP_ERROR_CODES } from '../clip/clip-result';
import type { StorageResult } from '../db/storage-errors';

/**
 * Why a clip did not end up in the library. The extraction codes of `clipTab` come first; the rest are the
 * flow's own. `message` is for developers and logs; the UI words the code in the reader's language.
 */
export const CLIP_FLOW_ERROR_CODES = [
  ...CLIP_ERROR_CODES,
  /**
   * Extraction spent its step budget (proportional to the page's size, far above what any real page needs) and
   * stopped: a pathological page, not a slow machine — extraction has no time limit of its own.
   */
  'extraction-limit',
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
  /** "Add to reading list" from the context menu for a list deleted meanwhile; nothing was stored. */
  'list-not-found',
] as const;

export type ClipFlowErrorCode = (typeof CLIP_FLOW_ERROR_CODES)[number];

/** What the reader asked for: the page as an article, or the selected passage as a quote with its article. */
export type ClipKind = 'page' | 'selection';
export const CLIP_KINDS: readonly ClipKind[] = ['page', 'selection'];

/** Where the clip was started; toolbar, shortcut and context menu grant activeTab, the panel button does not. */
export type ClipTrigger = 'action' | 'command' | 'context-menu' | 'panel';
export const CLIP_TRIGGERS: readonly ClipTrigger[] = ['action', 'command', 'context-menu', 'panel'];

/** Which list "add to reading list" puts the page on: an existing one, or one the reader names in the panel. */
export const listTargetSchema = v.union([
  v.strictObject({ listId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) }),
  v.strictObject({ newList: v.literal(true) }),
]);

export type ListTarget = v.InferOutput<typeof listTargetSchema>;

export interface ClipSaved {
  ok: true;
  kind: ClipKind;
  articleId: string;
  title: string;
  /** False when the page was already in the library and was updated in place. */
  created: boolean;
  /** Annotations of an updated article: how many exist and how many could not be re-anchored in the new text. */
  annotations: { total: number; orphaned: number; newlyOrphaned: number };
  /** Set when the clip was "add to reading list": the list the article is now on. */
  list?: ClipListPlacement;
  /** "New reading list …": the article is stored and the panel asks for the new list's name. */
  awaitsNewList?: boolean;
}

export interface ClipListPlacement {
  id: string;
  name: string;
  /** The article was on the list before; nothing changed. */
  alreadyOn: boolean;
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
    list: v.optional(v.object({ id: v.string(), name: v.string(), alreadyOn: v.boolean() })),
    awaitsNewList: v.optional(v.boolean()),
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

/** A storage failure as the clip flow reports it: nothing was written in any of these cases. */
export function clipStorageFailure(
  kind: ClipKind,
  failure: Extract<StorageResult<unknown>, { ok: false }>,
): ClipFailed {
  const { kind: storageKind, message } = failure.error;
  if (storageKind === 'quota') return clipFailed(kind, 'storage-full', message);
  if (storageKind === 'invalid-url') return clipFailed(kind, 'not-storable', message);
  return clipFailed(kind, 'storage-failed', message);
}

/** A stored clip; an entry without annotations (new, or a quote) counts none. */
export function clipSaved(
  kind: ClipKind,
  articleId: string,
  title: string,
  created: boolean,
  annotations: ClipSaved['annotations'] | undefined,
): ClipSaved {
  return {
    ok: true,
    kind,
    articleId,
    title,
    created,
    annotations: {
      total: annotations?.total ?? 0,
      orphaned: annotations?.orphaned ?? 0,
      newlyOrphaned: annotations?.newlyOrphaned ?? 0,
    },
  };
}
