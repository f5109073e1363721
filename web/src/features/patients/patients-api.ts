import type { ResponseBody } from '../../api/api-types.ts';
import { api } from '../../api/client.ts';

export const sexes = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof sexes)[number];
export const sexLabels: Record<Sex, string> = { female: 'Female', male: 'Male', other: 'Other', unknown: 'Not known' };

/** A patient registered with the practice, as GET /api/patients returns them. */
export type Patient = ResponseBody<'/api/patients/{patientId}', 'get'>;

export type NewPatient = {
  nhsNumber: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  sex: Sex | undefined;
  mobile?: string;
  email?: string;
  address: string;
  postcode: string;
};

export async function findPatientByNhsNumber(nhsNumber: string): Promise<Patient | null> {
  const { patients } = await api.get<{ patients: Patient[] }>(
    `/api/patients?nhsNumber=${encodeURIComponent(nhsNumber)}`,
  );
  return patients[0] ?? null;
}

export const getPatient = (id: string) => api.get<Patient>(`/api/patients/${encodeURIComponent(id)}`);

/** Registers the patient with the practice, or finds them if their NHS number is already registered. */
export const registerPatient = (patient: NewPatient) => api.post<Patient>('/api/patients', patient);
