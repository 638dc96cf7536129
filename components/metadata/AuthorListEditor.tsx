import { useAnnounce } from '@/hooks/useAnnouncer';
import type { I18n } from '@/hooks/useI18n';
import { authorDisplayName } from '@/utils/extract/names/author-name';
import {
  authorNameFromDraft,
  emptyAuthorDraft,
  isBlankAuthor,
  switchAuthorKind,
  type AuthorDraft,
  type AuthorKind,
} from './author-draft';
import { AuthorRowEditor } from './AuthorRowEditor';
import { problemText, type DraftErrors } from './metadata-draft';

export interface AuthorListEditorProps {
  idPrefix: string;
  authors: AuthorDraft[];
  errors: DraftErrors;
  t: I18n['t'];
  onChange: (authors: AuthorDraft[]) => void;
}

/**
 * The authors in citation order, one row each: add a person or an organisation, remove, move up or down. Moving
 * and removing re-render the rows, so focus is put back on the control the reader would reach for next.
 */
export function AuthorListEditor({ idPrefix, authors, errors, t, onChange }: AuthorListEditorProps) {
  const announce = useAnnounce();
  const rowId = (draft: AuthorDraft) => `${idPrefix}-author-${draft.key}`;
  const focusSoon = (...ids: string[]) =>
    requestAnimationFrame(() => {
      for (const id of ids) {
        const control = document.getElementById(id) as HTMLButtonElement | HTMLInputElement | null;
        if (control && !control.disabled) return control.focus();
      }
    });
  const nameOf = (draft: AuthorDraft, position: number) =>
    isBlankAuthor(draft)
      ? t('meta_unnamedAuthor', String(position))
      : authorDisplayName(authorNameFromDraft(draft));

  const replace = (index: number, draft: AuthorDraft) =>
    onChange(authors.map((current, i) => (i === index ? draft : current)));

  const move = (moved: AuthorDraft, index: number, direction: -1 | 1) => {
    const target = index + direction;
    const other = authors[target];
    if (!other) return;
    onChange(authors.map((draft, i) => (i === index ? other : i === target ? moved : draft)));
    const id = rowId(moved);
    focusSoon(direction < 0 ? `${id}-up` : `${id}-down`, direction < 0 ? `${id}-down` : `${id}-up`);
    announce(t('meta_authorMoved', nameOf(moved, index + 1), String(target + 1), String(authors.length)));
  };

  const remove = (removed: AuthorDraft, index: number) => {
    const next = authors.filter((_, i) => i !== index);
    onChange(next);
    const neighbour = next[index] ?? next[index - 1];
    focusSoon(neighbour ? `${rowId(neighbour)}-remove` : `${idPrefix}-add-person`);
    announce(t('meta_authorRemoved', nameOf(removed, index + 1)));
  };

  const add = (kind: AuthorKind) => {
    const draft = emptyAuthorDraft(kind);
    onChange([...authors, draft]);
    focusSoon(`${rowId(draft)}-${kind === 'person' ? 'given' : 'name'}`);
  };

  return (
    <fieldset class="meta-form__group meta-authors">
      <legend>{t('meta_fieldAuthors')}</legend>
      {authors.length === 0 ? (
        <p class="hint">{t('meta_noAuthorsHint')}</p>
      ) : (
        <ol class="meta-authors__list">
          {authors.map((draft, index) => (
            <AuthorRowEditor
              key={draft.key}
              draft={draft}
              idPrefix={rowId(draft)}
              position={index + 1}
              count={authors.length}
              name={nameOf(draft, index + 1)}
              error={problemText(t, errors[`author-${draft.key}`])}
              t={t}
              onChange={(changed) => replace(index, changed)}
              onKind={(kind) => replace(index, switchAuthorKind(draft, kind))}
              onMove={(direction) => move(draft, index, direction)}
              onRemove={() => remove(draft, index)}
            />
          ))}
        </ol>
      )}
      <div class="meta-authors__add">
        <button type="button" id={`${idPrefix}-add-person`} class="button" onClick={() => add('person')}>
          {t('meta_addPerson')}
        </button>
        <button type="button" class="button" onClick={() => add('organisation')}>
          {t('meta_addOrganisation')}
        </button>
      </div>
    </fieldset>
  );
}
