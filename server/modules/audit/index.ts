// What other modules may import from this one (.dependency-cruiser.cjs enforces it); the rest is its own.
export type { EligibilityDetail, PatientFinishedDetail, TransitionDetail } from './audit.catalogue.ts';
export { anonymousActor, appendAuditEvent, auditEventExists, type AuditActor } from './audit.repository.ts';
