import type { AppointmentStatus, Nearness } from './clinics-api.ts';

export const appointmentStatusLabels: Record<AppointmentStatus, string> = {
  booked: 'Booked',
  moved: 'Moved',
  cancelled: 'Cancelled',
  attended: 'Attended',
  did_not_attend: 'Did not attend',
};

export const appointmentStatusColours: Record<AppointmentStatus, string> = {
  booked: 'blue',
  moved: 'grey',
  cancelled: 'grey',
  attended: 'green',
  did_not_attend: 'red',
};

/** How near a site is to the patient, in words a clerk can say to them. */
export const nearnessLabels: Record<Nearness, string> = {
  'same district': 'Near the patient (same postcode district)',
  nearby: 'Nearby',
  further: 'Further away',
};

const endReasonLabels: Record<string, string> = {
  moved: 'Moved to another time',
  cancelled_by_patient: 'Cancelled by the patient',
  cancelled_by_service: 'Cancelled by the service',
  session_cancelled: 'The clinic session was cancelled',
  did_not_attend: 'Did not attend',
  attended: 'Attended',
};

/** Why an appointment ended, in words: the service's code where it has one, else its reason as a sentence. */
export function endReasonWords(reason: string | null): string | null {
  if (!reason) return null;
  return endReasonLabels[reason] ?? `${reason.charAt(0).toUpperCase()}${reason.slice(1)}`;
}
