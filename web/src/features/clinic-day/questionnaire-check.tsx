import { useState, type FormEvent } from 'react';
import { missingAnswers, type Questionnaire } from '../../../../shared/patient-questions.ts';
import { ApiError } from '../../api/api-error.ts';
import { formatDateTime } from '../../components/dates.ts';
import type { useFormErrors } from '../../components/form-errors.ts';
import { QuestionnaireAnswers } from '../patient/patient-answers.tsx';
import { answersFrom, draftFrom, durationNumber, type QuestionnaireDraft } from '../patient/questionnaire-draft.ts';
import { QuestionnaireFields } from '../patient/questionnaire-fields.tsx';
import { confirmQuestionnaire, type Capture } from './clinic-day-api.ts';

type QuestionnaireCheckProps = {
  capture: Capture;
  /** The capture is still open: the answers may be confirmed or changed. */
  editable: boolean;
  onConfirmed: (capture: Capture) => void;
  /** The page's errors: one error summary at its top, whichever of its forms was refused. */
  formErrors: ReturnType<typeof useFormErrors>;
};

/**
 * The patient's questionnaire, gone through with them at the clinic. Answers they gave through their link are shown
 * to check and confirm; otherwise (or to correct them) the photographer asks the same questions and records the
 * answers, which confirms them.
 */
export function QuestionnaireCheck({ capture, editable, onConfirmed, formErrors }: QuestionnaireCheckProps) {
  const questionnaire = capture.questionnaire;
  const answers: Questionnaire = questionnaire?.answers ?? {};
  const confirmedAt = questionnaire?.confirmedAt ?? capture.questionnaireConfirmedAt;
  const finished = Boolean(questionnaire?.completedAt) || Boolean(confirmedAt);
  const [editing, setEditing] = useState(!finished);
  const [draft, setDraft] = useState<QuestionnaireDraft>(() => draftFrom(answers));
  const [sending, setSending] = useState(false);
  const { errors, show, showProblem, clear } = formErrors;

  const send = async (toConfirm: Questionnaire) => {
    setSending(true);
    try {
      const updated = await confirmQuestionnaire(capture.appointmentId, toConfirm);
      clear();
      setEditing(false);
      onConfirmed(updated);
    } catch (error) {
      // The service names the fields inside the body's `answers`; the fields here go by the answer's own name.
      if (error instanceof ApiError && error.fieldErrors.length) {
        show(error.fieldErrors.map(({ field, message }) => ({ field: field.replace(/^answers\./, ''), message })));
      } else {
        showProblem(error);
      }
    } finally {
      setSending(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.durationValue.trim() && durationNumber(draft.durationValue) === undefined) {
      return show([{ field: 'durationValue', message: 'Enter how long as a whole number, like 3' }]);
    }
    const toConfirm = answersFrom(draft);
    const missing = missingAnswers(toConfirm);
    if (missing.length) return show(missing);
    void send(toConfirm);
  };

  const status = confirmedAt
    ? `Confirmed with the patient on ${formatDateTime(confirmedAt)}.`
    : questionnaire?.completedAt
      ? `The patient answered these questions through their link on ${formatDateTime(questionnaire.completedAt)}. Go through the answers with them, then confirm.`
      : Object.keys(answers).length > 0
        ? 'The patient started these questions through their link but did not finish. Ask them the rest and record their answers.'
        : 'The patient has not answered these questions. Ask them now and record their answers.';

  return (
    <section aria-labelledby="questionnaire-heading">
      <h2 className="nhsuk-heading-m" id="questionnaire-heading">
        Confirm questionnaire with the patient
      </h2>
      <p>
        {confirmedAt && <strong className="nhsuk-tag nhsuk-tag--green">Confirmed</strong>} {status}
      </p>
      {editing && editable ? (
        <form onSubmit={submit} noValidate>
          <QuestionnaireFields draft={draft} onChange={setDraft} errors={errors.fields} />
          <div className="app-capture-actions">
            <button className="nhsuk-button" type="submit" disabled={sending}>
              Confirm questionnaire
            </button>
            {finished && (
              <button
                className="nhsuk-button nhsuk-button--secondary"
                type="button"
                disabled={sending}
                onClick={() => {
                  clear();
                  setDraft(draftFrom(answers));
                  setEditing(false);
                }}
              >
                Keep the answers as they were
              </button>
            )}
          </div>
        </form>
      ) : (
        <>
          <QuestionnaireAnswers answers={answers} />
          {editable && (
            <div className="app-capture-actions">
              {!confirmedAt && (
                <button className="nhsuk-button" type="button" disabled={sending} onClick={() => void send(answers)}>
                  Confirm questionnaire
                </button>
              )}
              <button
                className="nhsuk-button nhsuk-button--secondary"
                type="button"
                disabled={sending}
                onClick={() => {
                  setDraft(draftFrom(answers));
                  setEditing(true);
                }}
              >
                Change the answers
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
