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
    return protocolFailure('not-delivered', error instanceof Error ? error.message : String(error));
  }
  return readResponse(name, raw);
}

/**
 * Answers protocol messages in this context with the given handlers; returns a function that stops listening.
 * Call it inside an entrypoint's main, never at module top level.
 */
export function handleMessages(handlers: MessageHandlers): () => void {
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  // Returning a promise is how webextension-polyfill (and Firefox) send an asynchronous answer.
  const listener = (message: unknown, sender: Parameters<typeof answerMessage>[1]) =>
    answerMessage(message, sender, handlers, self);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
