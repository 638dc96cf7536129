import type { I18n } from '@/hooks/useI18n';
import type { FieldProvenance } from '@/utils/extract/types';
import { Icon } from '../common/Icon';
import { needsChecking } from './metadata-fields';
import { SOURCE_LABELS } from './source-labels';

export interface ConfidenceMarkProps {
  provenance: FieldProvenance;
  t: I18n['t'];
}

/**
 * "uncertain" or "please check" beside a value the extractor was not sure of: an icon and a word, never colour
 * alone. Where it came from and why is the tooltip, and part of the text screen readers read with the value.
 */
export function ConfidenceMark({ provenance, t }: ConfidenceMarkProps) {
  if (!needsChecking(provenance)) return null;
  const low = provenance.confidence === 'low';
  const why = t('meta_confidenceReason', t(SOURCE_LABELS[provenance.source]), provenance.reason);
  return (
    <span
      class={`meta-mark meta-mark--${provenance.confidence}`}
      data-confidence={provenance.confidence}
      title={why}
    >
      <Icon name={low ? 'warning' : 'question'} size={14} />
      <span>{t(low ? 'meta_confidenceLow' : 'meta_confidenceMedium')}</span>
      <span class="visually-hidden"> – {why}</span>
    </span>
  );
}
