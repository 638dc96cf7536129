import { useEffect, useState } from 'preact/hooks';
import type { I18n } from '@/hooks/useI18n';

export interface PageNoteProps {
  note: string;
  t: I18n['t'];
  onSave(note: string): void;
}

/** A note on the whole article, saved when the field loses focus or with Ctrl+Enter. */
export function PageNote({ note, t, onSave }: PageNoteProps) {
  const [value, setValue] = useState(note);
  const [focused, setFocused] = useState(false);
  // Another panel may change the note; adopt that unless the reader is typing here.
  useEffect(() => {
    if (!focused) setValue(note);
  }, [note, focused]);
  const save = () => {
    if (value.trim() !== note.trim()) onSave(value.trim());
  };
  return (
    <section aria-labelledby="rn-page-note-heading">
      <h2 id="rn-page-note-heading">{t('reader_pageNote')}</h2>
      <label class="visually-hidden" for="rn-page-note">
        {t('reader_pageNote')}
      </label>
      <textarea
        id="rn-page-note"
        rows={4}
        style={{ width: '100%', boxSizing: 'border-box' }}
        value={value}
        placeholder={t('reader_pageNotePlaceholder')}
        onInput={(event) => setValue(event.currentTarget.value)}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          save();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            save();
          }
        }}
      />
    </section>
  );
}
