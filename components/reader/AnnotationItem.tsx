import type { AnnotationRecord } from '@/hooks/useReaderArticle';
import type { I18n } from '@/hooks/useI18n';
import { HIGHLIGHT_NAME_KEYS } from './highlight-styles';
import { HighlightSwatch } from './HighlightSwatch';
import { NoteEditor } from './NoteEditor';

export interface AnnotationItemProps {
  annotation: AnnotationRecord;
  orphaned: boolean;
  editing: boolean;
  t: I18n['t'];
  onShow(id: string): void;
  onEdit(id: string | null): void;
  onSaveNote(id: string, note: string): void;
  onDelete(id: string): void;
}

const QUOTE_LIMIT = 280;

/** One highlight in the list: its quote (a button that jumps to it), colour, note and actions. */
export function AnnotationItem({ annotation, orphaned, editing, t, ...actions }: AnnotationItemProps) {
  const { id, colour, note, quote } = annotation;
  const shown = quote.length > QUOTE_LIMIT ? `${quote.slice(0, QUOTE_LIMIT)}…` : quote;
  const colourName = t(HIGHLIGHT_NAME_KEYS[colour]);
  return (
    <li class="rn-annotation" data-annotation-id={id}>
      <span class="rn-annotation__label">
        <HighlightSwatch colour={colour} />
        {colourName}
      </span>
      {orphaned ? (
        <blockquote class="rn-annotation__quote">„{shown}“</blockquote>
      ) : (
        <button
          type="button"
          class="rn-annotation__quote"
          aria-label={t('annot_showInText', shown)}
          onClick={() => actions.onShow(id)}
        >
          „{shown}“
        </button>
      )}
      {editing ? (
        <NoteEditor
          id={`rn-note-edit-${id}`}
          initial={note}
          label={t('annot_noteLabel')}
          t={t}
          onSave={(value) => actions.onSaveNote(id, value)}
          onCancel={() => actions.onEdit(null)}
        />
      ) : (
        note && <p class="rn-annotation__note">{note}</p>
      )}
      {!editing && (
        <div class="rn-row">
          <button
            type="button"
            onClick={() => actions.onEdit(id)}
            aria-label={`${note ? t('annot_editNote') : t('annot_addNote')}: „${shown.slice(0, 40)}“`}
          >
            {note ? t('annot_editNote') : t('annot_addNote')}
          </button>
          <button
            type="button"
            onClick={() => actions.onDelete(id)}
            aria-label={`${t('annot_delete')}: „${shown.slice(0, 40)}“`}
          >
            {t('annot_delete')}
          </button>
        </div>
      )}
    </li>
  );
}
