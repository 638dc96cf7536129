import { useState } from 'preact/hooks';
import type { I18n } from '@/hooks/useI18n';
import { ListFields } from './ListFields';

export interface CreateListFormProps {
  t: I18n['t'];
  /** Resolves true when the list was created, so the form can clear itself. */
  onCreate: (name: string, description: string) => Promise<boolean>;
}

export function CreateListForm({ t, onCreate }: CreateListFormProps) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
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
      <ListFields
        idBase="new-list"
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
