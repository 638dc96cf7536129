import { useEffect } from 'preact/hooks';
import { sendMessage } from '@/utils/messages';
import { useReadingListNames } from './useReadingLists';

/**
 * Keeps the context menu's "Add to reading list" entries in step with the lists. Whatever changes them here —
 * the lists view, undo, an import — shows up in this live query, and the message wakes the background even when
 * it sleeps (a database change alone would not). Only names and ids matter to the menu, not article counts.
 */
export function useReadingListMenuSync(): void {
  const lists = useReadingListNames().value;
  const menuShape = lists?.map((list) => [list.id, list.name]);
  const signature = menuShape === undefined ? undefined : JSON.stringify(menuShape);
  useEffect(() => {
    if (signature === undefined) return;
    void sendMessage('readingLists/changed', {}).then((answer) => {
      if (!answer.ok) console.warn('Randnotiz could not update the context menu:', answer.error.message);
    });
  }, [signature]);
}
