import type { TextareaHTMLAttributes } from 'react';

type TextareaProps = {
  id: string;
  label: string;
  /** Bold and larger, for the main question of a section. */
  labelSize?: 's' | 'm';
  error?: string | undefined;
  hint?: string;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'>;

/** An NHS.UK textarea with its label, hint and error message wired up. */
export function Textarea({ id, label, labelSize, error, hint, rows = 4, ...textarea }: TextareaProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group'}>
      <label className={labelSize ? `nhsuk-label nhsuk-label--${labelSize}` : 'nhsuk-label'} htmlFor={id}>
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
      <textarea
        className={error ? 'nhsuk-textarea nhsuk-textarea--error' : 'nhsuk-textarea'}
        id={id}
        rows={rows}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        {...textarea}
      />
    </div>
  );
}
