import { DateOfBirthForm } from '../../features/patient/date-of-birth-form.tsx';
import { usePatient } from '../../features/patient/patient-context.ts';
import { PatientTasks } from '../../features/patient/patient-tasks.tsx';

/** /patient: the date of birth first; once confirmed, what the patient has to do and where their request is. */
export function PatientStartPage() {
  const { view } = usePatient();
  return view ? <PatientTasks view={view} /> : <DateOfBirthForm />;
}
