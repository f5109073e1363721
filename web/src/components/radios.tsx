import type { ReactNode } from 'react';
import { Fieldset } from './fieldset.tsx';

export type RadioOption<T extends string> = { value: T; label: ReactNode; hint?: string };

type RadiosProps<T extends string> = {
  /** The first radio's id, which an error summary links to; the others are `<id>-2`, `<id>-3`, … */
  id: string;
  name: string;
  legend: ReactNode;
  isPageHeading?: boolean;
  legendSize?: 's' | 'm' | 'l';
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly RadioOption<T>[];
  value: T | undefined | null;
  onChange: (value: T) => void;
  inline?: boolean;
};

/** NHS.UK radios in a fieldset: one answer from a short list. */
export function Radios<T extends string>({
  id,
  name,
  options,
  value,
  onChange,
  inline = false,
  ...fieldset
}: RadiosProps<T>) {
  return (
    <Fieldset {...fieldset} hintId={`${id}-hint`} errorId={`${id}-error`}>
      <div className={inline ? 'nhsuk-radios nhsuk-radios--inline' : 'nhsuk-radios'}>
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index + 1}`;
          return (
            <div className="nhsuk-radios__item" key={option.value}>
              <input
                className="nhsuk-radios__input"
                id={optionId}
                name={name}
                type="radio"
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
              />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={optionId}>
                {option.label}
              </label>
              {option.hint && (
                <div className="nhsuk-hint nhsuk-radios__hint" id={`${optionId}-item-hint`}>
                  {option.hint}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}

const yesNoOptions = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

type YesNoProps = Omit<RadiosProps<'yes' | 'no'>, 'options' | 'value' | 'onChange' | 'inline'> & {
  value: boolean | undefined;
  onChange: (value: boolean) => void;
};

/** A yes/no question answered with inline radios, held as a boolean (undefined until answered). */
export function YesNoRadios({ value, onChange, ...radios }: YesNoProps) {
  return (
    <Radios
      {...radios}
      inline
      options={yesNoOptions}
      value={value === undefined ? undefined : value ? 'yes' : 'no'}
      onChange={(answer) => onChange(answer === 'yes')}
    />
  );
}
