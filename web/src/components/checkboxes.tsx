import type { ReactNode } from 'react';
import { Fieldset } from './fieldset.tsx';

export type CheckboxOption<T extends string> = {
  value: T;
  label: ReactNode;
  hint?: string;
  /** A "none of these" answer: ticking it clears the others, and ticking another clears it. */
  exclusive?: boolean;
};

type CheckboxesProps<T extends string> = {
  /** The first checkbox's id, which an error summary links to; the others are `<id>-2`, `<id>-3`, … */
  id: string;
  name: string;
  legend: ReactNode;
  isPageHeading?: boolean;
  legendSize?: 's' | 'm' | 'l';
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly CheckboxOption<T>[];
  values: readonly T[];
  onChange: (values: T[]) => void;
};

/** NHS.UK checkboxes in a fieldset, with an optional exclusive "none" answer after an "or" divider. */
export function Checkboxes<T extends string>({ id, name, options, values, onChange, ...fieldset }: CheckboxesProps<T>) {
  const toggle = (option: CheckboxOption<T>, checked: boolean) => {
    if (!checked) return onChange(values.filter((v) => v !== option.value));
    if (option.exclusive) return onChange([option.value]);
    const exclusive = new Set(options.filter((o) => o.exclusive).map((o) => o.value));
    onChange([...values.filter((v) => !exclusive.has(v)), option.value]);
  };
  return (
    <Fieldset {...fieldset} hintId={`${id}-hint`} errorId={`${id}-error`}>
      <div className="nhsuk-checkboxes">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index + 1}`;
          return (
            <CheckboxItem
              key={option.value}
              id={optionId}
              name={name}
              value={option.value}
              label={option.label}
              hint={option.hint}
              divider={Boolean(option.exclusive) && index > 0}
              checked={values.includes(option.value)}
              onChange={(checked) => toggle(option, checked)}
            />
          );
        })}
      </div>
    </Fieldset>
  );
}

type CheckboxItemProps = {
  id: string;
  name: string;
  value?: string;
  label: ReactNode;
  hint?: string | undefined;
  divider?: boolean;
  checked: boolean;
  onChange: (checked: boolean) => void;
};

/** One NHS.UK checkbox; on its own (inside a `nhsuk-checkboxes` div) it answers a single yes-or-no statement. */
export function CheckboxItem({ id, name, value, label, hint, divider = false, checked, onChange }: CheckboxItemProps) {
  return (
    <>
      {divider && <div className="nhsuk-checkboxes__divider">or</div>}
      <div className="nhsuk-checkboxes__item">
        <input
          className="nhsuk-checkboxes__input"
          id={id}
          name={name}
          type="checkbox"
          value={value ?? 'yes'}
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={hint ? `${id}-item-hint` : undefined}
        />
        <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
          {label}
        </label>
        {hint && (
          <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${id}-item-hint`}>
            {hint}
          </div>
        )}
      </div>
    </>
  );
}
