import * as v from 'valibot';
import {
  envelopeSchema,
  PROTOCOL,
  protocolFailure,
  protocolFailureSchema,
  type MessageName,
  type MessageSpec,
  type ProtocolFailure,
  type RequestOf,
  type ResponseOf,
  type SenderKind,
} from './protocol';
import { classifySender, type ExtensionIdentity, type SenderFacts } from './sender';
import { errorText } from './error-text';

/** What a handler learns about who asked, after the sender check passed. */
export interface VerifiedSender {
  kind: SenderKind;
  /** The sender's tab (content scripts, and extension pages opened as a tab). */
  tabId?: number;
  url?: string;
}

export type MessageHandler<K extends MessageName> = (
  request: RequestOf<K>,
  sender: VerifiedSender,
) => ResponseOf<K> | Promise<ResponseOf<K>>;

/** The handlers one context offers; a message without one here is answered with `no-handler`. */
export type MessageHandlers = { [K in MessageName]?: MessageHandler<K> };

type IncomingSender = SenderFacts & { tab?: { id?: number } };

/**
 * Checks sender, envelope and request shape, then runs the handler. Always resolves: every problem becomes a
 * ProtocolFailure value, because an exception thrown in a listener reaches the sender only as an opaque string.
 */
export async function answerMessage(
  message: unknown,
  sender: IncomingSender,
  handlers: MessageHandlers,
  self: ExtensionIdentity,
): Promise<unknown> {
  const kind = classifySender(sender, self);
  if (!kind) return protocolFailure('forbidden-sender', 'Messages are accepted from Randnotiz itself only');
  const envelope = v.safeParse(envelopeSchema, message);
  if (!envelope.success)
    return protocolFailure('invalid-message', `Not a Randnotiz message: ${issueText(envelope.issues)}`);
  const name = envelope.output.name;
  const spec: MessageSpec = PROTOCOL[name];
  if (!spec.from.includes(kind))
    return protocolFailure('forbidden-sender', `${name} may not be sent from a ${kind}`);
  const request = v.safeParse(spec.request, envelope.output.request);
  if (!request.success) return protocolFailure('invalid-message', `${name}: ${issueText(request.issues)}`);
  const handler = handlers[name] as MessageHandler<MessageName> | undefined;
  if (!handler) return protocolFailure('no-handler', `Nothing here handles ${name}`);
  try {
    return await handler(request.output as RequestOf<MessageName>, {
      kind,
      tabId: sender.tab?.id,
      url: sender.url,
    });
  } catch (error) {
    return protocolFailure('handler-failed', `${name} failed: ${errorText(error)}`);
  }
}

/** Reads an answer on the sending side: the message's response, a protocol failure, or `invalid-response`. */
export function readResponse<K extends MessageName>(name: K, raw: unknown): ResponseOf<K> | ProtocolFailure {
  if (raw === undefined) return protocolFailure('not-delivered', `No receiver answered ${name}`);
  // Protocol and handler failures share the `{ ok: false, error }` shape; their codes never overlap.
  const failure = v.safeParse(protocolFailureSchema, raw);
  if (failure.success) return failure.output;
  const parsed = v.safeParse(PROTOCOL[name].response, raw);
  if (!parsed.success) return protocolFailure('invalid-response', `${name}: ${issueText(parsed.issues)}`);
  return parsed.output as ResponseOf<K>;
}

function issueText(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${v.getDotPath(issue) ?? '(message)'}: ${issue.message}`)
    .join('; ');
}
