import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { BodyMap } from './body-map/body-map.tsx';
import { BodySiteFallback } from './body-map/body-site-fallback.tsx';
import { DraftCaption } from './draft-page.tsx';
import { draftPath } from './draft-steps.ts';
import { lesionFrom, type LesionAnswers } from './lesion-answers.ts';
import { LesionDetailsFields } from './lesion-details-fields.tsx';
import { addLesion, changeLesion, type Lesion, type RequestDetail } from './requests-api.ts';

/** Adds a lesion to the draft, or changes one: where it is (body map or list), what it looks like, its size. */
export function LesionForm({ draft, lesion }: { draft: RequestDetail; lesion?: Lesion | undefined }) {
  const navigate = useNavigate();
  const [answers, setAnswers] = useState<LesionAnswers>({
    choice: lesion ? { code: lesion.bodySite, laterality: lesion.laterality } : null,
    description: lesion?.description ?? '',
    sizeMm: lesion?.sizeMm === null || lesion?.sizeMm === undefined ? '' : String(lesion.sizeMm),
    obscuredByHair: lesion?.obscuredByHair ?? false,
  });
  const [saving, setSaving] = useState(false);
  const { errors, show, showProblem, hasErrors } = useFormErrors();
  const title = lesion ? 'Change the lesion' : 'Add a lesion';
  usePageTitle(title, { hasErrors });
  const set = (changes: Partial<LesionAnswers>) => setAnswers((current) => ({ ...current, ...changes }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const parsed = lesionFrom(answers);
    if ('errors' in parsed) return show(parsed.errors);
    setSaving(true);
    try {
      if (lesion) await changeLesion(draft.id, lesion.id, parsed.lesion);
      else await addLesion(draft.id, parsed.lesion);
      await navigate(draftPath(draft.id, 'lesions'));
    } catch (error) {
      setSaving(false);
      showProblem(error);
    }
  };

  return (
    <>
      {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
      <h1 className="nhsuk-heading-l">
        <DraftCaption draft={draft} />
        {title}
      </h1>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 className="nhsuk-heading-m">Where is it?</h2>
        <p>Select the place on the body map. For an arm, leg or other paired site, select the side it is on.</p>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <BodyMap choice={answers.choice} onChoose={(choice) => set({ choice })} />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <BodySiteFallback choice={answers.choice} onChoose={(choice) => set({ choice })} errors={errors.fields} />
          </div>
        </div>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <h2 className="nhsuk-heading-m">About the lesion</h2>
            <LesionDetailsFields answers={answers} set={set} errors={errors.fields} />
            <button className="nhsuk-button" type="submit" disabled={saving}>
              Save lesion
            </button>
          </div>
        </div>
      </form>
    </>
  );
}
