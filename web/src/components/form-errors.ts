import { useCallback, useState } from 'react';
import { ApiError, type FieldError } from '../api/api-error.ts';
import type { ErrorSummaryItem } from './error-summary.tsx';

export type FormErrors = {
  /** Message per field, keyed by the field's name as the service uses it (e.g. `history.durationValue`). */
  fields: Record<string, string>;
  summary: ErrorSummaryItem[];
  /** Changes on every failed submission, so the error summary takes focus again. */
  attempt: number;
};

/** The id of the input a field's error links to: dots become dashes (`history.durationValue` → `history-durationValue`). */
const noFieldIds: Record<string, string> = {};

export const fieldIdFor = (field: string) => field.replace(/\./g, '-');

/**
 * A form's errors, from its own checks or from the service's refusal. `fieldIds` names the input an error
 * links to where it is not simply the field's id (a date links to its day box).
 */
export function useFormErrors(fieldIds: Record<string, string> = noFieldIds) {
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, summary: [], attempt: 0 });

  const show = useCallback(
    (list: FieldError[]) => {
      const fields: Record<string, string> = {};
      const summary: ErrorSummaryItem[] = [];
      for (const { field, message } of list) {
        if (field && fields[field] === undefined) fields[field] = message;
        summary.push(field ? { text: message, fieldId: fieldIds[field] ?? fieldIdFor(field) } : { text: message });
      }
      setErrors((previous) => ({ fields, summary, attempt: previous.attempt + 1 }));
    },
    [fieldIds],
  );

  /** Shows the service's field errors, or its one-line reason; anything that is not a refusal is rethrown. */
  const showProblem = useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiError)) throw error;
      if (error.fieldErrors.length) show(error.fieldErrors);
      else show([{ field: '', message: error.problem.detail }]);
    },
    [show],
  );

  const clear = useCallback(() => setErrors((previous) => ({ ...previous, fields: {}, summary: [] })), []);

  return { errors, show, showProblem, clear, hasErrors: errors.summary.length > 0 };
}
