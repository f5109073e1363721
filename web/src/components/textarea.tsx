import type { TextareaHTMLAttributes } from 'react';
import { Field } from './field.tsx';

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
  return (
    <Field
      {...{ id, label, labelSize, error, hint }}
      control={(description) => (
        <textarea
          className={error ? 'nhsuk-textarea nhsuk-textarea--error' : 'nhsuk-textarea'}
          id={id}
          rows={rows}
          {...description}
          {...textarea}
        />
      )}
    />
  );
}
