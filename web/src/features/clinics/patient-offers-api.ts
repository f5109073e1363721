import { api } from '../../api/client.ts';
import { asPatient } from '../patient/patient-api.ts';
import type { OfferPage } from './clinics-api.ts';

/**
 * GET /api/patient/appointment?week=: the times the patient could move their appointment to, one week at a time
 * (any date in the week; the first week with free times when absent). The appointment itself comes with it.
 */
export const getPatientOffers = (week: string | null) =>
  api.get<OfferPage>(`/api/patient/appointment${week ? `?${new URLSearchParams({ week })}` : ''}`, asPatient);
