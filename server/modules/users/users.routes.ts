import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf, auditActorOf, recordDenial } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { withTransaction } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import { appendAuditEvent } from '../audit/index.ts';
import { createUser } from './create-user.ts';
import { disableUser } from './disable-user.ts';
import { removeUserFromOrganisation } from './remove-user-from-organisation.ts';
import { manageableOrganisations } from './users.policy.ts';
import { listUsersOf } from './users.repository.ts';
import { changeUserRoles } from './change-user-roles.ts';
import { enableUser } from './enable-user.ts';
import { listPendingInvitations } from './invitations.repository.ts';
import { sendInvitation } from './send-invitation.ts';
import {
  changeRolesBody,
  createUserBody,
  inviteUserBody,
  listUsersQuery,
  pendingInvitationSchema,
  userSchema,
} from './users.schemas.ts';
import { withdrawInvitation } from './withdraw-invitation.ts';

const managers = ['service_admin', 'system_admin'] as const;

export function usersRoutes(app: App, services: Services) {
  app.get(
    '/api/users',
    {
      config: { access: managers },
      schema: {
        summary: 'Users of the organisations you manage, and the invitations to them not yet accepted',
        tags: ['users'],
        querystring: listUsersQuery,
        response: {
          200: z.object({ users: z.array(userSchema), invitations: z.array(pendingInvitationSchema) }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const allowed = await manageableOrganisations(services.pool, actor);
      const { organisationId } = request.query;
      if (organisationId && !allowed.includes(organisationId)) {
        await recordDenial(services, request, 'scope', { recordType: 'organisation', recordId: organisationId });
        throw notFound('organisation');
      }
      const scope = organisationId ? [organisationId] : allowed;
      return withTransaction(services.pool, async (tx) => {
        const users = await listUsersOf(tx, scope);
        const invitations = await listPendingInvitations(tx, scope);
        await appendAuditEvent(tx, auditActorOf(request), services.clock.now(), {
          action: 'user.listed',
          detail: { organisationIds: scope.length > 20 ? ['(all)'] : scope, count: users.length },
        });
        return { users, invitations };
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
      const id = await deniedWhenNotFound(
        request,
        { recordType: 'organisation', recordId: request.body.organisationId },
        () =>
          createUser({
            pool: services.pool,
            clock: services.clock,
            actor: actorOf(request),
            auditActor: auditActorOf(request),
            input: request.body,
          }),
      );
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
      await deniedWhenNotFound(request, { recordType: 'user', recordId: request.params.userId }, () =>
        disableUser({
          pool: services.pool,
          clock: services.clock,
          actor: actorOf(request),
          auditActor: auditActorOf(request),
          userId: request.params.userId,
        }),
      );
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
      await deniedWhenNotFound(request, { recordType: 'user', recordId: request.params.userId }, () =>
        removeUserFromOrganisation({
          pool: services.pool,
          clock: services.clock,
          actor: actorOf(request),
          auditActor: auditActorOf(request),
          userId: request.params.userId,
          organisationId: request.params.organisationId,
        }),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/users/invitations',
    {
      config: { access: managers },
      schema: {
        summary: 'Invite a person into an organisation you manage: a one-time link by email, working for 7 days',
        tags: ['users'],
        body: inviteUserBody,
        response: { 201: z.object({ id: z.uuid(), expiresAt: z.date() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const sent = await deniedWhenNotFound(
        request,
        { recordType: 'organisation', recordId: request.body.organisationId },
        () =>
          sendInvitation({
            pool: services.pool,
            boss: services.jobs.boss,
            clock: services.clock,
            publicOrigin: services.config.publicOrigin,
            actor: actorOf(request),
            auditActor: auditActorOf(request),
            input: request.body,
          }),
      );
      return reply.status(201).send(sent);
    },
  );

  app.post(
    '/api/users/invitations/:invitationId/withdraw',
    {
      config: { access: managers },
      schema: {
        summary: 'Withdraw an invitation not yet accepted; its link stops working',
        tags: ['users'],
        params: z.object({ invitationId: z.uuid() }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { invitationId } = request.params;
      await deniedWhenNotFound(request, { recordType: 'invitation', recordId: invitationId }, () =>
        withdrawInvitation({
          pool: services.pool,
          clock: services.clock,
          actor: actorOf(request),
          auditActor: auditActorOf(request),
          invitationId,
        }),
      );
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/users/:userId/memberships/:organisationId',
    {
      config: { access: managers },
      schema: {
        summary: "Set a user's roles in an organisation you manage",
        tags: ['users'],
        params: z.object({ userId: z.uuid(), organisationId: z.uuid() }),
        body: changeRolesBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { userId, organisationId } = request.params;
      await deniedWhenNotFound(request, { recordType: 'user', recordId: userId }, () =>
        changeUserRoles({
          pool: services.pool,
          clock: services.clock,
          actor: actorOf(request),
          auditActor: auditActorOf(request),
          userId,
          organisationId,
          roles: request.body.roles,
        }),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/users/:userId/enable',
    {
      config: { access: managers },
      schema: {
        summary: 'Re-enable a disabled user; they sign in again with their own password',
        tags: ['users'],
        params: z.object({ userId: z.uuid() }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { userId } = request.params;
      await deniedWhenNotFound(request, { recordType: 'user', recordId: userId }, () =>
        enableUser({
          pool: services.pool,
          clock: services.clock,
          actor: actorOf(request),
          auditActor: auditActorOf(request),
          userId,
        }),
      );
      return reply.status(204).send(null);
    },
  );

  /** A record outside the caller's organisations is answered 404, and the attempt audited as a denial. */
  async function deniedWhenNotFound<T>(
    request: FastifyRequest,
    record: { recordType: string; recordId: string },
    work: () => Promise<T>,
  ): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof AppError && error.code === 'not_found')
        await recordDenial(services, request, 'scope', record);
      throw error;
    }
  }
}
