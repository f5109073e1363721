import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CheckboxItem } from '../../components/checkboxes.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { Radios } from '../../components/radios.tsx';
import { TextInput } from '../../components/text-input.tsx';
import { Textarea } from '../../components/textarea.tsx';
import { WarningCallout } from '../../components/warning-callout.tsx';
import type { RequestDetail } from '../requests/requests-api.ts';
import { DiagnosisField } from './diagnosis-field.tsx';
import { MedicineFields } from './medicine-fields.tsx';
import {
  outcomeChoiceLabels,
  outcomesTemplateFits,
  templateMismatch,
  type OutcomeChoice,
} from '../../../../shared/outcome-categories.ts';
import { draftProblems, emptyDraft, outcomeInput, withDiagnosisText, type OutcomeDraft } from './outcome-draft.ts';
import { checkConversion, previewOutcome, signOutcome, type Diagnosis, type LetterPreview } from './review-api.ts';
import { LetterPreviews } from './letter-preview.tsx';
import { useLoad } from '../../api/use-load.ts';

const fieldIds = {
  diagnosisCode: 'diagnosis',
  diagnosisText: 'diagnosis',
  medicines: 'medicines-0-name',
  onwardReferral: 'onward-referral',
  gmcNumber: 'sign-outcome',
};

type Props = {
  request: RequestDetail;
  version: number;
  diagnoses: Diagnosis[];
  onSigned: (state: string) => void;
};

/**
 * The consultant's outcome: a coded diagnosis (a common one in one click, whose plan template and usual medicine
 * fill in), differentials, the outcome and what it needs, and the plan; then signed. Or a question back to the
 * referrer, which pauses the clock.
 */
