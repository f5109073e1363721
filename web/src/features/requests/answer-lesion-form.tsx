import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { NotificationBanner } from '../../components/notification-banner.tsx';
import { BodyMap } from './body-map/body-map.tsx';
import { describeChoice } from './body-map/body-site-choice.ts';
import { BodySiteFallback } from './body-map/body-site-fallback.tsx';
import { lesionFrom, type LesionAnswers } from './lesion-answers.ts';
import { LesionDetailsFields } from './lesion-details-fields.tsx';
import { addLesion, type RequestDetail } from './requests-api.ts';

const noAnswers: LesionAnswers = { choice: null, description: '', sizeMm: '', obscuredByHair: false };

type AnswerLesionFormProps = { request: RequestDetail; onAdded: () => void };

/**
 * Part of answering the dermatologist: when they ask about another site or lesion, the referrer adds it here, then
 * its photographs under Photographs; it goes back to review with the answer (which waits for a photograph of it).
 */
export function AnswerLesionForm({ request, onAdded }: AnswerLesionFormProps) {
  const [open, setOpen] = useState(false);
  const [answers, setAnswers] = useState<LesionAnswers>(noAnswers);
  const [saving, setSaving] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const { errors, show, showProblem, clear, hasErrors } = useFormErrors();
  const set = (changes: Partial<LesionAnswers>) => setAnswers((current) => ({ ...current, ...changes }));

  const close = () => {
    setOpen(false);
    setAnswers(noAnswers);
    clear();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const parsed = lesionFrom(answers);
    if ('errors' in parsed) return show(parsed.errors);
    setSaving(true);
    try {
      await addLesion(request.id, parsed.lesion);
      setAdded(`Lesion ${request.lesions.length + 1} (${describeChoice(answers.choice!)})`);
      close();
      onAdded();
    } catch (error) {
      showProblem(error);
    } finally {
      setSaving(false);
    }
  };

  if (!open) {
    return (
      <>
        {added && (
          <NotificationBanner variant="success">
            {added} was added. Add its photographs under <a href="#photographs-heading">Photographs</a>, then send your
            answer.
          </NotificationBanner>
        )}
        <p>
          If the dermatologist asked about another site or lesion, add it to the request and add its photographs. It
          goes to them with your answer.
        </p>
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => setOpen(true)}>
          {added ? 'Add another lesion' : 'Add a lesion'}
        </button>
      </>
    );
  }

  // In a card, so that its Save button is not taken for the answer's own.
  return (
    <div className="nhsuk-card">
      <form
        className="nhsuk-card__content"
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-labelledby="answer-lesion-heading"
      >
        {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
        <h3 className="nhsuk-heading-m" id="answer-lesion-heading">
          Add a lesion
        </h3>
        <p>Select the place on the body map. For an arm, leg or other paired site, select the side it is on.</p>
        <BodyMap choice={answers.choice} onChoose={(choice) => set({ choice })} />
        <BodySiteFallback choice={answers.choice} onChoose={(choice) => set({ choice })} errors={errors.fields} />
        <LesionDetailsFields answers={answers} set={set} errors={errors.fields} />
        <div className="nhsuk-button-group nhsuk-u-margin-bottom-0">
          <button className="nhsuk-button" type="submit" disabled={saving}>
            Save lesion
          </button>
          <button className="app-link-button" type="button" onClick={close}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
