import type { Ref } from 'preact';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  onBlur?: () => void;
  /** Shown under the control and tied to it as its description; the control is then marked invalid. */
  error?: string | null;
  hint?: string;
  /** The id of an error shown elsewhere (one message under a row of fields) that applies to this control. */
  errorElsewhere?: string | null;
  inputMode?: 'text' | 'numeric';
  /** Width in characters, for short fields such as a day or a year. */
  size?: number;
  maxLength?: number;
  autoComplete?: string;
  inputRef?: Ref<HTMLInputElement>;
  class?: string;
}

/** A labelled text input whose hint and error are read with it by screen readers. */
export function TextField(props: TextFieldProps) {
  const { id, label, value, onInput, error, hint } = props;
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : (props.errorElsewhere ?? null);
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={['field', props.class].filter(Boolean).join(' ')}>
      <label for={id} class="field__label">
        {label}
      </label>
      <input
        id={id}
        ref={props.inputRef}
        class="field__control"
        type="text"
        value={value}
        inputMode={props.inputMode}
        size={props.size}
        maxLength={props.maxLength}
        autoComplete={props.autoComplete ?? 'off'}
        aria-invalid={errorId ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(event) => onInput(event.currentTarget.value)}
        onBlur={props.onBlur}
      />
      {hint && (
        <p id={hintId ?? undefined} class="hint field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId ?? undefined} class="field__error message--error">
          {error}
        </p>
      )}
    </div>
  );
}
