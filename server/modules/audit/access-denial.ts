import type { Queryable } from '../../db/database.ts';
import type { AccessDenial } from '../../http/access.ts';
import { appendAuditEvent } from './audit.repository.ts';

/** How access control records a refused attempt; given to it by server/app.ts (server/http imports no module). */
export function accessDenialRecorder(db: Queryable) {
  return (denial: AccessDenial) =>
    appendAuditEvent(db, denial.actor, denial.at, {
      action: 'access.denied',
      ...(denial.record ?? {}),
      detail: { route: denial.route, reason: denial.reason },
    });
}
