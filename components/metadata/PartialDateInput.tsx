import type { I18n } from '@/hooks/useI18n';
import type { MessageKey } from '@/utils/i18n';
import { TextField } from '../common/TextField';
import { problemText, spreadPastedDate, type DraftErrors, type MetadataDraft } from './metadata-draft';

type DateDraft = Pick<MetadataDraft, 'year' | 'month' | 'day'>;

/** The year field takes a whole date too ("9.6.2021"), so it accepts more than four characters. */
const DATE_PARTS: ReadonlyArray<{ part: keyof DateDraft; label: MessageKey; maxLength: number }> = [
  { part: 'year', label: 'meta_dateYear', maxLength: 10 },
  { part: 'month', label: 'meta_dateMonth', maxLength: 2 },
  { part: 'day', label: 'meta_dateDay', maxLength: 2 },
];

export interface PartialDateInputProps {
  idPrefix: string;
  value: DateDraft;
  errors: DraftErrors;
  t: I18n['t'];
  onChange: (value: DateDraft) => void;
}

/**
 * A date as precise as the article gives it: the year, then optionally the month, then optionally the day, so
 * "Juni 2021" stays a month and no day is invented. A whole date typed into the year field is spread out. The
 * errors sit under the row, each tied to the field it is about.
 */
export function PartialDateInput({ idPrefix, value, errors, t, onChange }: PartialDateInputProps) {
  return (
    <fieldset class="meta-form__group meta-date" aria-describedby={`${idPrefix}-date-hint`}>
      <legend>{t('meta_fieldDate')}</legend>
      <p id={`${idPrefix}-date-hint`} class="hint">
        {t('meta_dateHint')}
      </p>
      <div class="meta-date__parts">
        {DATE_PARTS.map(({ part, label, maxLength }) => (
          <TextField
            key={part}
            id={`${idPrefix}-${part}`}
            class={`meta-date__${part}`}
            label={t(label)}
            value={value[part]}
            inputMode="numeric"
            size={4}
            maxLength={maxLength}
            errorElsewhere={errors[part] ? `${idPrefix}-${part}-error` : null}
            onInput={(typed) =>
              // A whole date pasted or dropped into the year is spread at once; typed key by key ("2021-0…")
              // it is spread only on leaving the field, so the next key is not taken into the wrong part.
              onChange(
                (part === 'year' && typed.length - value.year.length > 1 && spreadPastedDate(typed)) || {
                  ...value,
                  [part]: typed,
                },
              )
            }
            onBlur={part === 'year' ? () => onBlurYear(value, onChange) : undefined}
          />
        ))}
      </div>
      {DATE_PARTS.map(
        ({ part }) =>
          errors[part] && (
            <p key={part} id={`${idPrefix}-${part}-error`} class="field__error message--error">
              {problemText(t, errors[part])}
            </p>
          ),
      )}
    </fieldset>
  );
}

function onBlurYear(value: DateDraft, onChange: (value: DateDraft) => void): void {
  const spread = spreadPastedDate(value.year);
  if (spread) onChange({ ...value, ...spread });
}
