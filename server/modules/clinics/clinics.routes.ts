import { z } from 'zod';
import { organisationsWithRole } from '../../http/actor.ts';
import { actorOf, auditActorOf, inScopedTransaction } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { notFound } from '../../http/errors.ts';
import { withTransaction } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import { addCalendarDays, atLondonTime, endOfLondonDay, londonDate } from '../../working-days.ts';
import { appendAuditEvent } from '../audit/index.ts';
import { cancelSession } from './cancel-session.ts';
import { clinicsInScope } from './clinics.policy.ts';
import { clinicReport } from './appointments.repository.ts';
import { findSession, listSessions, slotsOfSession } from './sessions.repository.ts';
import { findSite, insertSite, listPhotographers, listSites, updateSite } from './sites.repository.ts';
import {
  createSessionBody,
  createSiteBody,
  locatedSiteSchema,
  queueItemSchema,
  reasonBody,
  reportSchema,
  sessionDetailSchema,
  sessionSummarySchema,
  sessionsQuery,
  updateSiteBody,
} from './clinics.schemas.ts';
import { createSession } from './create-session.ts';

const staff = ['booking_clerk', 'service_admin'] as const;
const staffAndPhotographers = ['booking_clerk', 'service_admin', 'photographer'] as const;

/** Clinic sites and sessions: what the booking clerks run and the photographers staff. */
export function clinicsRoutes(app: App, services: Services) {
  const context = (request: Parameters<typeof actorOf>[0]) => ({
    actor: actorOf(request),
    auditActor: auditActorOf(request),
    at: services.clock.now(),
  });

  app.get(
    '/api/clinic-sites',
    {
      config: { access: staffAndPhotographers },
      schema: {
        summary: "The clinic sites you work with: your clinic's, or those of the clinics serving your services",
        tags: ['clinics'],
        response: { 200: z.object({ sites: z.array(locatedSiteSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const clinics = await clinicsInScope(services.pool, actorOf(request));
      return { sites: await listSites(services.pool, clinics) };
    },
  );

  app.post(
    '/api/clinic-sites',
    {
      config: { access: staff },
      schema: {
        summary: 'Add a site to a community clinic that serves your service',
        tags: ['clinics'],
        body: createSiteBody,
        response: { 201: locatedSiteSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { actor, auditActor, at } = context(request);
      const site = await withTransaction(services.pool, async (tx) => {
        if (!(await clinicsInScope(tx, actor)).includes(request.body.clinicId)) throw notFound('clinic');
        const id = await insertSite(tx, { ...request.body, at });
        await appendAuditEvent(tx, auditActor, at, {
          action: 'clinic_site.created',
          recordType: 'clinic_site',
          recordId: id,
        });
        return (await findSite(tx, id))!;
      });
      return reply.status(201).send(site);
    },
  );

  app.put(
    '/api/clinic-sites/:siteId',
    {
      config: { access: staff },
      schema: {
        summary:
          "Change a site's name, address, accessibility notes or opening hours; its location follows its postcode",
        tags: ['clinics'],
        params: z.object({ siteId: z.uuid() }),
        body: updateSiteBody,
        response: { 200: locatedSiteSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { actor, auditActor, at } = context(request);
      return inScopedTransaction(
        services,
        request,
        { recordType: 'clinic_site', recordId: request.params.siteId },
        async (tx) => {
          const site = await findSite(tx, request.params.siteId);
          if (!site || !(await clinicsInScope(tx, actor)).includes(site.clinicId)) throw notFound('clinic site');
          await updateSite(tx, site.id, request.body);
          await appendAuditEvent(tx, auditActor, at, {
            action: 'clinic_site.updated',
            recordType: 'clinic_site',
            recordId: site.id,
          });
          return (await findSite(tx, site.id))!;
        },
      );
    },
  );

  app.get(
    '/api/clinic-photographers',
    {
      config: { access: staff },
      schema: {
        summary: 'The medical photographers of the clinics serving your services',
        tags: ['clinics'],
        response: {
          200: z.object({
            photographers: z.array(z.object({ id: z.uuid(), displayName: z.string(), clinicId: z.uuid() })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const clinics = await clinicsInScope(services.pool, actorOf(request));
      return { photographers: await listPhotographers(services.pool, clinics) };
    },
  );

  app.get(
    '/api/clinic-sessions',
    {
      config: { access: staffAndPhotographers },
      schema: {
        summary: 'Clinic sessions from a date (default today) for four weeks, or to a date',
        tags: ['clinics'],
        querystring: sessionsQuery,
        response: { 200: z.object({ sessions: z.array(sessionSummarySchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const { at } = context(request);
      const from = request.query.from ?? londonDate(at);
      const to = request.query.to ?? addCalendarDays(from, 27);
      const clinics = await clinicsInScope(services.pool, actorOf(request));
      const sessions = await listSessions(services.pool, {
        clinicIds: clinics,
        from: atLondonTime(from, '00:00'),
        to: endOfLondonDay(to),
        siteId: request.query.siteId,
      });
      return { sessions };
    },
  );

  app.post(
    '/api/clinic-sessions',
    {
      config: { access: ['booking_clerk'] },
      schema: {
        summary: 'Add a clinic session at a site; its slots are made from the slot length',
        tags: ['clinics'],
        body: createSessionBody,
        response: { 201: sessionSummarySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const session = await withTransaction(services.pool, async (tx) => {
        const id = await createSession(tx, { ...context(request), session: request.body });
        return (await findSession(tx, id))!;
      });
      return reply.status(201).send(session);
    },
  );

  app.get(
    '/api/clinic-sessions/:sessionId',
    {
      config: { access: staff },
      schema: {
        summary: 'A clinic session with its slots and who is booked into each',
        tags: ['clinics'],
        params: z.object({ sessionId: z.uuid() }),
        response: { 200: sessionDetailSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { actor, auditActor, at } = context(request);
      const { sessionId } = request.params;
      return inScopedTransaction(
        services,
        request,
        { recordType: 'clinic_session', recordId: sessionId },
        async (tx) => {
          const session = await findSession(tx, sessionId);
          if (!session || !(await clinicsInScope(tx, actor)).includes(session.site.clinicId))
            throw notFound('clinic session');
          const serviceIds = organisationsWithRole(actor, ...staff);
          await appendAuditEvent(tx, auditActor, at, {
            action: 'clinic_session.viewed',
            recordType: 'clinic_session',
            recordId: session.id,
            detail: { siteId: session.site.id },
          });
          return { ...session, slots: await slotsOfSession(tx, session.id, serviceIds) };
        },
      );
    },
  );

  app.post(
    '/api/clinic-sessions/:sessionId/cancel',
    {
      config: { access: ['booking_clerk'] },
      schema: {
        summary: 'Cancel a session: its patients are told and listed for rebooking',
        tags: ['clinics'],
        params: z.object({ sessionId: z.uuid() }),
        body: reasonBody,
        response: {
          200: z.object({ session: sessionSummarySchema, toRebook: z.array(queueItemSchema) }),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      inScopedTransaction(
        services,
        request,
        { recordType: 'clinic_session', recordId: request.params.sessionId },
        async (tx) => {
          const { toRebook } = await cancelSession(tx, {
            ...context(request),
            boss: services.jobs.boss,
            sessionId: request.params.sessionId,
            reason: request.body.reason,
          });
          return { session: (await findSession(tx, request.params.sessionId))!, toRebook };
        },
      ),
  );

  app.get(
    '/api/service/clinic-report',
    {
      config: { access: staff },
      schema: {
        summary:
          'What happened to clinic appointments in a period (default the last 30 days): attended, missed, cancelled',
        tags: ['clinics'],
        querystring: z.object({ from: z.iso.date().optional(), to: z.iso.date().optional() }),
        response: { 200: reportSchema, ...errorResponses },
      },
    },
    async (request) => {
      const today = londonDate(services.clock.now());
      const to = request.query.to ?? today;
      const from = request.query.from ?? addCalendarDays(to, -29);
      const report = await clinicReport(services.pool, {
        serviceIds: organisationsWithRole(actorOf(request), ...staff),
        from: atLondonTime(from, '00:00'),
        to: endOfLondonDay(to),
      });
      return { from, to, ...report };
    },
  );
}
