import type { FormEvent, ReactNode } from 'react';
import { Select } from './select.tsx';

type FilterFormProps = {
  /** What the form filters, for screen readers: "Filter the worklist". */
  label: string;
  onApply: () => void;
  children: ReactNode;
};

/**
 * The filters above a list or figures: fields side by side where there is room, applied with one button so that
 * what they filter does not jump while someone is still choosing.
 */
export function FilterForm({ label, onApply, children }: FilterFormProps) {
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply();
  };
  return (
    <form className="app-filter" onSubmit={apply} noValidate aria-label={label}>
      {children}
      <button className="nhsuk-button nhsuk-button--secondary app-filter__button" type="submit">
        Apply
      </button>
    </form>
  );
}

type FilterSelectProps<T extends string> = {
  id: string;
  label: string;
  value: T | '';
  onChange: (value: T | '') => void;
  options: readonly { value: T; label: string }[];
  /** The first choice, which filters nothing ("All practices"); none when a value must be chosen. */
  all?: string;
  error?: string | undefined;
};

/** One filter: a select of the choices, with "All …" first when choosing none is allowed. */
export function FilterSelect<T extends string>({
  id,
  label,
  value,
  onChange,
  options,
  all,
  error,
}: FilterSelectProps<T>) {
  return (
    <Select
      id={id}
      label={label}
      formGroupClassName="app-filter__field"
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value as T | '')}
    >
      {all !== undefined && <option value="">{all}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </Select>
  );
}
