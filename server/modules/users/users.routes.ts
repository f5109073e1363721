import { z } from 'zod';
import { actorOf, auditActorOf } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { notFound } from '../../http/errors.ts';
import { withTransaction } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import { appendAuditEvent } from '../audit/audit.repository.ts';
import { createUser } from './create-user.ts';
import { disableUser } from './disable-user.ts';
import { removeUserFromOrganisation } from './remove-user-from-organisation.ts';
import { manageableOrganisations } from './users.policy.ts';
import { listUsersOf } from './users.repository.ts';
import { createUserBody, listUsersQuery, userSchema } from './users.schemas.ts';

const managers = ['service_admin', 'system_admin'] as const;

export function usersRoutes(app: App, services: Services) {
  app.get(
    '/api/users',
    {
      config: { access: managers },
      schema: {
        summary: 'Users of the organisations you manage',
        tags: ['users'],
        querystring: listUsersQuery,
        response: { 200: z.object({ users: z.array(userSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const allowed = await manageableOrganisations(services.pool, actor);
      const { organisationId } = request.query;
      if (organisationId && !allowed.includes(organisationId)) throw notFound('organisation');
      const scope = organisationId ? [organisationId] : allowed;
      return withTransaction(services.pool, async (tx) => {
        const users = await listUsersOf(tx, scope);
        await appendAuditEvent(tx, auditActorOf(request), services.clock.now(), {
          action: 'user.listed',
          detail: { organisationIds: scope.length > 20 ? ['(all)'] : scope, count: users.length },
        });
        return { users };
      });
    },
  );

  app.post(
    '/api/users',
    {
      config: { access: managers },
      schema: {
        summary: 'Create a user in an organisation you manage',
        tags: ['users'],
        body: createUserBody,
        response: { 201: z.object({ id: z.uuid() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const id = await createUser({
        pool: services.pool,
        clock: services.clock,
        actor: actorOf(request),
        auditActor: auditActorOf(request),
        input: request.body,
      });
      return reply.status(201).send({ id });
    },
  );

  app.post(
    '/api/users/:userId/disable',
    {
      config: { access: managers },
      schema: {
        summary: 'Disable a user; their sessions end at once',
        tags: ['users'],
        params: z.object({ userId: z.uuid() }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await disableUser({
        pool: services.pool,
        clock: services.clock,
        actor: actorOf(request),
        auditActor: auditActorOf(request),
        userId: request.params.userId,
      });
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/users/:userId/memberships/:organisationId',
    {
      config: { access: managers },
      schema: {
        summary: 'Remove a user from an organisation; their sessions end at once',
        tags: ['users'],
        params: z.object({ userId: z.uuid(), organisationId: z.uuid() }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await removeUserFromOrganisation({
        pool: services.pool,
        clock: services.clock,
        actor: actorOf(request),
        auditActor: auditActorOf(request),
        userId: request.params.userId,
        organisationId: request.params.organisationId,
      });
      return reply.status(204).send(null);
    },
  );
}
