import { CheckboxItem } from '../../components/checkboxes.tsx';
import { Radios } from '../../components/radios.tsx';
import {
  requestKindLabels,
  type Photography,
  type RequestKind,
  type Urgency,
} from '../../../../shared/request-content.ts';
import type { Organisation } from './requests-api.ts';

export type RequestTypeAnswers = {
  kind: RequestKind | undefined;
  conversionAuthorised: boolean;
  urgency: Urgency | undefined;
  serviceId: string | undefined;
  photography: Photography | undefined;
};

const kindOptions = [
  {
    value: 'advice_and_guidance',
    label: requestKindLabels.advice_and_guidance,
    hint: 'A consultant dermatologist advises you. Clinical responsibility stays with you.',
  },
  {
    value: 'referral',
    label: requestKindLabels.referral,
    hint: 'A consultant dermatologist decides where the patient goes next.',
  },
] as const;

const urgencyOptions = [
  { value: 'routine', label: 'Routine' },
  {
    value: 'urgent',
    label: 'Urgent',
    hint: 'Not for suspected skin cancer: refer that on the urgent suspected cancer pathway (two-week wait).',
  },
] as const;

const photographyOptions = [
  { value: 'referrer', label: 'I will (or the patient will, using a secure link)' },
  {
    value: 'clinic',
    label: 'Book the patient into a community photography clinic',
    hint: 'A medical photographer at a clinic near the patient takes the photographs, including dermoscopic close-ups; the service books the appointment.',
  },
] as const;

type RequestTypeFieldsProps = {
  answers: RequestTypeAnswers;
  onChange: (answers: RequestTypeAnswers) => void;
  services: Organisation[];
  errors: Record<string, string>;
};

/** What kind of request, how urgent, and which dermatology service receives it. */
export function RequestTypeFields({ answers, onChange, services, errors }: RequestTypeFieldsProps) {
  const set = (changes: Partial<RequestTypeAnswers>) => onChange({ ...answers, ...changes });
  const onlyService = services.length === 1 ? services[0] : undefined;
  return (
    <>
      <Radios
        id="kind"
        name="kind"
        legend="What do you need?"
        options={kindOptions}
        value={answers.kind}
        onChange={(kind) => set({ kind })}
        error={errors['kind']}
      />
      {answers.kind === 'advice_and_guidance' && (
        <div className="nhsuk-form-group app-follow-on">
          <div className="nhsuk-checkboxes">
            <CheckboxItem
              id="conversionAuthorised"
              name="conversionAuthorised"
              label="I authorise conversion to a referral"
              hint="If the consultant decides the patient needs to be seen, they can turn this request into a referral without asking you first."
              checked={answers.conversionAuthorised}
              onChange={(conversionAuthorised) => set({ conversionAuthorised })}
            />
          </div>
        </div>
      )}
      <Radios
        id="urgency"
        name="urgency"
        legend="How urgent is it?"
        options={urgencyOptions}
        value={answers.urgency}
        onChange={(urgency) => set({ urgency })}
        error={errors['urgency']}
      />
      <Radios
        id="photography"
        name="photography"
        legend="Who will take the photographs?"
        options={photographyOptions}
        value={answers.photography}
        onChange={(photography) => set({ photography })}
        error={errors['photography']}
      />
      {onlyService ? (
        <div className="nhsuk-form-group">
          <h2 className="nhsuk-heading-m">Dermatology service</h2>
          <p>
            The request goes to <strong>{onlyService.name}</strong>, the service for your practice.
          </p>
        </div>
      ) : (
        <Radios
          id="serviceId"
          name="serviceId"
          legend="Which dermatology service should receive it?"
          options={services.map((s) => ({ value: s.id, label: s.name }))}
          value={answers.serviceId}
          onChange={(serviceId) => set({ serviceId })}
          error={errors['serviceId']}
        />
      )}
    </>
  );
}

/** The answers still missing, in the words the service uses. */
export function missingTypeAnswers(answers: RequestTypeAnswers) {
  const missing: { field: string; message: string }[] = [];
  if (!answers.kind) missing.push({ field: 'kind', message: 'Choose Advice & Guidance or referral' });
  if (!answers.urgency) missing.push({ field: 'urgency', message: 'Choose how urgent the request is' });
  if (!answers.serviceId) missing.push({ field: 'serviceId', message: 'Choose the dermatology service' });
  if (!answers.photography) missing.push({ field: 'photography', message: 'Choose who will take the photographs' });
  return missing;
}
