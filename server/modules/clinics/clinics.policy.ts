import type { Queryable, Tx } from '../../db/database.ts';
import { hasRole, organisationsWithRole, type Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { findVisibleRequest, type RequestRow } from '../requests/index.ts';
import {
  findAppointment,
  lockRequest,
  serviceOfClinicAppointment,
  type AppointmentRow,
} from './appointments.repository.ts';
import { clinicsProvidingFor } from './sites.repository.ts';

/** Statuses through which a photographer's clinic is party to the request. */
const clinicPartyStatuses: readonly string[] = ['booked', 'attended', 'did_not_attend'];

/**
 * Who may see and change what in the clinics (deny by default; an outsider gets 404):
 * - a booking clerk or service admin works with the clinics that provide for their services;
 * - a photographer works with the sites of their own clinic organisation, and sees a request only while
 *   it has an appointment at one of those sites (booked, attended or did not attend).
 */

/** The clinic organisations the actor works with: their own (photographer) or their services' providers. */
export async function clinicsInScope(db: Queryable, actor: Actor): Promise<string[]> {
  const own = organisationsWithRole(actor, 'photographer');
  const services = organisationsWithRole(actor, 'booking_clerk', 'service_admin');
  if (!services.length) return own;
  return [...new Set([...own, ...(await clinicsProvidingFor(db, services))])];
}

/** A clerk's request that is booked through a clinic, locked for the change unless only read. */
export async function requestForBooking(
  tx: Tx,
  actor: Actor,
  requestId: string,
  options: { lock: boolean } = { lock: true },
): Promise<RequestRow> {
  const services = organisationsWithRole(actor, 'booking_clerk');
  const request = await findVisibleRequest(tx, services, requestId, options);
  if (!request || !services.includes(request.serviceId)) throw notFound('request');
  return request;
}

/** Whether a request may be given an appointment now: a clinic request waiting for its photographs. */
export function assertBookable(request: RequestRow) {
  if (request.photography !== 'clinic')
    throw new AppError('invalid_transition', 'This request is not for a community photography clinic.');
  if (request.state !== 'awaiting_images')
    throw new AppError('invalid_transition', 'This request is not waiting for a clinic appointment.');
}

/**
 * An appointment the actor may act on: a clerk's, through the request's service; a photographer's,
 * through the site's clinic. Locked when asked, for a change.
 */
export async function appointmentFor(
  tx: Tx,
  actor: Actor,
  appointmentId: string,
  as: 'booking_clerk' | 'photographer' | 'either',
  options: { lock?: boolean } = {},
): Promise<AppointmentRow> {
  const found = await findAppointment(tx, appointmentId);
  if (!found) throw notFound('appointment');
  const clerk = as !== 'photographer' && organisationsWithRole(actor, 'booking_clerk').includes(found.serviceId);
  // A photographer's clinic is party to an appointment only while it is, or was, kept there: not once the
  // patient has moved it elsewhere or cancelled it.
  const photographer =
    as !== 'booking_clerk' &&
    organisationsWithRole(actor, 'photographer').includes(found.site.clinicId) &&
    clinicPartyStatuses.includes(found.status);
  if (!clerk && !photographer) throw notFound('appointment');
  if (!options.lock) return found;
  // Locks in one order everywhere, the request and then its appointment, so that a clerk and a patient
  // changing the same appointment wait for each other instead of deadlocking.
  await lockRequest(tx, found.requestId);
  return (await findAppointment(tx, appointmentId, { lock: true }))!;
}

/**
 * The request, if a photographer may see it: it has an appointment at a site of their clinic. With
 * `forUpload`, only while the appointment is live and the patient has arrived.
 */
export async function requestForPhotographer(
  tx: Tx,
  actor: Actor,
  requestId: string,
  options: { forUpload?: boolean; lock?: boolean } = {},
): Promise<RequestRow | null> {
  if (!hasRole(actor, 'photographer')) return null;
  const clinics = organisationsWithRole(actor, 'photographer');
  const serviceId = await serviceOfClinicAppointment(tx, {
    requestId,
    clinicIds: clinics,
    statuses: options.forUpload ? ['booked'] : clinicPartyStatuses,
    arrived: options.forUpload ?? false,
  });
  if (!serviceId) return null;
  return findVisibleRequest(tx, [serviceId], requestId, { lock: options.lock ?? false });
}
