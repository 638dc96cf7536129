import { useEffect, useRef } from 'preact/hooks';
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
  const nameField = useRef<HTMLInputElement>(null);
  // Once, when the fields appear: a ref callback would run again on every keystroke and pull focus back here.
  useEffect(() => {
    if (autoFocus) nameField.current?.focus();
  }, []);
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
          ref={nameField}
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
