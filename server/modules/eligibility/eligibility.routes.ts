import { z } from 'zod';
import { requestKinds } from '../../../shared/request-content.ts';
import { organisationsWithRole } from '../../http/actor.ts';
import { actorOf, auditActorOf, recordDenial } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { withTransaction } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import { appendAuditEvent } from '../audit/audit.repository.ts';
import { parseRuleSet, ruleSetSchema } from './eligibility.types.ts';
import { currentRuleSet, insertRuleSetVersion, listRuleSetVersions } from './rule-sets.repository.ts';

const params = z.object({ serviceId: z.uuid(), pathway: z.enum(requestKinds) });

export function eligibilityRoutes(app: App, services: Services) {
  /** Service staff of this service only; anyone else is told it does not exist. */
  const ensureStaff = async (
    request: Parameters<typeof actorOf>[0],
    serviceId: string,
    roles: ('service_admin' | 'consultant' | 'booking_clerk')[],
  ) => {
    if (!organisationsWithRole(actorOf(request), ...roles).includes(serviceId)) {
      await recordDenial(services, request, 'scope', { recordType: 'organisation', recordId: serviceId });
      throw notFound('service');
    }
  };

  app.get(
    '/api/services/:serviceId/rule-sets/:pathway',
    {
      config: { access: ['service_admin', 'consultant', 'booking_clerk'] },
      schema: {
        summary: 'The eligibility rule set a service applies now to a kind of request, and its earlier versions',
        tags: ['eligibility'],
        params,
        response: {
          200: z.object({
            current: ruleSetSchema,
            versions: z.array(
              z.object({
                version: z.number().int(),
                name: z.string(),
                createdAt: z.date(),
                createdByName: z.string().nullable(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { serviceId, pathway } = request.params;
      await ensureStaff(request, serviceId, ['service_admin', 'consultant', 'booking_clerk']);
      return withTransaction(services.pool, async (tx) => {
        const current = await currentRuleSet(tx, serviceId, pathway, services.clock.now());
        return {
          current: {
            id: current.id,
            name: current.name,
            version: current.version,
            pathway: current.pathway,
            rules: current.rules,
          },
          versions: await listRuleSetVersions(tx, serviceId, pathway),
        };
      });
    },
  );

  app.put(
    '/api/services/:serviceId/rule-sets/:pathway',
    {
      config: { access: ['service_admin'] },
      schema: {
        summary: 'Save an edited rule set as the next version; it applies to requests submitted from now on',
        tags: ['eligibility'],
        params,
        body: z.object({ name: z.string().trim().min(1).max(200), rules: z.array(z.unknown()).max(100) }),
        response: { 200: z.object({ id: z.uuid(), version: z.number().int() }), ...errorResponses },
      },
    },
    async (request) => {
      const { serviceId, pathway } = request.params;
      await ensureStaff(request, serviceId, ['service_admin']);
      const parsed = parseRuleSet({ name: request.body.name, version: 1, pathway, rules: request.body.rules });
      if (!parsed.ok) {
        throw new AppError('validation_failed', parsed.problems.map((p) => `${p.field}: ${p.message}`).join('; '), {
          fieldErrors: parsed.problems,
        });
      }
      const at = services.clock.now();
      return withTransaction(services.pool, async (tx) => {
        const saved = await insertRuleSetVersion(tx, {
          serviceId,
          pathway,
          name: parsed.ruleSet.name,
          rules: parsed.ruleSet.rules,
          createdBy: actorOf(request).userId,
          at,
        });
        await appendAuditEvent(tx, auditActorOf(request), at, {
          action: 'rule_set.versioned',
          recordType: 'rule_set',
          recordId: saved.id,
          detail: { pathway, version: saved.version },
        });
        return saved;
      });
    },
  );
}
