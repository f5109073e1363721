import type { InputHTMLAttributes } from 'react';

type TextInputProps = {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  /** Narrows the box to suit the answer, in characters (an NHS number fits in 10). */
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'>;

/** An NHS.UK text input with its label, hint and error message wired up for assistive technology. */
export function TextInput({ id, label, error, hint, width, ...input }: TextInputProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group'}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && (
        <span className="nhsuk-error-message" id={errorId}>
          <span className="nhsuk-u-visually-hidden">Error: </span>
          {error}
        </span>
      )}
      <input
        className={['nhsuk-input', width ? `nhsuk-input--width-${width}` : '', error ? 'nhsuk-input--error' : '']
          .filter(Boolean)
          .join(' ')}
        id={id}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </div>
  );
}
