import { z } from 'zod';
import { organisationsWithRole } from '../../http/actor.ts';
import { actorOf, auditActorOf, recordDenial } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { notFound } from '../../http/errors.ts';
import { withTransaction } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import {
  editedRuleSetBody,
  ruleSetOverviewResponse,
  ruleSetParams,
  ruleSetVersionParams,
  ruleSetVersionResponse,
  savedRuleSetResponse,
} from './eligibility.schemas.ts';
import { checkEditedRuleSet, saveRuleSetVersion } from './save-rule-set-version.ts';
import { viewRuleSet } from './view-rule-set.ts';
import { viewRuleSetVersion } from './view-rule-set-version.ts';

const staff = ['service_admin', 'consultant', 'booking_clerk'] as const;

export function eligibilityRoutes(app: App, services: Services) {
  /** Service staff of this service only; anyone else is told it does not exist. */
  const ensureStaff = async (
    request: Parameters<typeof actorOf>[0],
    serviceId: string,
    roles: readonly ('service_admin' | 'consultant' | 'booking_clerk')[],
  ) => {
    if (!organisationsWithRole(actorOf(request), ...roles).includes(serviceId)) {
      await recordDenial(services, request, 'scope', { recordType: 'organisation', recordId: serviceId });
      throw notFound('service');
    }
  };

  app.get(
    '/api/services/:serviceId/rule-sets/:pathway',
    {
      config: { access: [...staff] },
      schema: {
        summary: 'The eligibility rule set a service applies now to a kind of request, and all its versions',
        tags: ['eligibility'],
        params: ruleSetParams,
        response: { 200: ruleSetOverviewResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { serviceId, pathway } = request.params;
      await ensureStaff(request, serviceId, staff);
      const at = services.clock.now();
      return withTransaction(services.pool, (tx) => viewRuleSet(tx, { serviceId, pathway, at }));
    },
  );

  app.get(
    '/api/services/:serviceId/rule-sets/:pathway/versions/:version',
    {
      config: { access: [...staff] },
      schema: {
        summary: 'One version of a service’s eligibility rule set, as it was saved',
        tags: ['eligibility'],
        params: ruleSetVersionParams,
        response: { 200: ruleSetVersionResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { serviceId, pathway, version } = request.params;
      await ensureStaff(request, serviceId, staff);
      const at = services.clock.now();
      return withTransaction(services.pool, (tx) => viewRuleSetVersion(tx, { serviceId, pathway, version, at }));
    },
  );

  app.post(
    '/api/services/:serviceId/rule-sets/:pathway/check',
    {
      config: { access: ['service_admin'] },
      schema: {
        summary: 'Check an edited rule set as saving it would, without saving it; problems come back in words',
        tags: ['eligibility'],
        params: ruleSetParams,
        body: editedRuleSetBody,
        response: { 200: z.object({ effectiveFrom: z.date() }), ...errorResponses },
      },
    },
    async (request) => {
      const { serviceId, pathway } = request.params;
      await ensureStaff(request, serviceId, ['service_admin']);
      return { effectiveFrom: checkEditedRuleSet(pathway, request.body, services.clock.now()).effectiveFrom };
    },
  );

  app.put(
    '/api/services/:serviceId/rule-sets/:pathway',
    {
      config: { access: ['service_admin'] },
      schema: {
        summary:
          'Save an edited rule set as the next version; it decides requests submitted from the date it takes effect',
        tags: ['eligibility'],
        params: ruleSetParams,
        body: editedRuleSetBody,
        response: { 200: savedRuleSetResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { serviceId, pathway } = request.params;
      await ensureStaff(request, serviceId, ['service_admin']);
      const at = services.clock.now();
      return withTransaction(services.pool, (tx) =>
        saveRuleSetVersion(tx, {
          serviceId,
          pathway,
          edited: request.body,
          createdBy: actorOf(request).userId,
          auditActor: auditActorOf(request),
          at,
        }),
      );
    },
  );
}
