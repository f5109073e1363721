import type { ReactNode } from 'react';

export type FieldsetProps = {
  legend: ReactNode;
  /** A question page's one question: the legend is the page's heading. */
  isPageHeading?: boolean;
  legendSize?: 's' | 'm' | 'l';
  hint?: ReactNode;
  hintId?: string;
  error?: string | undefined;
  errorId?: string;
  /** `group` for fields that answer together (the parts of a date). */
  role?: 'group';
  children: ReactNode;
};

/** The NHS.UK fieldset with legend, hint and error message, inside a form group that shows the error state. */
export function Fieldset({
  legend,
  isPageHeading = false,
  legendSize = isPageHeading ? 'l' : 'm',
  hint,
  hintId,
  error,
  errorId,
  role,
  children,
}: FieldsetProps) {
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group'}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy || undefined} role={role}>
        <legend className={`nhsuk-fieldset__legend nhsuk-fieldset__legend--${legendSize}`}>
          {isPageHeading ? <h1 className="nhsuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
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
        {children}
      </fieldset>
    </div>
  );
}
