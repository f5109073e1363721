import { z } from 'zod';
import { auditActorOf, recordDenial } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { AppError, notFound, type FieldError } from '../../http/errors.ts';
import { withTransaction } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import { appendAuditEvent } from '../audit/index.ts';
import {
  insertOrganisation,
  insertOrganisationLink,
  listAllOrganisations,
  organisationKinds,
} from './manage-organisations.repository.ts';
import {
  createOrganisationBody,
  linkOrganisationBody,
  managedOrganisationSchema,
} from './manage-organisations.schemas.ts';

const systemAdmins = ['system_admin'] as const;

/**
 * The system administrator's organisations: every practice, service and community clinic with its sites; a new
 * practice or service; a practice linked to the services it refers to. Its first users are invited through
 * POST /api/users/invitations, which a system administrator may use for any organisation.
 */
export function manageOrganisationsRoutes(app: App, services: Services) {
  app.get(
    '/api/admin/organisations',
    {
      config: { access: systemAdmins },
      schema: {
        summary: 'Every organisation, with the services it works with, its sites and its number of users',
        tags: ['organisations'],
        response: { 200: z.object({ organisations: z.array(managedOrganisationSchema) }), ...errorResponses },
      },
    },
    async () => ({ organisations: await listAllOrganisations(services.pool) }),
  );

  app.post(
    '/api/admin/organisations',
    {
      config: { access: systemAdmins },
      schema: {
        summary: 'Create a GP practice or a dermatology service',
        tags: ['organisations'],
        body: createOrganisationBody,
        response: { 201: z.object({ id: z.uuid() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const input = request.body;
      const serviceIds = [...new Set(input.serviceIds)];
      if (input.kind !== 'gp_practice' && serviceIds.length)
        throw validation([{ field: 'serviceIds', message: 'Only a GP practice is linked to the services it uses' }]);
      const kinds = await organisationKinds(services.pool, serviceIds);
      if (serviceIds.some((id) => kinds.get(id) !== 'dermatology_service'))
        throw validation([{ field: 'serviceIds', message: 'Choose dermatology services from the list' }]);
      const at = services.clock.now();
      const id = await withTransaction(services.pool, async (tx) => {
        const created = await insertOrganisation(tx, { ...input, at });
        if (!created) {
          throw new AppError('conflict', 'An organisation with this ODS code already exists.', {
            fieldErrors: [{ field: 'odsCode', message: 'An organisation with this ODS code already exists' }],
          });
        }
        for (const serviceId of serviceIds) await insertOrganisationLink(tx, serviceId, created, 'serves_practice');
        await appendAuditEvent(tx, auditActorOf(request), at, {
          action: 'organisation.created',
          recordType: 'organisation',
          recordId: created,
          detail: { kind: input.kind, odsCode: input.odsCode, serviceIds },
        });
        return created;
      });
      return reply.status(201).send({ id });
    },
  );

  app.post(
    '/api/admin/organisations/:organisationId/services',
    {
      config: { access: systemAdmins },
      schema: {
        summary: 'Link a GP practice (or community clinic) to a dermatology service',
        tags: ['organisations'],
        params: z.object({ organisationId: z.uuid() }),
        body: linkOrganisationBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { organisationId } = request.params;
      const { serviceId } = request.body;
      const kinds = await organisationKinds(services.pool, [organisationId, serviceId]);
      const kind = kinds.get(organisationId);
      if (!kind) {
        await recordDenial(services, request, 'scope', { recordType: 'organisation', recordId: organisationId });
        throw notFound('organisation');
      }
      if (kind === 'dermatology_service')
        throw validation([{ field: 'serviceId', message: 'A dermatology service is not linked to another service' }]);
      if (kinds.get(serviceId) !== 'dermatology_service')
        throw validation([{ field: 'serviceId', message: 'Choose a dermatology service from the list' }]);
      const relationship = kind === 'gp_practice' ? 'serves_practice' : 'clinic_provider';
      const at = services.clock.now();
      await withTransaction(services.pool, async (tx) => {
        if (!(await insertOrganisationLink(tx, serviceId, organisationId, relationship)))
          throw new AppError('conflict', 'They are linked already.', {
            fieldErrors: [{ field: 'serviceId', message: 'They are linked already' }],
          });
        await appendAuditEvent(tx, auditActorOf(request), at, {
          action: 'organisation.linked',
          recordType: 'organisation',
          recordId: organisationId,
          detail: { serviceId, relationship },
        });
      });
      return reply.status(204).send(null);
    },
  );
}

const validation = (problems: FieldError[]) =>
  new AppError('validation_failed', problems.map((p) => p.message).join('; '), { fieldErrors: problems });
