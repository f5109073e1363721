// What other modules may import from this one (.dependency-cruiser.cjs enforces it); the rest is its own.
export { linkedRequest, patientActor, verified } from './patient-links.policy.ts';
export { latestLink, linkUnusable, type PatientSession } from './patient-links.repository.ts';
export { issuePatientLink, longDate } from './send-patient-link.ts';
