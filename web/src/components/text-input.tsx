import type { InputHTMLAttributes } from 'react';
import { Field } from './field.tsx';

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
  return (
    <Field
      {...{ id, label, error, hint }}
      control={(description) => (
        <input
          className={['nhsuk-input', width ? `nhsuk-input--width-${width}` : '', error ? 'nhsuk-input--error' : '']
            .filter(Boolean)
            .join(' ')}
          id={id}
          {...description}
          {...input}
        />
      )}
    />
  );
}
