export { handleMessages, sendMessage, type HandleMessagesOptions } from './runtime-messaging';
export {
  answerMessage,
  readResponse,
  type MessageHandler,
  type MessageHandlers,
  type VerifiedSender,
} from './answer-message';
export {
  type Envelope,
  type MessageName,
  type ProtocolErrorCode,
  type ProtocolFailure,
  type RequestOf,
  type ResponseOf,
  type SenderKind,
} from './protocol';
export type { ExtensionIdentity } from './sender';
