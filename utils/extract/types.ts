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

/**
 * An author as citations need it, in CSL-JSON's own shape so exports pass it on without re-splitting a string:
 * an organisation is `{ literal }`, a person `{ family, given }` with lowercase particles ("von", "van der") in
 * `non-dropping-particle`, as citeproc-js itself parses them. Academic titles are never part of a name.
 */
export type AuthorName = OrganisationName | PersonName;
export interface OrganisationName {
  literal: string;
}
export interface PersonName {
  family: string;
  /** Empty when only a family name is known. */
  given: string;
  'non-dropping-particle'?: string;
  suffix?: string;
}

/** Where a metadata value came from; runtime list so message and backup schemas can check it. */
export const METADATA_SOURCES = [
  'json-ld',
  'meta-tag',
  'microdata',
  'byline',
  'date-line',
  'headline',
  'title-tag',
  'page-header',
  'page-text',
  'url',
  'host',
  'user',
  'unknown',
  'none',
] as const;
export type MetadataSource = (typeof METADATA_SOURCES)[number];
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export interface FieldProvenance {
  source: MetadataSource;
  confidence: Confidence;
  /** A short English sentence saying why (e.g. "JSON-LD datePublished agrees with the date line"). */
  reason: string;
}

export const PROVENANCE_FIELDS = ['title', 'authors', 'published', 'modified', 'siteName'] as const;
export type ProvenanceField = (typeof PROVENANCE_FIELDS)[number];
export type Provenance = Record<ProvenanceField, FieldProvenance>;

/** What the clipper extracts from one page: the contract between the content script, the CLI and storage. */
export interface Article {
  title: string;
  /** Display names of `authorNames` joined with ", ", or null when the page names none. */
  author: string | null;
  /** Display names of `authorNames` ("Given Family", or the organisation), one per author. */
  authors: string[];
  /** The authors, structured for citations (the source of truth; `author`/`authors` are derived from it). */
  authorNames: AuthorName[];
  /**
   * A partial date as precise as the page states it: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (calendar day as the page
   * shows it), never padded with an invented day or month; null when the page gives none.
   */
  published: string | null;
  /** Same form as `published`. */
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
  /** Where title, authors, dates and site name came from, and how sure we are of each. */
  provenance: Provenance;
  /** Plain text: one block per paragraph, heading, list item or table row, blocks separated by a blank line. */
  text: string;
  /** Sanitised article HTML (DOMPurify). */
  html: string;
}

/**
 * Names the language of an article's text as a primary subtag ("de"); `declared` is what the page itself says
 * (null when it says nothing) and wins when the text is too short or the detector unsure.
 */
export type LanguageDetector = (text: string, declared: string | null) => string | null;

/** Raised inside the pipeline when the work budget (counted in steps, never in time) is spent. */
export class ExtractionTimeout extends Error {
  constructor() {
    super('Extraction took too long and was stopped');
    this.name = 'ExtractionTimeout';
  }
}
