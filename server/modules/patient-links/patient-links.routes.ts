import { z } from 'zod';
import { organisationsWithRole } from '../../http/actor.ts';
import { actorOf, auditActorOf, inScopedTransaction, recordDenial } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { notFound } from '../../http/errors.ts';
import type { Services } from '../../services.ts';
import { feedbackCsv, feedbackResults } from './feedback-results.ts';
import { feedbackResultsSchema } from './patient.schemas.ts';
import { revokePatientLink, sendPatientLink } from './send-patient-link.ts';

const linkSenders = ['referrer', 'booking_clerk'] as const;

export function patientLinksRoutes(app: App, services: Services) {
  const context = (request: Parameters<typeof actorOf>[0]) => ({
    actor: actorOf(request),
    auditActor: auditActorOf(request),
    at: services.clock.now(),
  });

  app.post(
    '/api/requests/:requestId/patient-links',
    {
      config: { access: linkSenders },
      schema: {
        summary: 'Send the patient a secure link to this request by text or email (it replaces any earlier link)',
        tags: ['patient links'],
        params: z.object({ requestId: z.uuid() }),
        body: z.object({ channel: z.enum(['sms', 'email'], { message: 'Choose text message or email' }) }),
        response: { 201: z.object({ id: z.uuid(), expiresAt: z.date() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { requestId } = request.params;
      const sent = await inScopedTransaction(services, request, { recordType: 'request', recordId: requestId }, (tx) =>
        sendPatientLink(tx, {
          ...context(request),
          boss: services.jobs.boss,
          publicOrigin: services.config.publicOrigin,
          linkDays: services.config.patientLinkDays,
          requestId,
          channel: request.body.channel,
        }),
      );
      return reply.status(201).send(sent);
    },
  );

  app.delete(
    '/api/requests/:requestId/patient-links/current',
    {
      config: { access: linkSenders },
      schema: {
        summary: 'Cancel the link in use',
        tags: ['patient links'],
        params: z.object({ requestId: z.uuid() }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { requestId } = request.params;
      await inScopedTransaction(services, request, { recordType: 'request', recordId: requestId }, (tx) =>
        revokePatientLink(tx, { ...context(request), requestId }),
      );
      return reply.status(204).send(null);
    },
  );

  const feedbackParams = z.object({ serviceId: z.uuid() });
  const feedbackQuery = z.object({
    since: z
      .string()
      .regex(/^\d{4}-\d{2}-01$/)
      .default('2000-01-01'),
  });
  const ensureAdmin = async (request: Parameters<typeof actorOf>[0], serviceId: string) => {
    if (!organisationsWithRole(actorOf(request), 'service_admin').includes(serviceId)) {
      await recordDenial(services, request, 'scope', { recordType: 'organisation', recordId: serviceId });
      throw notFound('service');
    }
  };

  app.get(
    '/api/services/:serviceId/feedback',
    {
      config: { access: ['service_admin'] },
      schema: {
        summary: 'Patient feedback: counts and percentages per answer per month',
        tags: ['patient links'],
        params: feedbackParams,
        querystring: feedbackQuery,
        response: { 200: feedbackResultsSchema, ...errorResponses },
      },
    },
    async (request) => {
      await ensureAdmin(request, request.params.serviceId);
      return feedbackResults(services.pool, request.params.serviceId, request.query.since);
    },
  );

  app.get(
    '/api/services/:serviceId/feedback.csv',
    {
      config: { access: ['service_admin'] },
      schema: {
        summary: 'Patient feedback as CSV',
        tags: ['patient links'],
        params: feedbackParams,
        querystring: feedbackQuery,
      },
    },
    async (request, reply) => {
      await ensureAdmin(request, request.params.serviceId);
      const csv = feedbackCsv(await feedbackResults(services.pool, request.params.serviceId, request.query.since));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="patient-feedback.csv"')
        .send(csv);
    },
  );
}
