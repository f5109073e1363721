import { z } from 'zod';
import { hasRole, organisationsWithRole } from '../../http/actor.ts';
import { withTransaction } from '../../db/database.ts';
import {
  defaultServiceSettings,
  didNotAttendRules,
  maxDidNotAttendGraceMinutes,
  saveServiceSettings,
  serviceSettings,
} from './service-settings.repository.ts';
import { actorOf, auditActorOf, recordDenial } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { notFound } from '../../http/errors.ts';
import type { Services } from '../../services.ts';
import { appendAuditEvent } from '../audit/audit.repository.ts';
import { listVisibleOrganisations } from './organisations.repository.ts';
import { organisationSchema } from './organisations.schemas.ts';

export function organisationsRoutes(app: App, services: Services) {
  const visibleTo = (actor: ReturnType<typeof actorOf>) =>
    listVisibleOrganisations(
      services.pool,
      hasRole(actor, 'system_admin') ? 'all' : actor.memberships.map((m) => m.organisationId),
    );

  app.get(
    '/api/organisations',
    {
      config: { access: 'signed-in' },
      schema: {
        summary: 'Your organisations and those they work with',
        tags: ['organisations'],
        response: { 200: z.object({ organisations: z.array(organisationSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ organisations: await visibleTo(actorOf(request)) }),
  );

  app.get(
    '/api/organisations/:organisationId',
    {
      config: { access: 'signed-in' },
      schema: {
        summary: 'One organisation you can see',
        tags: ['organisations'],
        params: z.object({ organisationId: z.uuid() }),
        response: { 200: organisationSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { organisationId } = request.params;
      const organisation = (await visibleTo(actorOf(request))).find((o) => o.id === organisationId);
      if (!organisation) {
        await recordDenial(services, request, 'scope', { recordType: 'organisation', recordId: organisationId });
        throw notFound('organisation');
      }
      await appendAuditEvent(services.pool, auditActorOf(request), services.clock.now(), {
        action: 'organisation.viewed',
        recordType: 'organisation',
        recordId: organisationId,
      });
      return organisation;
    },
  );
}

const settingsSchema = z.object({
  /** Response target for Advice & Guidance, in working days. */
  adviceTargetWorkingDays: z.number().int().min(1).max(30),
  /** Response target for referrals, in working days. */
  referralTargetWorkingDays: z.number().int().min(1).max(30),
  /** After a patient does not attend a clinic: offer one more appointment first, or return to the referrer. */
  didNotAttendRule: z.enum(didNotAttendRules).default('offer_once_more'),
  /** Appointment reminders, in working days before the appointment (for example 3 and 1). */
  reminderWorkingDays: z
    .array(z.number().int().min(1).max(20))
    .max(5)
    .default([3, 1])
    .transform((days) => [...new Set(days)].sort((a, b) => b - a)),
  /**
   * Minutes after a clinic appointment starts before it can be recorded as did not attend (0 to 240), for a
   * patient running late. It is never possible before the appointment starts.
   */
  didNotAttendGraceMinutes: z
    .number()
    .int()
    .min(0)
    .max(maxDidNotAttendGraceMinutes)
    .default(defaultServiceSettings.didNotAttendGraceMinutes),
});
/** The settings as answered: the same fields, already in their stored form. */
const settingsResponse = settingsSchema.extend({ reminderWorkingDays: z.array(z.number().int()) });

export function serviceSettingsRoutes(app: App, services: Services) {
  const ensureAdmin = async (request: Parameters<typeof actorOf>[0], serviceId: string) => {
    if (!organisationsWithRole(actorOf(request), 'service_admin').includes(serviceId)) {
      await recordDenial(services, request, 'scope', { recordType: 'organisation', recordId: serviceId });
      throw notFound('service');
    }
  };

  app.get(
    '/api/services/:serviceId/settings',
    {
      config: { access: ['service_admin'] },
      schema: {
        summary: "A service's response targets",
        tags: ['organisations'],
        params: z.object({ serviceId: z.uuid() }),
        response: { 200: settingsResponse, ...errorResponses },
      },
    },
    async (request) => {
      await ensureAdmin(request, request.params.serviceId);
      return serviceSettings(services.pool, request.params.serviceId);
    },
  );

  app.put(
    '/api/services/:serviceId/settings',
    {
      config: { access: ['service_admin'] },
      schema: {
        summary: "Change a service's response targets (applies to cases that become ready for review from now on)",
        tags: ['organisations'],
        params: z.object({ serviceId: z.uuid() }),
        body: settingsSchema,
        response: { 200: settingsResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { serviceId } = request.params;
      await ensureAdmin(request, serviceId);
      const at = services.clock.now();
      await withTransaction(services.pool, async (tx) => {
        await saveServiceSettings(tx, serviceId, request.body);
        await appendAuditEvent(tx, auditActorOf(request), at, {
          action: 'service_settings.updated',
          recordType: 'organisation',
          recordId: serviceId,
          detail: request.body,
        });
      });
      return request.body;
    },
  );
}
