// What other modules may import from this one (.dependency-cruiser.cjs enforces it); the rest is its own.
export { appointmentDateTime } from './appointment-date-time.ts';
export { appointmentLetterKey, enqueueAppointmentLetter, enqueueReturnedLetter } from './enqueue-clinic-letters.ts';
export { patientLetter, referrerLetter } from './compose-letters.ts';
export type { LetterContent } from './letter-pdf.ts';
export { listLetters, requestLetterFacts, type LetterRow } from './letters.repository.ts';
export { enqueueLetters } from './make-letters-job.ts';
