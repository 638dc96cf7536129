import type { MetadataSource } from '@/utils/extract/types';
import type { MessageKey } from '@/utils/i18n';

/** How the panel names where a value came from (message names cannot contain the sources' hyphens). */
export const SOURCE_LABELS: Record<MetadataSource, MessageKey> = {
  'json-ld': 'meta_sourceJsonLd',
  'meta-tag': 'meta_sourceMetaTag',
  microdata: 'meta_sourceMicrodata',
  byline: 'meta_sourceByline',
  'date-line': 'meta_sourceDateLine',
  headline: 'meta_sourceHeadline',
  'title-tag': 'meta_sourceTitleTag',
  'page-header': 'meta_sourcePageHeader',
  'page-text': 'meta_sourcePageText',
  url: 'meta_sourceUrl',
  host: 'meta_sourceHost',
  user: 'meta_sourceUser',
  unknown: 'meta_sourceUnknown',
  none: 'meta_sourceNone',
};
