import { useEffect, useRef } from 'preact/hooks';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '@/hooks/useReaderArticle';
import type { I18n } from '@/hooks/useI18n';
import { HIGHLIGHT_NAME_KEYS } from './highlight-styles';
import { HighlightSwatch } from './HighlightSwatch';
import { NoteEditor } from './NoteEditor';

export interface SelectionToolbarProps {
  /** 'new': a fresh selection; 'edit': an existing highlight. */
  mode: 'new' | 'edit';
  /** The highlight's colour when editing. */
  colour?: HighlightColour;
  note?: string;
  editingNote: boolean;
  position: { top: number; left: number };
  /** Move focus into the toolbar when it opens (keyboard use). */
  takeFocus: boolean;
  t: I18n['t'];
  onColour(colour: HighlightColour): void;
  onEditNote(): void;
  onSaveNote(note: string): void;
  onCancelNote(): void;
  onDelete(): void;
  onClose(): void;
}

/**
 * The small toolbar at a selection or highlight: five named colours, note, delete. A WAI-ARIA toolbar: Tab
 * reaches it as one stop, arrow keys move between its buttons, Escape closes it.
 */
export function SelectionToolbar(props: SelectionToolbarProps) {
  const { mode, colour, note = '', editingNote, position, takeFocus, t } = props;
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (takeFocus && !editingNote)
      ref.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
  }, [takeFocus, mode, editingNote]);

  const buttons = () => [...(ref.current?.querySelectorAll<HTMLButtonElement>(':scope > button') ?? [])];
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onClose();
      return;
    }
    const keys: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    const step = keys[event.key];
    if (step === undefined && event.key !== 'Home' && event.key !== 'End') return;
    const all = buttons();
    const current = all.indexOf(document.activeElement as HTMLButtonElement);
    if (current === -1) return;
    event.preventDefault();
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? all.length - 1
          : (current + step! + all.length) % all.length;
    all.forEach((button, index) => (button.tabIndex = index === next ? 0 : -1));
    all[next]?.focus();
  };

  return (
    <div
      ref={ref}
      class="rn-toolbar"
      role="toolbar"
      aria-label={mode === 'new' ? t('annot_toolbarNew') : t('annot_toolbarEdit')}
      style={{ top: `${position.top}px`, left: `${position.left}px` }}
      onKeyDown={onKeyDown}
      // Keeps the selection: a mouse press on a button would otherwise collapse it before the click.
      onMouseDown={(event) => {
        if ((event.target as Element).closest('button')) event.preventDefault();
      }}
    >
      {HIGHLIGHT_COLOURS.map((each, index) => (
        <button
          key={each}
          type="button"
          tabIndex={index === 0 ? 0 : -1}
          aria-pressed={mode === 'edit' ? each === colour : undefined}
          title={mode === 'new' ? t('annot_highlightIn', t(HIGHLIGHT_NAME_KEYS[each])) : undefined}
          onClick={() => props.onColour(each)}
        >
          <HighlightSwatch colour={each} />
          {t(HIGHLIGHT_NAME_KEYS[each])}
        </button>
      ))}
      <button type="button" tabIndex={-1} onClick={props.onEditNote} aria-expanded={editingNote}>
        {note ? t('annot_editNote') : t('annot_addNote')}
      </button>
      {mode === 'edit' && (
        <button type="button" tabIndex={-1} onClick={props.onDelete}>
          {t('annot_delete')}
        </button>
      )}
      <button type="button" tabIndex={-1} onClick={props.onClose} aria-label={t('annot_closeToolbar')}>
        ✕
      </button>
      {editingNote && (
        <NoteEditor
          id="rn-toolbar-note"
          initial={note}
          label={t('annot_noteLabel')}
          t={t}
          onSave={props.onSaveNote}
          onCancel={props.onCancelNote}
        />
      )}
    </div>
  );
}
