import { useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { useFocusFromHash } from '../../components/use-focus-from-hash.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { draftPath } from './draft-steps.ts';
import { missingTypeAnswers, RequestTypeFields, type RequestTypeAnswers } from './request-type-fields.tsx';
import { createRequest, getRequest, updateDraft, type Organisation, type RequestDetail } from './requests-api.ts';

type RequestTypeFormProps = {
  services: Organisation[];
  caption: ReactNode;
  /** A draft being changed; without one, the form starts a new draft for `patientId`. */
  draft?: RequestDetail;
  patientId?: string;
  /** Where to go once saved (check your answers, when the referrer came from there). */
  next?: string | undefined;
};

/** The request's kind, urgency and service: starts the draft, or changes it. */
export function RequestTypeForm({ services, caption, draft, patientId, next }: RequestTypeFormProps) {
  const navigate = useNavigate();
  const [answers, setAnswers] = useState<RequestTypeAnswers>({
    kind: draft?.kind,
    conversionAuthorised: draft?.conversionAuthorised ?? false,
    urgency: draft?.urgency,
    serviceId: draft?.service.id ?? (services.length === 1 ? services[0]?.id : undefined),
    // Asked, never assumed: the NHS service manual advises against pre-selected radios.
    photography: draft?.photography ?? undefined,
  });
  const [saving, setSaving] = useState(false);
  const { errors, show, showProblem, hasErrors } = useFormErrors();
  usePageTitle('About the request', { hasErrors });
  useFocusFromHash();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const { kind, urgency, serviceId, photography } = answers;
    if (!kind || !urgency || !serviceId || !photography) return show(missingTypeAnswers(answers));
    const conversionAuthorised = kind === 'advice_and_guidance' && answers.conversionAuthorised;
    setSaving(true);
    try {
      let id = draft?.id;
      if (draft) {
        await updateDraft(draft.id, draft.version, { kind, urgency, serviceId, conversionAuthorised, photography });
      } else {
        id = (await createRequest({ patientId: patientId ?? '', kind, urgency, serviceId, photography })).id;
        // A new draft starts with no conversion authorised.
        if (conversionAuthorised) {
          const created = await getRequest(id);
          await updateDraft(id, created.version, { conversionAuthorised });
        }
      }
      await navigate(next ?? draftPath(id ?? '', 'consent'));
    } catch (error) {
      setSaving(false);
      showProblem(error);
    }
  };

  return (
    <>
      {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
      <h1 className="nhsuk-heading-l">
        {caption}
        About the request
      </h1>
      {services.length === 0 ? (
        <p>No dermatology service takes requests from your practice yet. Contact your commissioner.</p>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <RequestTypeFields answers={answers} onChange={setAnswers} services={services} errors={errors.fields} />
          <button className="nhsuk-button" type="submit" disabled={saving}>
            {draft ? 'Save and continue' : 'Continue'}
          </button>
        </form>
      )}
    </>
  );
}
