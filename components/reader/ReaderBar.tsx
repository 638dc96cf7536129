import { READING_STATUSES, type ReadingStatus } from '@/hooks/useReaderArticle';
import type { I18n } from '@/hooks/useI18n';
import type { MessageKey } from '@/utils/i18n';

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

const STATUS_KEYS: Record<ReadingStatus, MessageKey> = {
  unread: 'reader_status_unread',
  reading: 'reader_status_reading',
  read: 'reader_status_read',
};

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
        <span class="rn-visually-hidden">{t('reader_fontSmaller')}</span>
      </button>
      <span class="rn-visually-hidden" aria-live="polite">
        {t('reader_fontSizeNow', String(props.fontSize))}
      </span>
      <button
        type="button"
        onClick={() => props.onFontStep(1)}
        disabled={!props.canGrow}
        title={t('reader_fontLarger')}
      >
        <span aria-hidden="true">A+</span>
        <span class="rn-visually-hidden">{t('reader_fontLarger')}</span>
      </button>
      <label class="rn-visually-hidden" for="rn-reader-status">
        {t('reader_status')}
      </label>
      <select
        id="rn-reader-status"
        value={props.status}
        onChange={(event) => props.onStatus(event.currentTarget.value as ReadingStatus)}
      >
        {READING_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(STATUS_KEYS[status])}
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
