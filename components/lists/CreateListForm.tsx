import { useEffect, useState } from 'preact/hooks';
import type { I18n } from '@/hooks/useI18n';
import type { NewListDraft } from '@/hooks/useNewListDraft';
import { ListFields } from './ListFields';

export interface CreateListFormProps {
  t: I18n['t'];
  /** An article from the context menu's "New reading list …", put on the list this form creates. */
  draft: NewListDraft | null;
  onDismissDraft: () => void;
  /** Resolves true when the list was created, so the form can clear itself. */
  onCreate: (name: string, description: string) => Promise<boolean>;
}

/** The fields' ids start with this; the name field is `${ID_BASE}-name`. */
const ID_BASE = 'new-list';

export function CreateListForm({ t, draft, onDismissDraft, onCreate }: CreateListFormProps) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  // The reader came from the context menu to name a list: the name field is where they continue.
  useEffect(() => {
    if (draft) requestAnimationFrame(() => document.getElementById(`${ID_BASE}-name`)?.focus());
  }, [draft?.at]);

  return (
    <form
      class="lists-form"
      onSubmit={async (event) => {
        event.preventDefault();
        if (name.trim() === '') return;
        if (await onCreate(name, description)) {
          setName('');
          setDescription('');
        }
      }}
    >
      {draft && (
        <p class="lists-form__draft" data-testid="new-list-draft">
          {t('lists_newListFor', draft.title)}{' '}
          <button type="button" class="button button--quiet" onClick={onDismissDraft}>
            {t('lists_newListForDismiss')}
          </button>
        </p>
      )}
      <ListFields
        idBase={ID_BASE}
        nameLabel={t('lists_newName')}
        name={name}
        description={description}
        t={t}
        onName={setName}
        onDescription={setDescription}
      />
      <button type="submit" class="button button--primary">
        {t('lists_create')}
      </button>
    </form>
  );
}
