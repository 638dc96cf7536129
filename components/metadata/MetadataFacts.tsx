import { useState } from 'preact/hooks';
import { useAnnounce } from '@/hooks/useAnnouncer';
import type { I18n } from '@/hooks/useI18n';
import {
  correctableValues,
  useMetadataCorrection,
  type ArticleRecord,
  type CorrectableField,
} from '@/hooks/useMetadataCorrection';
import { ConfidenceMark } from './ConfidenceMark';
import { CorrectedMark } from './CorrectedMark';
import { fieldText, isCorrected, METADATA_FIELDS } from './metadata-fields';

export interface MetadataFactsProps {
  article: ArticleRecord;
  i18n: I18n;
  /** Where focus goes once a revert has removed the button that had it. */
  onReverted: () => void;
}

/**
 * Title, authors, date and site as they will be cited, each with what the reader should know about it: unsure
 * (and why), or corrected by the reader (with the way back to the value found on the page).
 */
export function MetadataFacts({ article, i18n, onReverted }: MetadataFactsProps) {
  const { t } = i18n;
  const announce = useAnnounce();
  const correction = useMetadataCorrection(article.id);
  const [busy, setBusy] = useState(false);
  // The record's own fields hold the values in force: corrections are already applied to them.
  const values = correctableValues(article);

  const revert = async (field: CorrectableField, label: string) => {
    setBusy(true);
    const result = await correction.revert([field]);
    setBusy(false);
    if (result.ok) {
      announce(t('meta_reverted', label));
      onReverted();
    } else announce(t('reader_saveFailed', result.error.message), 'assertive');
  };

  return (
    <dl class="meta-facts">
      {METADATA_FIELDS.map(({ field, provenance, label }) => {
        const text = fieldText(field, values, i18n);
        const corrected = isCorrected(article, field);
        return (
          <div key={field} class="meta-facts__row" data-field={field}>
            <dt>{t(label)}</dt>
            <dd>
              {text === null ? (
                <span class="meta-facts__none">{t('meta_none')}</span>
              ) : field === 'published' && values.published ? (
                <time dateTime={values.published}>{text}</time>
              ) : (
                <span class="meta-facts__value">{text}</span>
              )}{' '}
              {corrected ? (
                <CorrectedMark
                  fieldLabel={t(label)}
                  extracted={fieldText(field, article.extracted, i18n) ?? t('meta_none')}
                  t={t}
                  busy={busy}
                  onRevert={() => void revert(field, t(label))}
                />
              ) : (
                <ConfidenceMark provenance={article.provenance[provenance]} t={t} />
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
