import type { ClipFlowErrorCode, ClipFlowOutcome } from './clip-outcome';
import type { MessageKey } from '../i18n/messages';

/** A locale message: its key and the values for its placeholders. */
export interface LocalisedText {
  key: MessageKey;
  substitutions?: string[];
}

/** Every code gets words a reader understands; codes that need the same advice share a message. */
const ERROR_KEYS: Record<ClipFlowErrorCode, MessageKey> = {
  'restricted-page': 'clip_error_restrictedPage',
  'extension-store': 'clip_error_extensionStore',
  'pdf-viewer': 'clip_error_pdfViewer',
  'file-access-denied': 'clip_error_fileAccessDenied',
  'no-permission': 'clip_error_noPermission',
  'tab-not-found': 'clip_error_tabNotFound',
  'page-unavailable': 'clip_error_pageUnavailable',
  timeout: 'clip_error_timeout',
  'script-failed': 'clip_error_extractionFailed',
  'invalid-result': 'clip_error_extractionFailed',
  // Its own words once the locales have them; until then the general failure, which is true: no text was read.
  'extraction-limit': 'clip_error_extractionLimit',
  'not-an-article': 'clip_error_notAnArticle',
  'storage-full': 'clip_error_storageFull',
  'storage-failed': 'clip_error_storageFailed',
  'not-storable': 'clip_error_notStorable',
  'selection-empty': 'clip_error_selectionEmpty',
  'list-not-found': 'clip_error_listNotFound',
};

/** The sentence for a finished clip: shown in the panel's live region and as the toolbar button's tooltip. */
export function textForOutcome(outcome: ClipFlowOutcome): LocalisedText {
  if (!outcome.ok) return { key: ERROR_KEYS[outcome.error.code] };
  const title = outcome.title.trim() || '…';
  if (outcome.list) {
    const key = outcome.list.alreadyOn ? 'clip_alreadyOnList' : 'clip_addedToList';
    return { key, substitutions: [title, outcome.list.name] };
  }
  if (outcome.awaitsNewList) return { key: 'clip_readyForNewList', substitutions: [title] };
  if (outcome.kind === 'selection') return { key: 'clip_quoteSaved', substitutions: [title] };
  if (outcome.created) return { key: 'clip_savedNew', substitutions: [title] };
  if (outcome.annotations.orphaned > 0) {
    return { key: 'clip_savedUpdatedOrphans', substitutions: [title, String(outcome.annotations.orphaned)] };
  }
  return { key: 'clip_savedUpdated', substitutions: [title] };
}

export const WORKING_TEXT: LocalisedText = { key: 'clip_working' };

/** `browser.i18n.getMessage`'s shape, passed in so the wording stays testable without a browser. */
export type MessageLookup = (key: MessageKey, substitutions?: string[]) => string;

/** Falls back to the key so a missing translation shows up as a visible bug, never as an empty message. */
export function localise(lookup: MessageLookup, text: LocalisedText): string {
  return lookup(text.key, text.substitutions) || text.key;
}
