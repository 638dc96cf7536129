import { normaliseUrl } from '../extract/metadata/canonical-url';
import { StorageError } from './storage-errors';

/**
 * The identity of a page in the library: the normalised URL (no fragment, no tracking parameters). Local files
 * the reader granted access to have no such normal form, so they are keyed by their address without fragment.
 */
export function urlKeyFor(raw: string): string | null {
  const normalised = normaliseUrl(raw);
  if (normalised) return normalised;
  try {
    const url = new URL(raw.trim());
    if (url.protocol !== 'file:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

export function requireUrlKey(raw: string): string {
  const key = urlKeyFor(raw);
  if (key === null)
    throw new StorageError('invalid-url', `Not an address an article can be stored under: ${raw}`);
  return key;
}