export function OutcomeForm({ request, version, diagnoses, onSigned }: Props) {
  const [draft, setDraftOnly] = useState<OutcomeDraft>(emptyDraft);
  const [signing, setSigning] = useState(false);
  // The letters as they will be sent, shown before signing (hazard H13); any change to the outcome hides them again.
  const [preview, setPreview] = useState<{ letters: LetterPreview[]; previewDigest: string } | null>(null);
  const { errors, show, showProblem, hasErrors } = useFormErrors(fieldIds);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const setDraft = (change: (draft: OutcomeDraft) => OutcomeDraft) => {
    setPreview(null);
    setDraftOnly(change);
  };
  const set = (changes: Partial<OutcomeDraft>) => setDraft((d) => ({ ...d, ...changes }));
  // The letters appear below the form: move focus to them, so a screen reader reads them next.
  useEffect(() => {
    if (preview) previewHeading.current?.focus();
  }, [preview]);
  const asking = draft.category === 'more_information_needed';
  const choices = (Object.keys(outcomeChoiceLabels) as OutcomeChoice[]).filter((choice) =>
    choice === 'convert_to_referral'
      ? request.kind === 'advice_and_guidance' && request.conversionAuthorised
      : choice === 'recommend_referral'
        ? request.kind === 'advice_and_guidance'
        : true,
  );
  // An unedited template under an outcome it was not written for may contradict it (hazard H13).
  const mismatch =
    draft.diagnosis &&
    draft.category &&
    draft.category !== 'more_information_needed' &&
    draft.plan.trim() === draft.diagnosis.planTemplate.trim() &&
    !outcomesTemplateFits(draft.diagnosis).includes(draft.category)
      ? templateMismatch(draft.diagnosis.term, draft.diagnosis, draft.category)
      : null;
  // Converting checks the referral pathway's rules first, so the consultant hears of a refusal before signing.
  const conversion = useLoad(
    () => (draft.category === 'convert_to_referral' ? checkConversion(request.id) : Promise.resolve(null)),
    `conversion:${request.id}:${draft.category === 'convert_to_referral'}`,
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (signing) return;
    const problems = draftProblems(draft);
    if (problems.length) return show(problems);
    setSigning(true);
    try {
      const input = outcomeInput(draft, version, diagnoses);
      if (asking) {
        onSigned((await signOutcome(request.id, input)).state);
      } else if (!preview) {
        setPreview(await previewOutcome(request.id, input));
      } else {
        onSigned((await signOutcome(request.id, { ...input, previewDigest: preview.previewDigest })).state);
      }
    } catch (error) {
      showProblem(error);
    } finally {
      setSigning(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="outcome-heading">
      {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
      <h2 className="nhsuk-heading-m" id="outcome-heading">
        Outcome
      </h2>
      <DiagnosisField
        list={diagnoses}
        text={draft.diagnosisText}
        chosen={draft.diagnosis}
        error={errors.fields['diagnosisCode'] ?? errors.fields['diagnosisText']}
        onText={(text) => setDraft((d) => withDiagnosisText(d, text, diagnoses))}
      />
      {draft.diagnosis?.cancer && draft.category !== 'redirect_urgent_cancer' && (
        <WarningCallout heading="Suspected skin cancer">
          <p>{draft.diagnosis.term} is a skin cancer. Consider redirecting to the urgent suspected cancer pathway.</p>
          <button
            className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
            type="button"
            onClick={() => set({ category: 'redirect_urgent_cancer' })}
          >
            Redirect to the urgent suspected cancer pathway
          </button>
        </WarningCallout>
      )}
      {draft.diagnosis && draft.diagnosis.leaflets.length > 0 && (
        <div className="nhsuk-inset-text nhsuk-u-margin-top-0">
          <p className="nhsuk-u-margin-bottom-1">Leaflets for the patient:</p>
          <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
            {draft.diagnosis.leaflets.map((leaflet) => (
              <li key={leaflet.url}>
                <a href={leaflet.url} target="_blank" rel="noopener noreferrer">
                  {leaflet.title} (opens in a new tab)
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {draft.differentials.map((term, index) => (
        <TextInput
          key={index}
          id={`differential-${index + 1}`}
          label={`Differential diagnosis ${index + 1} (optional)`}
          list="diagnosis-terms"
          autoComplete="off"
          value={term}
          onChange={(event) =>
            set({ differentials: draft.differentials.map((t, i) => (i === index ? event.target.value : t)) })
          }
        />
      ))}
      {draft.differentials.length < 3 && (
        <p>
          <button
            className="app-link-button"
            type="button"
            onClick={() => set({ differentials: [...draft.differentials, ''] })}
          >
            Add a differential diagnosis
          </button>
        </p>
      )}
      <Radios
        id="category"
        name="category"
        legend="What should happen next?"
        legendSize="s"
        error={errors.fields['category']}
        options={choices.map((value) => ({ value, label: outcomeChoiceLabels[value] }))}
        value={draft.category}
        onChange={(category) => set({ category })}
      />
      {draft.category === 'convert_to_referral' &&
        conversion.status === 'loaded' &&
        conversion.value &&
        (conversion.value.possible ? (
          <p className="nhsuk-body">
            The referral service’s rules accept this referral. Signing makes the referral (with this request’s lesions,
            photographs and history) and the service takes clinical responsibility with it.
          </p>
        ) : (
          <WarningCallout heading="This request cannot be converted">
            {conversion.value.reasons.map((reason) => (
              <p key={reason}>{reason}</p>
            ))}
          </WarningCallout>
        ))}
      {draft.category === 'gp_to_prescribe' && (
        <MedicineFields
          medicines={draft.medicines}
          errors={errors.fields}
          onChange={(medicines) => set({ medicines })}
        />
      )}
      {draft.category === 'onward_referral' && (
        <TextInput
          id="onward-referral"
          label="Refer to which specialty or hospital?"
          error={errors.fields['onwardReferral']}
          value={draft.onwardReferral}
          onChange={(event) => set({ onwardReferral: event.target.value })}
        />
      )}
      {asking ? (
        <>
          <Textarea
            id="question"
            label="Your question for the referrer"
            error={errors.fields['question']}
            value={draft.question}
            onChange={(event) => set({ question: event.target.value })}
          />
          <div className="nhsuk-form-group nhsuk-checkboxes">
            <CheckboxItem
              id="ask-for-photographs"
              name="askForPhotographs"
              label="Ask for better photographs"
              checked={draft.askForPhotographs}
              onChange={(askForPhotographs) => set({ askForPhotographs })}
            />
          </div>
        </>
      ) : (
        <>
          <Textarea
            id="plan"
            label="Management plan"
            labelSize="s"
            hint="Choosing a diagnosis fills an empty plan with its template"
            rows={8}
            error={errors.fields['plan']}
            value={draft.plan}
            onChange={(event) => set({ plan: event.target.value })}
          />
          {mismatch && (
            <WarningCallout heading="Check the plan fits the outcome">
              <p>{mismatch}</p>
              <div className="nhsuk-checkboxes">
                <CheckboxItem
                  id="plan-confirmed"
                  name="planConfirmed"
                  label="I have read the plan and it fits this outcome"
                  checked={draft.planConfirmed}
                  onChange={(planConfirmed) => set({ planConfirmed })}
                />
              </div>
            </WarningCallout>
          )}
          {draft.diagnosis && draft.plan !== draft.diagnosis.planTemplate && (
            <p>
              <button
                className="app-link-button"
                type="button"
                onClick={() =>
                  set({ plan: draft.diagnosis!.planTemplate, planTemplate: draft.diagnosis!.planTemplate })
                }
              >
                Use the template for {draft.diagnosis.term.toLowerCase()}
              </button>
            </p>
          )}
        </>
      )}
      {preview && (
        <section aria-labelledby="letter-preview-heading">
          <h2 className="nhsuk-heading-m" id="letter-preview-heading" tabIndex={-1} ref={previewHeading}>
            Check the letters before you sign
          </h2>
          <p className="nhsuk-body">
            These are the letters your signature sends to the GP and the patient. Change anything above and they are
            made again.
          </p>
          <LetterPreviews letters={preview.letters} />
        </section>
      )}
      <div className="nhsuk-button-group">
        <button className="nhsuk-button" id="sign-outcome" type="submit" disabled={signing}>
          {asking ? 'Send the question' : preview ? 'Confirm and sign' : 'Preview the letters'}
        </button>
        {preview && (
          <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => setPreview(null)}>
            Change the outcome
          </button>
        )}
      </div>
    </form>
  );
}
