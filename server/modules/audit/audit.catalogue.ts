/**
 * Every action the audit trail records. A discriminated union so that each
 * action carries the record and detail it needs, and nothing else; adding an
 * action means adding it here.
 */
export type AuditEvent =
  | { action: 'auth.signed_in'; recordType: 'session'; recordId: string }
  | { action: 'auth.sign_in_refused'; detail: { email: string; reason: 'credentials' | 'throttled' | 'disabled' } }
  | { action: 'auth.signed_out'; recordType: 'session'; recordId: string }
  | {
      action: 'user.created';
      recordType: 'user';
      recordId: string;
      detail: { organisationId: string; roles: string[] };
    }
  | { action: 'user.disabled'; recordType: 'user'; recordId: string; detail: { sessionsEnded: number } }
  | {
      action: 'user.removed_from_organisation';
      recordType: 'user';
      recordId: string;
      detail: { organisationId: string; sessionsEnded: number };
    }
  | { action: 'user.listed'; detail: { organisationIds: string[]; count: number } }
  | { action: 'organisation.viewed'; recordType: 'organisation'; recordId: string }
  | { action: 'audit.viewed'; detail: { count: number } }
  | {
      action: 'access.denied';
      recordType?: string;
      recordId?: string;
      patientId?: string;
      detail: { route: string; reason: 'role' | 'scope' | 'csrf' };
    };

export type AuditAction = AuditEvent['action'];

/** Actions that record a refusal rather than something done. */
const deniedActions: ReadonlySet<AuditAction> = new Set(['auth.sign_in_refused', 'access.denied']);

export function outcomeOf(action: AuditAction): 'allowed' | 'denied' {
  return deniedActions.has(action) ? 'denied' : 'allowed';
}
