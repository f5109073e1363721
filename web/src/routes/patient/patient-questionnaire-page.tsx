import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { BackLink } from '../../components/back-link.tsx';
import { formatTime } from '../../components/dates.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { saveQuestionnaire } from '../../features/patient/patient-api.ts';
import { usePatientView } from '../../features/patient/patient-context.ts';
import {
  answersFrom,
  draftFrom,
  durationNumber,
  type QuestionnaireDraft,
} from '../../features/patient/questionnaire-draft.ts';
import { QuestionnaireFields } from '../../features/patient/questionnaire-fields.tsx';
import { useAutosave, type SaveState } from '../../features/patient/use-autosave.ts';

/** The questionnaire, saved as the patient goes (so a closed tab loses nothing); Finish checks every answer is given. */
export function PatientQuestionnairePage() {
  const { view, reload } = usePatientView();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<QuestionnaireDraft>(() => draftFrom(view.questionnaire.answers));
  const [finishing, setFinishing] = useState(false);
  const autosave = useAutosave(draft, (value) => saveQuestionnaire(answersFrom(value)));
  const { errors, show, showProblem, hasErrors } = useFormErrors();
  usePageTitle('Questions about your skin', { hasErrors });

  const finish = async (event: FormEvent) => {
    event.preventDefault();
    if (draft.durationValue.trim() && durationNumber(draft.durationValue) === undefined) {
      return show([{ field: 'durationValue', message: 'Enter how long as a whole number, like 3' }]);
    }
    autosave.flush();
    setFinishing(true);
    try {
      await saveQuestionnaire(answersFrom(draft), true);
      await reload();
      void navigate('/patient');
    } catch (error) {
      showProblem(error);
      setFinishing(false);
    }
  };

  return (
    <>
      <BackLink to="/patient">Back to your tasks</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
          <h1 className="nhsuk-heading-l">Questions about your skin</h1>
          <p>
            Your answers help the dermatologist. If you have more than one area, tell us about the one that worries you
            most, and mention the others in the boxes.
          </p>
          <p>Your answers are saved as you go. You can come back to them later.</p>
          <form onSubmit={(event) => void finish(event)} noValidate>
            <QuestionnaireFields draft={draft} onChange={setDraft} errors={errors.fields} />
            <SaveStatus state={autosave.state} />
            <button className="nhsuk-button" type="submit" disabled={finishing}>
              Finish
            </button>
          </form>
        </div>
      </div>
    </>
  );
}

/** Says, politely and without moving focus, whether the answers are saved. */
function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.status === 'saving'
      ? 'Saving…'
      : state.status === 'saved'
        ? `Saved at ${formatTime(state.at)}`
        : state.status === 'failed'
          ? `Your latest answers are not saved: ${state.message}`
          : '';
  return (
    <p className={state.status === 'failed' ? 'nhsuk-error-message' : 'nhsuk-body-s app-muted'} role="status">
      {text}
    </p>
  );
}
