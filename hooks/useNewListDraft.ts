import { useCallback } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { NEW_LIST_DRAFT_KEY, parseNewListDraft, type NewListDraft } from '@/utils/clip-flow';
import { useSessionValue } from './useSessionValue';

export type { NewListDraft } from '@/utils/clip-flow';

export interface NewListDraftState {
  /** The article waiting for "New reading list …" to get a name, or null. */
  draft: NewListDraft | null;
  /** Forgets the note, in this panel and every other one. */
  clear(): void;
}

/** The note the context menu's "New reading list …" leaves in session storage, followed live. */
export function useNewListDraft(): NewListDraftState {
  const draft = useSessionValue(NEW_LIST_DRAFT_KEY, parseNewListDraft);
  const clear = useCallback(() => {
    browser.storage.session
      .remove(NEW_LIST_DRAFT_KEY)
      .catch((error: unknown) => console.warn('Randnotiz could not remove the new-list note:', error));
  }, []);
  return { draft, clear };
}
