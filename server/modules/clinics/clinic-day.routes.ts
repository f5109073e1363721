import { z } from 'zod';
import { questionnaireSchema, missingAnswers } from '../../../shared/patient-questions.ts';
import { organisationsWithRole } from '../../http/actor.ts';
import { actorOf, auditActorOf, inScopedTransaction } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { AppError } from '../../http/errors.ts';
import { withTransaction } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import { londonDate } from '../../working-days.ts';
import { appendAuditEvent } from '../audit/index.ts';
import { captureView, clinicDay } from './clinic-day.ts';
import { appointmentFor } from './clinics.policy.ts';
import { findAppointment } from './appointments.repository.ts';
import { captureSchema, dayItemSchema, siteSchema } from './clinics.schemas.ts';
import { completeCapture } from './complete-capture.ts';
import { confirmQuestionnaire, recordArrival } from './appointment-steps.ts';

const appointmentParams = z.object({ appointmentId: z.uuid() });

/** The photographer's day: the clinic list, and each patient's capture. */
export function clinicDayRoutes(app: App, services: Services) {
  const context = (request: Parameters<typeof actorOf>[0]) => ({
    actor: actorOf(request),
    auditActor: auditActorOf(request),
    at: services.clock.now(),
  });
  const scoped = <T>(request: Parameters<typeof actorOf>[0], work: Parameters<typeof withTransaction<T>>[1]) =>
    inScopedTransaction(
      services,
      request,
      { recordType: 'appointment', recordId: (request.params as { appointmentId: string }).appointmentId },
      work,
    );

  app.get(
    '/api/clinic-day',
    {
      config: { access: ['photographer'] },
      schema: {
        summary: "The clinic list for a day (default today) at your clinic's sites",
        tags: ['clinics'],
        querystring: z.object({ date: z.iso.date().optional() }),
        response: {
          200: z.object({
            date: z.string(),
            sites: z.array(z.object({ site: siteSchema, appointments: z.array(dayItemSchema) })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { actor, auditActor, at } = context(request);
      const date = request.query.date ?? londonDate(at);
      return withTransaction(services.pool, async (tx) => {
        const sites = await clinicDay(tx, { clinicIds: organisationsWithRole(actor, 'photographer'), date });
        const count = sites.reduce((n, s) => n + s.appointments.length, 0);
        await appendAuditEvent(tx, auditActor, at, { action: 'clinic_day.viewed', detail: { count } });
        return { date, sites };
      });
    },
  );

  app.get(
    '/api/clinic-appointments/:appointmentId',
    {
      config: { access: ['photographer'] },
      schema: {
        summary: 'One patient on the clinic list: lesions, the views each needs, photographs so far, what is missing',
        tags: ['clinics'],
        params: appointmentParams,
        response: { 200: captureSchema, ...errorResponses },
      },
    },
    async (request) =>
      scoped(request, async (tx) => {
        const { actor, auditActor, at } = context(request);
        const appointment = await appointmentFor(tx, actor, request.params.appointmentId, 'photographer');
        await appendAuditEvent(tx, auditActor, at, {
          action: 'appointment.viewed',
          recordType: 'appointment',
          recordId: appointment.id,
          patientId: appointment.patientId,
          detail: { requestId: appointment.requestId },
        });
        return captureView(tx, appointment);
      }),
  );

  app.post(
    '/api/clinic-appointments/:appointmentId/arrived',
    {
      config: { access: ['photographer'] },
      schema: {
        summary: 'The patient has arrived: photographs can now be taken',
        tags: ['clinics'],
        params: appointmentParams,
        response: { 200: captureSchema, ...errorResponses },
      },
    },
    async (request) =>
      scoped(request, async (tx) => {
        const { actor, auditActor, at } = context(request);
        const appointment = await appointmentFor(tx, actor, request.params.appointmentId, 'photographer', {
          lock: true,
        });
        await recordArrival(tx, { appointment, auditActor, at });
        return captureView(tx, (await findAppointment(tx, appointment.id))!);
      }),
  );

  app.post(
    '/api/clinic-appointments/:appointmentId/questionnaire',
    {
      config: { access: ['photographer'] },
      schema: {
        summary: 'Record the questionnaire as confirmed with the patient (with any answers corrected or added)',
        tags: ['clinics'],
        params: appointmentParams,
        body: z.object({ answers: questionnaireSchema }),
        response: { 200: captureSchema, ...errorResponses },
      },
    },
    async (request) => {
      const missing = missingAnswers(request.body.answers);
      if (missing.length)
        throw new AppError('validation_failed', missing.map((m) => m.message).join('. '), { fieldErrors: missing });
      return scoped(request, async (tx) => {
        const { actor, auditActor, at } = context(request);
        const appointment = await appointmentFor(tx, actor, request.params.appointmentId, 'photographer', {
          lock: true,
        });
        await confirmQuestionnaire(tx, { appointment, auditActor, at, answers: request.body.answers });
        return captureView(tx, (await findAppointment(tx, appointment.id))!);
      });
    },
  );

  app.post(
    '/api/clinic-appointments/:appointmentId/complete',
    {
      config: { access: ['photographer'] },
      schema: {
        summary: 'The capture is complete: the case is ready for consultant review and its clock starts',
        tags: ['clinics'],
        params: appointmentParams,
        response: { 200: z.object({ state: z.string(), dueAt: z.date().nullable() }), ...errorResponses },
      },
    },
    async (request) =>
      scoped(request, async (tx) => {
        const { actor, auditActor, at } = context(request);
        const appointment = await appointmentFor(tx, actor, request.params.appointmentId, 'photographer', {
          lock: true,
        });
        return completeCapture(tx, { appointment, auditActor, at });
      }),
  );
}
