import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useLoad } from '../api/use-load.ts';
import { BackLink } from '../components/back-link.tsx';
import { LoadFailure } from '../components/load-failure.tsx';
import { FindPatientForm } from '../features/patients/find-patient-form.tsx';
import { formatNhsNumber } from '../features/patients/nhs-number.ts';
import { PatientDetailsForm } from '../features/patients/patient-details-form.tsx';
import { getPatient } from '../features/patients/patients-api.ts';
import { RequestTypeForm } from '../features/requests/request-type-form.tsx';
import { listServices } from '../features/requests/requests-api.ts';

/** New request, first page: the patient's NHS number. */
export function FindPatientPage() {
  return (
    <TwoThirds back="/requests">
      <FindPatientForm />
    </TwoThirds>
  );
}

/** New request: register a patient the practice has not seen before. */
export function PatientDetailsPage() {
  const [params] = useSearchParams();
  const nhsNumber = params.get('nhsNumber') ?? '';
  return (
    <TwoThirds back="/requests/new">
      <PatientDetailsForm key={nhsNumber} nhsNumber={nhsNumber} />
    </TwoThirds>
  );
}

/** New request: what kind, how urgent and to whom; saving it starts the draft. */
export function NewRequestTypePage() {
  const [params] = useSearchParams();
  const patientId = params.get('patient') ?? '';
  const loaded = useLoad(
    async () => ({ patient: await getPatient(patientId), services: await listServices() }),
    patientId,
  );
  if (loaded.status === 'loading') return null;
  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem} what="Patient" onRetry={loaded.reload} />;
  const { patient, services } = loaded.value;
  return (
    <TwoThirds back="/requests/new">
      <RequestTypeForm
        services={services}
        patientId={patient.id}
        caption={
          <span className="nhsuk-caption-l">
            {patient.givenName} {patient.familyName}, NHS number {formatNhsNumber(patient.nhsNumber)}
          </span>
        }
      />
    </TwoThirds>
  );
}

/** A question page's frame: its back link, then the form in the two-thirds column NHS.UK pages use. */
export function TwoThirds({ back, children }: { back: string; children: ReactNode }) {
  return (
    <>
      <BackLink to={back} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">{children}</div>
      </div>
    </>
  );
}
