import { browser } from 'wxt/browser';
import { answerMessage, readResponse, type MessageHandlers } from './answer-message';
import {
  protocolFailure,
  type Envelope,
  type MessageName,
  type ProtocolFailure,
  type RequestOf,
  type ResponseOf,
} from './protocol';
import { errorText } from './error-text';

/**
 * Sends a protocol message to the extension's other contexts (the background, open extension pages). Never
 * throws: a missing receiver or a malformed answer comes back as a ProtocolFailure.
 */
export async function sendMessage<K extends MessageName>(
  name: K,
  request: RequestOf<K>,
): Promise<ResponseOf<K> | ProtocolFailure> {
  const envelope: Envelope<K> = { name, request };
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(envelope);
  } catch (error) {
    return protocolFailure('not-delivered', errorText(error));
  }
  return readResponse(name, raw);
}

export interface HandleMessagesOptions {
  /**
   * Whether this context answers messages it has no handler for (with `no-handler` or `invalid-message`). Only
   * the background should: `runtime.sendMessage` reaches every extension page too, and the first answer wins, so
   * a panel answering "no handler" would hide the background's real answer. Defaults to true.
   */
  answerUnhandled?: boolean;
}

/**
 * Answers protocol messages in this context with the given handlers; returns a function that stops listening.
 * Call it inside an entrypoint's main, never at module top level. Extension pages pass
 * `{ answerUnhandled: false }`.
 */
export function handleMessages(
  handlers: MessageHandlers,
  { answerUnhandled = true }: HandleMessagesOptions = {},
): () => void {
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  // Returning a promise is how webextension-polyfill (and Firefox) send an asynchronous answer; returning
  // undefined leaves the message to other listeners.
  const listener = (message: unknown, sender: Parameters<typeof answerMessage>[1]) => {
    if (!answerUnhandled && !handlesMessage(handlers, message)) return undefined;
    return answerMessage(message, sender, handlers, self);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

function handlesMessage(handlers: MessageHandlers, message: unknown): boolean {
  const name = (message as { name?: unknown } | null)?.name;
  return typeof name === 'string' && Object.hasOwn(handlers, name);
}
