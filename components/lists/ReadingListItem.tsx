import { useState } from 'preact/hooks';
import type { I18n } from '@/hooks/useI18n';
import type { ReadingListSummary } from '@/hooks/useReadingLists';
import { ListFields } from './ListFields';

export interface ReadingListItemProps {
  summary: ReadingListSummary;
  selected: boolean;
  i18n: I18n;
  onOpen: () => void;
  onSave: (name: string, description: string) => Promise<boolean>;
  onDelete: () => void;
}

/** One list in the overview: open it, rename and describe it in place, or delete it (with undo). */
export function ReadingListItem({ summary, selected, i18n, onOpen, onSave, onDelete }: ReadingListItemProps) {
  const { t, plural } = i18n;
  const { list, articleCount } = summary;
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(list.name);
  const [description, setDescription] = useState(list.description);
  const idBase = `list-${list.id}`;

  if (editing) {
    return (
      <li class="lists-item">
        <form
          class="lists-form"
          aria-label={t('lists_editLabel', list.name)}
          onSubmit={async (event) => {
            event.preventDefault();
            if (await onSave(name, description)) setEditing(false);
          }}
          onKeyDown={(event) => event.key === 'Escape' && setEditing(false)}
        >
          <ListFields
            idBase={idBase}
            nameLabel={t('lists_name')}
            name={name}
            description={description}
            t={t}
            autoFocus
            onName={setName}
            onDescription={setDescription}
          />
          <button type="submit" class="button button--primary">
            {t('lists_save')}
          </button>
          <button type="button" class="button button--quiet" onClick={() => setEditing(false)}>
            {t('lists_cancel')}
          </button>
        </form>
      </li>
    );
  }

  return (
    <li class={`lists-item${selected ? ' lists-item--selected' : ''}`}>
      <button type="button" class="lists-item__open" aria-pressed={selected} onClick={onOpen}>
        <span class="lists-item__name">{list.name}</span>{' '}
        <span class="lists-item__count">{plural(articleCount, 'lists_countOne', 'lists_countOther')}</span>
      </button>
      {list.description && <p class="lists-item__description">{list.description}</p>}
      <div class="lists-item__actions">
        <button
          type="button"
          class="button button--quiet"
          aria-label={t('lists_editLabel', list.name)}
          onClick={() => {
            setName(list.name);
            setDescription(list.description);
            setEditing(true);
          }}
        >
          {t('lists_edit')}
        </button>
        <button
          type="button"
          class="button button--quiet"
          aria-label={t('lists_deleteLabel', list.name)}
          onClick={onDelete}
        >
          {t('lists_delete')}
        </button>
      </div>
    </li>
  );
}
