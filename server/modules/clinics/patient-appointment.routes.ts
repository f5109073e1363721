import { z } from 'zod';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { AppError } from '../../http/errors.ts';
import { sendPdf } from '../../http/send-pdf.ts';
import { withTransaction } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import { linkedRequest, patientActor, verified } from '../patient-links/index.ts';
import { bookAppointment } from './book-appointment.ts';
import { cancelAppointment } from './cancel-appointment.ts';
import { downloadOwnAppointmentLetter } from './download-own-appointment-letter.ts';
import { findAppointment, liveAppointment } from './appointments.repository.ts';
import { offerPageShape, offerWeekQuery, patientAppointmentSchema } from './clinics.schemas.ts';
import { presentOwnAppointment, viewOwnAppointment } from './view-own-appointment.ts';

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
      const options = {
        session: verified(request),
        auditActor: patientActor(request),
        at: services.clock.now(),
        week: request.query.week,
      };
      return withTransaction(services.pool, (tx) => viewOwnAppointment(tx, options));
    },
  );

  app.get(
    '/api/patient/appointment/letter',
    {
      config: { access: 'patient' },
      schema: { summary: 'The letter for your appointment (PDF)', tags: ['patient'] },
    },
    async (request, reply) => {
      const options = { session: verified(request), auditActor: patientActor(request), at: services.clock.now() };
      const letter = await withTransaction(services.pool, (tx) => downloadOwnAppointmentLetter(tx, options));
      return sendPdf(reply, {
        filename: 'appointment-letter.pdf',
        content: await services.blobs.get(letter.blobKey),
        disposition: 'inline',
        cacheControl: 'no-store',
      });
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
        return { appointment: presentOwnAppointment(moved) };
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
