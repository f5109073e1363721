import { z } from 'zod';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { appendAuditEvent } from '../audit/index.ts';
import { listLetters } from '../letters/index.ts';
import { withTransaction } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import { linkedRequest, patientActor, verified } from '../patient-links/index.ts';
import { bookAppointment } from './book-appointment.ts';
import { cancelAppointment } from './cancel-appointment.ts';
import { findAppointment, liveAppointment, type AppointmentRow } from './clinics.repository.ts';
import { offerPageShape, offerWeekQuery, patientAppointmentSchema } from './clinics.schemas.ts';
import { offersFor } from './offers.ts';

const present = (a: AppointmentRow) => ({ id: a.id, startsAt: a.startsAt, endsAt: a.endsAt, site: a.site });

/** The patient's own clinic appointment, through their secure link: see it, move it, or cancel it. */
export function patientAppointmentRoutes(app: App, services: Services) {
  app.get(
    '/api/patient/appointment',
    {
      config: { access: 'patient' },
      schema: {
        summary:
          'Your photography appointment, if you have one, and the other times you could move it to, a week at a time',
        tags: ['patient'],
        querystring: offerWeekQuery,
        response: {
          200: z.object({ appointment: patientAppointmentSchema.nullable(), ...offerPageShape }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const session = verified(request);
      return withTransaction(services.pool, async (tx) => {
        const linked = await linkedRequest(tx, session);
        const live = await liveAppointment(tx, linked.id);
        await appendAuditEvent(tx, patientActor(request), services.clock.now(), {
          action: 'patient.viewed_own_request',
          recordType: 'request',
          recordId: linked.id,
          patientId: linked.patientId,
        });
        if (!live) return { appointment: null, offers: [], week: null, weeks: [], patientLocated: false };
        const offers = await offersFor(tx, {
          request: linked,
          at: services.clock.now(),
          week: request.query.week,
          excludeSlotId: live.slotId,
        });
        return { appointment: present(live), ...offers };
      });
    },
  );

  app.get(
    '/api/patient/appointment/letter',
    {
      config: { access: 'patient' },
      schema: { summary: 'The letter for your appointment (PDF)', tags: ['patient'] },
    },
    async (request, reply) => {
      const session = verified(request);
      const letter = await withTransaction(services.pool, async (tx) => {
        const linked = await linkedRequest(tx, session);
        const live = await liveAppointment(tx, linked.id);
        const found = live
          ? (await listLetters(tx, linked.id)).find((l) => l.kind === 'appointment' && l.appointmentId === live.id)
          : undefined;
        if (!found) throw notFound('letter');
        await appendAuditEvent(tx, patientActor(request), services.clock.now(), {
          action: 'patient.letter_downloaded',
          recordType: 'request',
          recordId: linked.id,
          patientId: linked.patientId,
        });
        return found;
      });
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', 'inline; filename="appointment-letter.pdf"')
        .header('cache-control', 'no-store')
        .send(await services.blobs.get(letter.blobKey));
    },
  );

  app.post(
    '/api/patient/appointment/move',
    {
      config: { access: 'patient' },
      schema: {
        summary: 'Move your appointment to another open time',
        tags: ['patient'],
        body: z.object({ slotId: z.uuid() }),
        response: { 200: z.object({ appointment: patientAppointmentSchema }), ...errorResponses },
      },
    },
    async (request) => {
      const session = verified(request);
      return withTransaction(services.pool, async (tx) => {
        const linked = await linkedRequest(tx, session, { lock: true });
        const live = await liveAppointment(tx, linked.id);
        if (!live) throw new AppError('conflict', 'You do not have an appointment to move.');
        const moving = (await findAppointment(tx, live.id, { lock: true }))!;
        const moved = await bookAppointment(tx, {
          request: linked,
          slotId: request.body.slotId,
          moving,
          by: { kind: 'patient', channel: null },
          auditActor: patientActor(request),
          at: services.clock.now(),
          boss: services.jobs.boss,
          publicOrigin: services.config.publicOrigin,
          linkDays: services.config.patientLinkDays,
        });
        return { appointment: present(moved) };
      });
    },
  );

  app.post(
    '/api/patient/appointment/cancel',
    {
      config: { access: 'patient' },
      schema: {
        summary: 'Cancel your appointment; the service will contact you',
        tags: ['patient'],
        body: z.object({ reason: z.string().trim().max(1000).default('') }),
        response: { 200: z.object({ appointment: z.null() }), ...errorResponses },
      },
    },
    async (request) => {
      const session = verified(request);
      return withTransaction(services.pool, async (tx) => {
        const linked = await linkedRequest(tx, session, { lock: true });
        const live = await liveAppointment(tx, linked.id);
        if (!live) throw new AppError('conflict', 'You do not have an appointment to cancel.');
        await cancelAppointment(tx, {
          appointment: (await findAppointment(tx, live.id, { lock: true }))!,
          by: 'patient',
          reason: request.body.reason,
          auditActor: patientActor(request),
          at: services.clock.now(),
          boss: services.jobs.boss,
        });
        return { appointment: null };
      });
    },
  );
}
