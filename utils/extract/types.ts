/** Why a page was or was not judged to be an article; a runtime list so message schemas can check it. */
export const READERABLE_REASONS = [
  'article',
  'listing',
  'too-little-text',
  'no-content',
  'not-text',
  'timeout',
  'error',
] as const;
export type ReaderableReason = (typeof READERABLE_REASONS)[number];

/** What the clipper extracts from one page: the contract between the content script, the CLI and storage. */
export interface Article {
  title: string;
  /** All authors joined with ", ", or null when the page names none. */
  author: string | null;
  authors: string[];
  /** `YYYY-MM-DD` (calendar day as the page shows it) or null. */
  published: string | null;
  modified: string | null;
  /** Primary language subtag, e.g. "de". */
  lang: string | null;
  siteName: string | null;
  /** Normalised canonical URL (no tracking parameters, no fragment). */
  canonicalUrl: string;
  excerpt: string | null;
  leadImage: string | null;
  wordCount: number;
  readingTimeMinutes: number;
  readerable: boolean;
  reason: ReaderableReason;
  /** Plain text: one block per paragraph, heading, list item or table row, blocks separated by a blank line. */
  text: string;
  /** Sanitised article HTML (DOMPurify). */
  html: string;
}

/** Raised inside the pipeline when the watchdog's deadline has passed. */
export class ExtractionTimeout extends Error {
  constructor() {
    super('Extraction took too long and was stopped');
    this.name = 'ExtractionTimeout';
  }
}
