import type { ReactNode, SelectHTMLAttributes } from 'react';
import { Field } from './field.tsx';

type SelectProps = {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  children: ReactNode;
  /** For filters laid out in a row. */
  formGroupClassName?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'>;

/** An NHS.UK select with its label, hint and error message wired up. */
export function Select({ id, label, error, hint, children, formGroupClassName, ...select }: SelectProps) {
  return (
    <Field
      {...{ id, label, error, hint, formGroupClassName }}
      control={(description) => (
        <select
          className={error ? 'nhsuk-select nhsuk-select--error' : 'nhsuk-select'}
          id={id}
          {...description}
          {...select}
        >
          {children}
        </select>
      )}
    />
  );
}
