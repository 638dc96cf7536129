import { clipStatusKey, parseClipStatus, type ClipStatus } from '@/utils/clip-flow';
import { useSessionValue } from './useSessionValue';

/**
 * The last clip of a tab as the background recorded it (whichever trigger started it), followed live. Read
 * from session storage rather than sent as a message, so a panel that opens while the clip runs still gets it.
 */
export function useClipSessionStatus(tabId: number | null): ClipStatus | null {
  return useSessionValue(tabId === null ? null : clipStatusKey(tabId), parseClipStatus);
}
