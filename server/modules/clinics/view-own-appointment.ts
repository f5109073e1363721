import type { Tx } from '../../db/database.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { linkedRequest } from '../patient-links/index.ts';
import type { PatientSession } from '../patient-links/index.ts';
import { liveAppointment, type AppointmentRow } from './appointments.repository.ts';
import { offersFor } from './offers.ts';

/** An appointment as the patient's pages show it. */
export const presentOwnAppointment = (a: AppointmentRow) => ({
  id: a.id,
  startsAt: a.startsAt,
  endsAt: a.endsAt,
  site: a.site,
});

/**
 * The patient's live appointment, through their link, and the other times they could move it to, a week at a
 * time. The read is audited even when there is no appointment.
 */
export async function viewOwnAppointment(
  tx: Tx,
  options: { session: PatientSession; auditActor: AuditActor; at: Date; week: string | undefined },
) {
  const linked = await linkedRequest(tx, options.session);
  const live = await liveAppointment(tx, linked.id);
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'patient.viewed_own_request',
    recordType: 'request',
    recordId: linked.id,
    patientId: linked.patientId,
  });
  if (!live) return { appointment: null, offers: [], week: null, weeks: [], patientLocated: false };
  const offers = await offersFor(tx, {
    request: linked,
    at: options.at,
    week: options.week,
    excludeSlotId: live.slotId,
  });
  return { appointment: presentOwnAppointment(live), ...offers };
}
