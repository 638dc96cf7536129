import type { ComponentChildren } from 'preact';
import type { I18n } from '@/hooks/useI18n';

export interface ReaderPlaceholderProps {
  /** What stands where the article would: loading, gone, failed. */
  message: string;
  /** Only a settled state is announced; "loading" flashes by too quickly to be worth reading out. */
  settled: boolean;
  t: I18n['t'];
  onBack(): void;
  children?: ComponentChildren;
}

/** The reader without an article to show, still with the way back (and, after a deletion, the undo bar). */
export function ReaderPlaceholder({ message, settled, t, onBack, children }: ReaderPlaceholderProps) {
  return (
    <div class="rn-reader">
      <div class="rn-reader-bar">
        <button type="button" onClick={onBack}>
          ← {t('reader_back')}
        </button>
      </div>
      <div class="rn-reader-main" role={settled ? 'status' : undefined}>
        <h1 id="view-heading" tabIndex={-1}>
          {message}
        </h1>
      </div>
      {children}
    </div>
  );
}
