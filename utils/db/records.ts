import type { TextSelectors } from '../anchoring/types';
import type { Article, AuthorName } from '../extract/types';

/** Timestamps are epoch milliseconds: indexable, sortable and lossless in a JSON backup. */
export type EpochMs = number;

export type ReadingStatus = 'unread' | 'reading' | 'read';
export const READING_STATUSES: readonly ReadingStatus[] = ['unread', 'reading', 'read'];

/** 'pending' rows come from Pocket/Instapaper/Omnivore imports: URL and title only, clipped when first opened. */
export type LoadState = 'loaded' | 'pending';

/** A passage the reader saved with "save selection as a quote"; the HTML was sanitised before it got here. */
export interface SelectionQuote {
  id: string;
  html: string;
  savedAt: EpochMs;
}

export interface ArticleSource {
  /** The page URL as it was clipped (normalised), which may differ from the canonical URL. */
  pageUrl: string;
  selections: SelectionQuote[];
}

type ExtractedMetadata = Omit<Article, 'html' | 'text' | 'canonicalUrl'>;

/** The metadata fields a reader can correct by hand. */
export const CORRECTABLE_FIELDS = ['title', 'authorNames', 'published', 'siteName'] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/**
 * A reader's corrections, field by field. They are applied on top of every extraction (a re-clip never replaces
 * them), so the record's own fields always hold the values in force and every export reads those; the override
 * is kept so the next clip can apply it again and the panel can show what was corrected.
 */
export interface MetadataOverrides {
  title?: string;
  authorNames?: AuthorName[];
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or null for "the page has no date". */
  published?: string | null;
  siteName?: string | null;
}

/** What the extractor itself found for the correctable fields, so a correction can be taken back. */
export type ExtractedValues = Required<MetadataOverrides>;

/**
 * One library entry without its body. Lists, filters and counts read only these rows, so they stay small.
 * `id` is a random UUID so that backups from two machines merge without key clashes.
 */
export interface ArticleRecord extends ExtractedMetadata {
  id: string;
  /** Normalised URL of the first clip: the identity for "already in your library". Unique. */
  urlKey: string;
  /** Other normalised page URLs this article was clipped from (same canonical URL, different address). */
  aliasKeys: string[];
  canonicalUrl: string;
  /** Case- and accent-folded title: IndexedDB orders by code unit, which would put "Ärger" after "Zukunft". */
  titleSort: string;
  /** Year of `published`, for the year filter; null when the page gives no date. */
  year: number | null;
  clippedAt: EpochMs;
  updatedAt: EpochMs;
  status: ReadingStatus;
  tags: string[];
  pageNote: string;
  source: ArticleSource;
  /** SHA-256 (hex) of the stored text; null while the body has not been loaded. */
  contentHash: string | null;
  loadState: LoadState;
  /**
   * The reader's corrections (schema v3); `{}` when none. `provenance` always describes the extractor's values:
   * a field present here is shown as corrected by the reader instead.
   */
  overrides: MetadataOverrides;
  /** The extractor's own values of the correctable fields (schema v3). */
  extracted: ExtractedValues;
}

/** Article body, kept apart so that listing and schema upgrades never have to touch megabytes of HTML. */
export interface ArticleBodyRecord {
  articleId: string;
  /** Sanitised article HTML. */
  html: string;
  /** Plain text; annotation selectors are offsets into this string. */
  text: string;
}

export type HighlightColour = 'yellow' | 'green' | 'blue' | 'pink' | 'orange';
export const HIGHLIGHT_COLOURS: readonly HighlightColour[] = ['yellow', 'green', 'blue', 'pink', 'orange'];

export interface AnnotationRecord {
  id: string;
  articleId: string;
  /** Where the highlight is in the current stored text (or was, last time it anchored, when orphaned). */
  selectors: TextSelectors;
  /** The text as the reader highlighted it; kept even when a re-clip changed the wording around it. */
  quote: string;
  colour: HighlightColour;
  note: string;
  createdAt: EpochMs;
  updatedAt: EpochMs;
  /** True when the quote could not be found in the current text; such annotations are shown, never dropped. */
  orphaned: boolean;
}

export interface ReadingListRecord {
  id: string;
  name: string;
  description: string;
  createdAt: EpochMs;
  updatedAt: EpochMs;
}

/** Membership of an article in a list; `position` orders the list (fractional values allow cheap reordering). */
export interface ListEntryRecord {
  listId: string;
  articleId: string;
  position: number;
  addedAt: EpochMs;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * One piece of the full-text index (store added in schema v2): the manifest, a chunk of the document table or one
 * partition of one segment (see utils/search/index-pieces). Derived from the other stores and never backed up;
 * utils/search validates every piece it reads, and a missing, damaged or foreign one (such as the single-row
 * MiniSearch index of earlier releases) means a rebuild.
 */
export interface SearchIndexRecord {
  key: string;
  piece: unknown;
}
