import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Checkboxes } from '../../components/checkboxes.tsx';
import { formatDate } from '../../components/dates.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { Radios } from '../../components/radios.tsx';
import type { ReferrerConsentMethod } from '../../../../shared/request-content.ts';
import { useFocusFromHash } from '../../components/use-focus-from-hash.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { DraftCaption } from './draft-page.tsx';
import { ConsentByLink } from './consent-by-link.tsx';
import { draftPath, stepAfterConsent } from './draft-steps.ts';
import { recordConsent, type RequestDetail } from './requests-api.ts';

type Agreement = 'referralAndImageSharing' | 'teachingUse';

const agreementOptions = [
  {
    value: 'referralAndImageSharing',
    label: 'The patient agrees to the referral and to their photographs being shared with the dermatology service',
  },
  {
    value: 'teachingUse',
    label: 'The patient also agrees to their photographs being used for teaching (optional)',
    hint: 'Photographs used for teaching never show the patient’s name or NHS number.',
  },
] as const;

const methodOptions = [
  { value: 'verbal', label: 'Verbally' },
  { value: 'written', label: 'In writing' },
] as const satisfies readonly { value: ReferrerConsentMethod; label: string }[];

/** Records the patient's consent, which the service needs before the request can be submitted. */
export function ConsentForm({ draft, next }: { draft: RequestDetail; next: string | undefined }) {
  const navigate = useNavigate();
  const current = draft.consent && !draft.consent.withdrawnAt ? draft.consent : null;
  const [agreed, setAgreed] = useState<Agreement[]>(
    current
      ? [
          ...(current.referralAndImageSharing ? (['referralAndImageSharing'] as const) : []),
          ...(current.teachingUse ? (['teachingUse'] as const) : []),
        ]
      : [],
  );
  // Consent the patient gave through their link is theirs: the referrer says afresh how they took it, if they do.
  const [method, setMethod] = useState<ReferrerConsentMethod | undefined>(
    current && current.method !== 'patient_link' ? current.method : undefined,
  );
  const [saving, setSaving] = useState(false);
  const { errors, show, showProblem, hasErrors } = useFormErrors();
  usePageTitle("Record the patient's consent", { hasErrors });
  useFocusFromHash();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const missing = [
      ...(agreed.includes('referralAndImageSharing')
        ? []
        : [
            {
              field: 'referralAndImageSharing',
              message: 'The patient must agree to the referral and to sharing photographs',
            },
          ]),
      ...(method ? [] : [{ field: 'method', message: 'Choose how the patient gave consent' }]),
    ];
    if (missing.length) return show(missing);
    setSaving(true);
    try {
      await recordConsent(draft.id, {
        referralAndImageSharing: true,
        teachingUse: agreed.includes('teachingUse'),
        method,
      });
      await navigate(next ?? draftPath(draft.id, 'history'));
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
        Record the patient&rsquo;s consent
      </h1>
      {current && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            {current.method === 'patient_link'
              ? `The patient gave consent through their secure link on ${formatDate(current.recordedAt)}.`
              : `Consent was recorded${current.recordedByName ? ` by ${current.recordedByName}` : ''} on ${formatDate(current.recordedAt)}.`}{' '}
            Saving again records it afresh{current.method === 'patient_link' ? ', as taken by you' : ''}.
          </p>
        </div>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Checkboxes
          id="referralAndImageSharing"
          name="consent"
          legend="What does the patient agree to?"
          hint="Ask the patient before you send their details and photographs. They can withdraw consent at any time."
          options={agreementOptions}
          values={agreed}
          onChange={setAgreed}
          error={errors.fields['referralAndImageSharing'] ?? errors.fields['consent']}
        />
        <Radios
          id="method"
          name="method"
          legend="How did the patient give consent?"
          options={methodOptions}
          value={method}
          onChange={setMethod}
          error={errors.fields['method']}
        />
        <button className="nhsuk-button" type="submit" disabled={saving}>
          Save and continue
        </button>
      </form>
      {!current && <ConsentByLink draft={draft} next={next ?? draftPath(draft.id, stepAfterConsent(draft))} />}
    </>
  );
}
