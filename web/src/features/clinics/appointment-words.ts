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

/** How near a site is to the patient by postcode district (when no distance is known), in words a clerk can say. */
export const nearnessLabels: Record<Nearness, string> = {
  'same district': 'Near the patient (same postcode district)',
  nearby: 'Nearby',
  further: 'Further away',
};

/** The same, as the patient reads it about themselves. */
export const patientNearnessLabels: Record<Nearness, string> = {
  'same district': 'In your postcode district',
  nearby: 'In a nearby postcode district',
  further: 'Further away',
};

/** "0.4 miles", "1 mile", "2.3 miles", "12 miles": a distance as it is read out, to a tenth of a mile under 10. */
export function formatMiles(miles: number): string {
  if (miles < 0.1) return 'less than 0.1 miles';
  const shown = miles < 10 ? Math.round(miles * 10) / 10 : Math.round(miles);
  return shown === 1 ? '1 mile' : `${shown} miles`;
}

/** "+447700900123" as it is read: "07700 900123". Anything else is shown as stored. */
export function formatMobile(mobile: string): string {
  const match = /^\+44(7\d{3})(\d{6})$/.exec(mobile);
  return match ? `0${match[1]} ${match[2]}` : mobile;
}

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
