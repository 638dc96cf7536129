import type { SenderKind } from './protocol';

/** The parts of `runtime.MessageSender` the check needs (Chrome and Firefox agree on these). */
export interface SenderFacts {
  id?: string;
  url?: string;
  tab?: unknown;
}

export interface ExtensionIdentity {
  id: string;
  /** `runtime.getURL('/')`: the origin every extension page's URL starts with. */
  baseUrl: string;
}

/**
 * Which of our own contexts sent a message, or null for anyone else. An extension page shown in a tab (or in
 * a frame of a web page) also has `sender.tab`, so the URL decides first; a content script lives in a web
 * page's tab and carries that page's URL.
 */
export function classifySender(sender: SenderFacts, self: ExtensionIdentity): SenderKind | null {
  if (!sender.id || sender.id !== self.id) return null;
  if (sender.url?.startsWith(self.baseUrl)) return 'extension-page';
  if (sender.tab) return 'content-script';
  return null;
}
