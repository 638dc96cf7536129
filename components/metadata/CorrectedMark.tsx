import type { I18n } from '@/hooks/useI18n';
import { Icon } from '../common/Icon';

export interface CorrectedMarkProps {
  /** The field's name as the card shows it, for the button's accessible name. */
  fieldLabel: string;
  /** The value the extractor found, as text, shown before the reader takes it back. */
  extracted: string;
  t: I18n['t'];
  onRevert: () => void;
  busy: boolean;
}

/** "corrected" beside a value the reader changed, and the way back to what was found on the page. */
export function CorrectedMark({ fieldLabel, extracted, t, onRevert, busy }: CorrectedMarkProps) {
  const found = t('meta_extractedValue', extracted);
  return (
    <span class="meta-corrected">
      <span class="meta-mark meta-mark--corrected" data-corrected="true">
        <Icon name="edit" size={14} />
        <span>{t('meta_corrected')}</span>
      </span>
      <button
        type="button"
        class="button button--quiet meta-corrected__revert"
        title={found}
        disabled={busy}
        onClick={onRevert}
      >
        {/* The visible word starts the accessible name, so speech users can say what they see (WCAG 2.5.3). */}
        {t('meta_revert')}
        <span class="visually-hidden">{t('meta_revertDetail', fieldLabel, extracted)}</span>
      </button>
    </span>
  );
}
