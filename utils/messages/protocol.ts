import * as v from 'valibot';
import { clipResultSchema } from '../clip/clip-result';
import { clipFlowOutcomeSchema, listTargetSchema } from '../clip-flow/clip-outcome';

/** Who may send a message: checked against the runtime sender before any handler runs. */
export type SenderKind = 'extension-page' | 'content-script';

export interface MessageSpec {
  /** Contexts allowed to send it; anyone else gets a `forbidden-sender` failure. */
  from: readonly SenderKind[];
  request: v.GenericSchema;
  response: v.GenericSchema;
}

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * Every message between Randnotiz's contexts, by name. The schemas are the single source of the request and
 * response types and are checked on both ends of every hop. Add a message here, then handle it in
 * `entrypoints/background/index.ts`.
 */
export const PROTOCOL = {
  /**
   * Extract the article shown in a tab the extension may script (the active tab after a user gesture, or a
   * host the user granted). Answered by the background with a ClipResult; a page that is no article arrives as
   * an Article with `readerable: false`. `fullPage` keeps the whole cleaned page ("save anyway").
   */
  'clip/extractTab': {
    from: ['extension-page'],
    request: v.strictObject({ tabId, fullPage: v.optional(v.boolean()) }),
    response: clipResultSchema,
  },
  /**
   * The panel's "Save this page" (and "Save anyway" with `fullPage`): the same clip flow as the toolbar button,
   * shortcut and context menu — extract, store in the library, report. A page already in the library is
   * updated and keeps its annotations. Without a user gesture on the tab the clip needs activeTab still granted
   * or the optional host permission; otherwise the outcome is `no-permission`. `addToList` repeats a context
   * menu's "add to reading list" (the panel's "save anyway" after that entry found no article).
   */
  'clip/saveTab': {
    from: ['extension-page'],
    request: v.strictObject({
      tabId,
      fullPage: v.optional(v.boolean()),
      addToList: v.optional(listTargetSchema),
    }),
    response: clipFlowOutcomeSchema,
  },
  /**
   * "Save selection as a quote" for the tab's current selection: its sanitised HTML is stored with the page's
   * article, which is extracted and created first if the library does not have it yet.
   */
  'clip/saveSelection': {
    from: ['extension-page'],
    request: v.strictObject({ tabId }),
    response: clipFlowOutcomeSchema,
  },
  /**
   * Reading lists were created, renamed, deleted, restored or imported: the background rebuilds the context
   * menu's "Add to reading list" entries from the database. Carries nothing, so nothing in it needs trusting; it
   * also wakes a sleeping background, which no database change does.
   */
  'readingLists/changed': {
    from: ['extension-page'],
    request: v.strictObject({}),
    response: v.variant('ok', [
      v.object({ ok: v.literal(true) }),
      v.object({
        ok: v.literal(false),
        error: v.object({ code: v.literal('menu-failed'), message: v.string() }),
      }),
    ]),
  },
} as const satisfies Record<string, MessageSpec>;

export type MessageName = keyof typeof PROTOCOL;
export type RequestOf<K extends MessageName> = v.InferOutput<(typeof PROTOCOL)[K]['request']>;
export type ResponseOf<K extends MessageName> = v.InferOutput<(typeof PROTOCOL)[K]['response']>;

/** The wire format of every message. */
export interface Envelope<K extends MessageName = MessageName> {
  name: K;
  request: RequestOf<K>;
}

export const envelopeSchema = v.object({
  name: v.picklist(Object.keys(PROTOCOL) as MessageName[]),
  request: v.unknown(),
});

/** Why the protocol itself (not the handler) could not deliver an answer. */
export const PROTOCOL_ERROR_CODES = [
  /** Not an envelope, an unknown name, or a request of the wrong shape. */
  'invalid-message',
  /** The sender is not this extension, or not a context allowed to send this message. */
  'forbidden-sender',
  /** Nothing in the receiving context handles this message. */
  'no-handler',
  /** The handler threw; protocol handlers should answer with failure values instead. */
  'handler-failed',
  /** The message reached no receiver (e.g. the background was not running and could not start). */
  'not-delivered',
  /** The answer did not match the response schema. */
  'invalid-response',
] as const;

export type ProtocolErrorCode = (typeof PROTOCOL_ERROR_CODES)[number];

export interface ProtocolFailure {
  ok: false;
  error: { code: ProtocolErrorCode; message: string };
}

export const protocolFailureSchema = v.object({
  ok: v.literal(false),
  error: v.object({ code: v.picklist(PROTOCOL_ERROR_CODES), message: v.string() }),
});

export function protocolFailure(code: ProtocolErrorCode, message: string): ProtocolFailure {
  return { ok: false, error: { code, message } };
}
