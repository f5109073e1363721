import type { ReactNode } from 'react';
import { Fieldset } from './fieldset.tsx';

/** A date as typed: three strings, kept as typed so a half-entered date survives a re-render. */
export type DateParts = { day: string; month: string; year: string };

type DateInputProps = {
  /** Prefix of the inputs' ids: `<id>-day`, `<id>-month`, `<id>-year` (an error summary links to the day). */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: DateParts;
  onChange: (value: DateParts) => void;
  autoCompletePrefix?: 'bday';
};

const parts = [
  { key: 'day', label: 'Day', width: 2 },
  { key: 'month', label: 'Month', width: 2 },
  { key: 'year', label: 'Year', width: 4 },
] as const;

/** The NHS.UK date input: day, month and year boxes in one fieldset. */
export function DateInput({ id, value, onChange, autoCompletePrefix, ...fieldset }: DateInputProps) {
  const inputClass = (width: number) =>
    `nhsuk-input nhsuk-date-input__input nhsuk-input--width-${width}${fieldset.error ? ' nhsuk-input--error' : ''}`;
  return (
    <Fieldset {...fieldset} role="group" legendSize="s" hintId={`${id}-hint`} errorId={`${id}-error`}>
      <div className="nhsuk-date-input" id={id}>
        {parts.map((part) => (
          <div className="nhsuk-date-input__item" key={part.key}>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${part.key}`}>
                {part.label}
              </label>
              <input
                className={inputClass(part.width)}
                id={`${id}-${part.key}`}
                name={`${id}-${part.key}`}
                type="text"
                inputMode="numeric"
                autoComplete={autoCompletePrefix ? `${autoCompletePrefix}-${part.key}` : undefined}
                value={value[part.key]}
                onChange={(event) => onChange({ ...value, [part.key]: event.target.value })}
              />
            </div>
          </div>
        ))}
      </div>
    </Fieldset>
  );
}
