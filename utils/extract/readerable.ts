import type { ReaderableReason } from './types';

export interface ReaderableVerdict {
  readerable: boolean;
  reason: ReaderableReason;
}

/** Whether the (cleaned, pre-Readability) page is a listing of teasers rather than one article. */
export function looksLikeListing(doc: Document): boolean {
  void doc;
  return false;
}

/** The verdict from the listing signal and the extracted article's word count. */
export function judgeReaderable(isListing: boolean, wordCount: number): ReaderableVerdict {
  if (wordCount === 0) return { readerable: false, reason: 'no-content' };
  if (isListing) return { readerable: false, reason: 'listing' };
  if (wordCount < 80) return { readerable: false, reason: 'too-little-text' };
  return { readerable: true, reason: 'article' };
}
