/**
 * The side panel follows the active tab of its window. Opened as an ordinary tab (as the e2e tests do), it would
 * be the active tab itself, so `?tabId=N` binds it to tab N instead.
 */
export function boundTabIdFrom(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const tabId = Number(raw);
  return Number.isSafeInteger(tabId) ? tabId : null;
}
