import { READING_STATUSES, type ReadingStatus } from '@/hooks/useReaderArticle';
import type { I18n } from '@/hooks/useI18n';
import { STATUS_LABELS } from '../library/status-labels';

export interface ReaderBarProps {
  t: I18n['t'];
  status: ReadingStatus;
  fontSize: number;
  canGrow: boolean;
  canShrink: boolean;
  caretMode: boolean;
  onBack(): void;
  onFontStep(direction: 1 | -1): void;
  onStatus(status: ReadingStatus): void;
  onToggleCaretMode(): void;
  onDelete(): void;
}

/** The reader's controls, kept at the top while reading. */
export function ReaderBar(props: ReaderBarProps) {
  const { t } = props;
  return (
    <div class="rn-reader-bar" role="group" aria-label={t('reader_controls')}>
      <button type="button" onClick={props.onBack}>
        ← {t('reader_back')}
      </button>
      <span class="rn-reader-bar__spacer" />
      <button
        type="button"
        onClick={() => props.onFontStep(-1)}
        disabled={!props.canShrink}
        title={t('reader_fontSmaller')}
      >
        <span aria-hidden="true">A−</span>
        <span class="visually-hidden">{t('reader_fontSmaller')}</span>
      </button>
      <span class="visually-hidden" aria-live="polite">
        {t('reader_fontSizeNow', String(props.fontSize))}
      </span>
      <button
        type="button"
        onClick={() => props.onFontStep(1)}
        disabled={!props.canGrow}
        title={t('reader_fontLarger')}
      >
        <span aria-hidden="true">A+</span>
        <span class="visually-hidden">{t('reader_fontLarger')}</span>
      </button>
      <label class="visually-hidden" for="rn-reader-status">
        {t('reader_status')}
      </label>
      <select
        id="rn-reader-status"
        value={props.status}
        onChange={(event) => props.onStatus(event.currentTarget.value as ReadingStatus)}
      >
        {READING_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(STATUS_LABELS[status])}
          </option>
        ))}
      </select>
      <button
        type="button"
        aria-pressed={props.caretMode}
        onClick={props.onToggleCaretMode}
        title={t('reader_caretModeHint')}
      >
        {t('reader_caretMode')}
      </button>
      <button type="button" onClick={props.onDelete}>
        {t('reader_deleteArticle')}
      </button>
    </div>
  );
}
