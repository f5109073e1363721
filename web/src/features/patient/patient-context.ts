import { createContext, useContext } from 'react';
import type { PatientSession, PatientView } from './patient-api.ts';

export type PatientContextValue = {
  session: PatientSession;
  /** Null until the date of birth is confirmed: nothing about the patient is loaded before. */
  view: PatientView | null;
  /** Reads the request again (after consent, feedback, or to see the latest status). */
  reload: () => Promise<void>;
  /** The date of birth matched: the session is now verified. */
  verified: () => Promise<void>;
};

export const PatientContext = createContext<PatientContextValue | null>(null);

export function usePatient(): PatientContextValue {
  const value = useContext(PatientContext);
  if (!value) throw new Error('usePatient() outside <PatientProvider>');
  return value;
}

/** The patient's request, for pages that only show once the date of birth is confirmed. */
export function usePatientView() {
  const { view, ...rest } = usePatient();
  if (!view) throw new Error('usePatientView() before the date of birth is confirmed');
  return { view, ...rest };
}
