import type { I18n } from '@/hooks/useI18n';

export interface ListFieldsProps {
  /** Prefix for the fields' ids, unique on the page. */
  idBase: string;
  nameLabel: string;
  name: string;
  description: string;
  t: I18n['t'];
  autoFocus?: boolean;
  onName: (name: string) => void;
  onDescription: (description: string) => void;
}

/** The name and description fields shared by "new list" and "edit list". */
export function ListFields({
  idBase,
  nameLabel,
  name,
  description,
  t,
  autoFocus = false,
  onName,
  onDescription,
}: ListFieldsProps) {
  return (
    <>
      <div class="field">
        <label class="field__label" for={`${idBase}-name`}>
          {nameLabel}
        </label>
        <input
          id={`${idBase}-name`}
          class="field__control"
          required
          value={name}
          ref={(input) => {
            if (autoFocus) input?.focus();
          }}
          onInput={(event) => onName(event.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label class="field__label" for={`${idBase}-description`}>
          {t('lists_description')}
        </label>
        <textarea
          id={`${idBase}-description`}
          class="field__control"
          rows={2}
          value={description}
          onInput={(event) => onDescription(event.currentTarget.value)}
        />
      </div>
    </>
  );
}
