import type { ReactNode, SelectHTMLAttributes } from 'react';

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
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const group = error ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group';
  return (
    <div className={formGroupClassName ? `${group} ${formGroupClassName}` : group}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <span className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error: </span>
          {error}
        </span>
      )}
      <select
        className={error ? 'nhsuk-select nhsuk-select--error' : 'nhsuk-select'}
        id={id}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        {...select}
      >
        {children}
      </select>
    </div>
  );
}
