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
  outcomeCategoryLabels,
  outcomeChoiceLabels,
  type OutcomeChoice,
} from '../../../../shared/outcome-categories.ts';
import {
  draftProblems,
  emptyDraft,
  outcomeInput,
  withCategory,
  withDiagnosisText,
  type OutcomeDraft,
} from './outcome-draft.ts';
import {
  checkConversion,
  offeredTemplate,
  previewOutcome,
  signOutcome,
  type Diagnosis,
  type LetterPreview,
} from './review-api.ts';
import { LetterPreviews } from './letter-preview.tsx';
import { useLoad } from '../../api/use-load.ts';

const fieldIds = {
  diagnosisCode: 'diagnosis',
  diagnosisText: 'diagnosis',
  medicines: 'medicines-0-name',
  onwardReferral: 'onward-referral',
  referralPhotography: 'referral-photography',
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
  // Only the service's live template written for the chosen outcome is offered (issue 13 §1). An unedited template
  // under an outcome it was not written for may contradict it (hazard H13): the service asks to confirm or change it.
  const template = draft.category ? offeredTemplate(draft.diagnosis, draft.category) : draft.diagnosis?.planTemplate;
  const templateFits = draft.diagnosis?.templateOutcomes.map((c) => outcomeCategoryLabels[c]).join('; ');
  const notOffered =
    draft.diagnosis?.planTemplate && draft.category && draft.category !== 'more_information_needed' && !template
      ? `The service’s template for ${draft.diagnosis.term.toLowerCase()} is written for: ${templateFits}. It is not offered for this outcome.`
      : null;
  const mismatch =
    draft.diagnosis?.planTemplate && notOffered && draft.plan.trim() === draft.diagnosis.planTemplate.trim()
      ? `The plan is the template for ${draft.diagnosis.term}, written for: ${templateFits}. It may not fit "${outcomeChoiceLabels[draft.category!]}". Change the plan, or confirm that it fits.`
      : errors.fields['plan']?.includes('confirm that it fits')
        ? errors.fields['plan']
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
    // A referral the rules accept needs to know who takes its photographs; a refused one is explained instead.
    if (conversion.status === 'loaded' && conversion.value?.possible && !draft.referralPhotography)
      problems.push({
        field: 'referralPhotography',
        message: 'Say whether the photographs sent are enough, or a clinic takes new ones',
      });
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
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="outcome-heading">
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
            onClick={() => setDraft((d) => withCategory(d, 'redirect_urgent_cancer'))}
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
        onChange={(category) => setDraft((d) => withCategory(d, category))}
      />
      {draft.category === 'convert_to_referral' &&
        conversion.status === 'loaded' &&
        conversion.value &&
        (conversion.value.possible ? (
          <>
            <p className="nhsuk-body">
              The referral service’s rules accept this referral. Signing makes the referral (with this request’s
              lesions, photographs and history) and the service takes clinical responsibility with it.
            </p>
            <Radios
              id="referral-photography"
              name="referralPhotography"
              legend="Photographs for the referral"
              legendSize="s"
              error={errors.fields['referralPhotography']}
              options={[
                { value: 'referrer', label: 'The photographs sent are enough: the referral goes to the worklist' },
                {
                  value: 'clinic',
                  label: 'A community photography clinic takes new photographs: the referral goes to the booking queue',
                },
              ]}
              value={draft.referralPhotography}
              onChange={(referralPhotography) => set({ referralPhotography })}
            />
          </>
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
            hint={
              notOffered ??
              (draft.diagnosis && !draft.diagnosis.planTemplate
                ? `The service offers no plan template for ${draft.diagnosis.term.toLowerCase()}: write the plan.`
                : 'Choosing a diagnosis fills an empty plan with the service’s template for the outcome')
            }
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
          {draft.diagnosis && template && draft.plan !== template && (
            <p>
              <button
                className="app-link-button"
                type="button"
                onClick={() => set({ plan: template, planTemplate: template })}
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
