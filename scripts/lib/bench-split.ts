/**
 * The generalisation split: every corpus page is in the *tune* half or the *check* half, decided by a stable hash
 * of its site (host name without "www."), so no site is in both. Rules are developed by looking at tune pages
 * only and judged by the check half, which stands in for the pages we do not have.
 */
export type BenchHalf = 'tune' | 'check';
export const BENCH_HALVES: readonly BenchHalf[] = ['tune', 'check'];

/** The site a page belongs to: its host without "www.", or the given fallback (a folder name) without a URL. */
export function siteKey(url: string | null | undefined, fallback: string): string {
  try {
    if (url) return new URL(url).hostname.toLowerCase().replace(/^www\d*\./, '');
  } catch {
    // not a URL: fall through to the fallback
  }
  return fallback;
}

/** FNV-1a, 32 bits: stable across Node versions and machines, unlike anything seeded. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function benchHalf(url: string | null | undefined, fallback: string): BenchHalf {
  return fnv1a(siteKey(url, fallback)) % 2 === 0 ? 'tune' : 'check';
}
