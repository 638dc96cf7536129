import type { I18n } from '@/hooks/useI18n';
import type { ArticleRecord, CorrectableField, ExtractedValues } from '@/hooks/useMetadataCorrection';
import { authorDisplayNames } from '@/utils/extract/names/author-name';
import type { FieldProvenance, ProvenanceField } from '@/utils/extract/types';
import type { MessageKey } from '@/utils/i18n';

/** The fields the card shows and the reader can correct, with the provenance entry that describes each. */
export const METADATA_FIELDS: ReadonlyArray<{
  field: CorrectableField;
  provenance: ProvenanceField;
  label: MessageKey;
}> = [
  { field: 'title', provenance: 'title', label: 'meta_fieldTitle' },
  { field: 'authorNames', provenance: 'authors', label: 'meta_fieldAuthors' },
  { field: 'published', provenance: 'published', label: 'meta_fieldDate' },
  { field: 'siteName', provenance: 'siteName', label: 'meta_fieldSite' },
];

/** A field's value as the card reads it; null when the page (or the reader) gave none. */
export function fieldText(field: CorrectableField, values: ExtractedValues, i18n: I18n): string | null {
  switch (field) {
    case 'title':
      return values.title.trim() || null;
    case 'authorNames':
      return authorDisplayNames(values.authorNames).join(', ') || null;
    case 'published':
      return i18n.formatDay(values.published);
    case 'siteName':
      return values.siteName?.trim() || null;
  }
}

export function isCorrected(article: ArticleRecord, field: CorrectableField): boolean {
  return field in article.overrides;
}

/**
 * Whether the reader should look at a value: the extractor was less than sure. Records clipped before
 * provenance was recorded say "unknown": nothing is known of them, which is not the same as unsure.
 */
export function needsChecking(provenance: FieldProvenance): boolean {
  return provenance.confidence !== 'high' && provenance.source !== 'unknown';
}

/** Fields the extractor was unsure of and the reader has not corrected: what the reader should look at. */
export function uncertainFields(article: ArticleRecord): CorrectableField[] {
  return METADATA_FIELDS.filter(
    ({ field, provenance }) => !isCorrected(article, field) && needsChecking(article.provenance[provenance]),
  ).map(({ field }) => field);
}
