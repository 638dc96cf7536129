import { useEffect, useRef, useState } from 'preact/hooks';
import type { I18n } from '@/hooks/useI18n';

export interface NoteEditorProps {
  /** Unique per editor, for the label. */
  id: string;
  initial: string;
  label: string;
  t: I18n['t'];
  onSave(note: string): void;
  onCancel(): void;
}

/** A note on a highlight: Ctrl+Enter saves, Escape cancels. */
export function NoteEditor({ id, initial, label, t, onSave, onCancel }: NoteEditorProps) {
  const [value, setValue] = useState(initial);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <form
      class="rn-note-editor"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(value);
      }}
    >
      <label for={id}>{label}</label>
      <textarea
        id={id}
        ref={ref}
        value={value}
        aria-describedby={`${id}-hint`}
        onInput={(event) => setValue(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            onCancel();
          } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            onSave(value);
          }
        }}
      />
      <span id={`${id}-hint`} class="rn-annotation__label">
        {t('annot_noteHint')}
      </span>
      <div class="rn-note-editor__actions">
        <button type="submit">{t('annot_saveNote')}</button>
        <button type="button" onClick={onCancel}>
          {t('annot_cancel')}
        </button>
      </div>
    </form>
  );
}
