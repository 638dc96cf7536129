export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldBaseProps {
  id: string;
  label: string;
  options: readonly SelectOption[];
  /** Sits on one line with its neighbours (`field--inline`). */
  inline?: boolean;
}

/** Every choice is a value. */
interface PlainSelectFieldProps extends SelectFieldBaseProps {
  anyLabel?: undefined;
  value: string;
  onChange: (value: string) => void;
}

/** A first "no choice" option (empty value) stands for undefined. */
interface AnySelectFieldProps extends SelectFieldBaseProps {
  /** Label of the "no choice" option. */
  anyLabel: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}

export type SelectFieldProps = PlainSelectFieldProps | AnySelectFieldProps;

/** A labelled native select: keyboard and screen-reader behaviour come from the browser. */
export function SelectField(props: SelectFieldProps) {
  const { id, label, options, inline } = props;
  const change = (chosen: string) => {
    if (props.anyLabel === undefined) props.onChange(chosen);
    else props.onChange(chosen === '' ? undefined : chosen);
  };
  return (
    <div class={inline ? 'field field--inline' : 'field'}>
      <label for={id} class="field__label">
        {label}
      </label>
      <select
        id={id}
        class="field__control"
        value={props.value ?? ''}
        onChange={(event) => change(event.currentTarget.value)}
      >
        {props.anyLabel !== undefined && <option value="">{props.anyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
