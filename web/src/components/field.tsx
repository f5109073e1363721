import type { ReactNode } from 'react';

/** What a control needs to be read with its hint and error by assistive technology. */
export type ControlDescription = { 'aria-describedby': string | undefined; 'aria-invalid': true | undefined };

/** The hint and error message of a field or fieldset, with the ids the control is described by. */
export function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string | undefined }) {
  return (
    <>
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
    </>
  );
}

/** The `aria-describedby` of a control: its hint and its error, when shown. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

/**
 * One NHS.UK form group: label, hint, error message and the control, which is given the ids it is described by.
 * Text inputs, selects and textareas differ only in the control.
 */
export function Field({
  id,
  label,
  labelSize,
  hint,
  error,
  formGroupClassName,
  control,
}: {
  id: string;
  label: string;
  /** Bold and larger, for the main question of a section. */
  labelSize?: 's' | 'm' | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  /** For fields laid out in a row. */
  formGroupClassName?: string | undefined;
  control: (description: ControlDescription) => ReactNode;
}) {
  const group = error ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group';
  return (
    <div className={formGroupClassName ? `${group} ${formGroupClassName}` : group}>
      <label className={labelSize ? `nhsuk-label nhsuk-label--${labelSize}` : 'nhsuk-label'} htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {control({ 'aria-describedby': describedBy(id, hint, error), 'aria-invalid': error ? true : undefined })}
    </div>
  );
}
