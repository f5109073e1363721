import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { roleCapabilities, type Role } from '../../../shared/roles.ts';
import type { Actor } from '../../http/actor.ts';
import { actorOf, auditActorOf } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import type { Services } from '../../services.ts';
import { sessionSchema, signInBody } from './auth.schemas.ts';
import { authenticate } from './authenticate.ts';
import { clearSessionCookie, sessionCookieName, setSessionCookie } from './session-cookie.ts';
import { csrfTokenFor } from './sessions.repository.ts';
import { signIn } from './sign-in.ts';
import { signOut } from './sign-out.ts';

export function authRoutes(app: App, services: Services) {
  app.post(
    '/api/auth/sign-in',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Sign in with email and password',
        tags: ['auth'],
        body: signInBody,
        response: { 200: sessionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const result = await signIn({
        pool: services.pool,
        clock: services.clock,
        config: services.config,
        email: request.body.email,
        password: request.body.password,
        clientAddress: request.ip,
        userAgent: request.headers['user-agent'] ?? '',
        previousToken: request.cookies[sessionCookieName],
      });
      return answerNewSession(services, request, reply, result);
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      config: { access: 'signed-in' },
      schema: { summary: 'End the current session', tags: ['auth'], response: { 204: z.null(), ...errorResponses } },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await signOut({
        pool: services.pool,
        clock: services.clock,
        actor: auditActorOf(request),
        sessionId: actor.sessionId,
      });
      clearSessionCookie(reply, services.config);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/session',
    {
      config: { access: 'signed-in' },
      schema: {
        summary: 'Who is signed in, their organisations and what they can do',
        tags: ['auth'],
        response: { 200: sessionSchema, ...errorResponses },
      },
    },
    (request) => {
      const token = request.cookies[sessionCookieName] ?? '';
      return presentSession(actorOf(request), csrfTokenFor(token));
    },
  );
}

/** The session as the web app reads it: who, where, what they may do, and the CSRF token to send. */
/**
 * The answer to a call that has just started a session (signing in, accepting an invitation): its cookie set, and
 * the session as the web app reads it.
 */
export async function answerNewSession(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  session: { token: string; csrfToken: string },
) {
  setSessionCookie(reply, services.config, session.token);
  const auth = await authenticate({
    pool: services.pool,
    clock: services.clock,
    config: services.config,
    token: session.token,
    clientAddress: request.ip,
  });
  if (auth.status !== 'signed-in') throw new Error('new session not found');
  return presentSession(auth.actor, session.csrfToken);
}

export function presentSession(actor: Actor, csrfToken: string) {
  const held = [...new Set(actor.memberships.flatMap((m) => m.roles))] as Role[];
  return {
    user: {
      id: actor.userId,
      email: actor.email,
      displayName: actor.displayName,
      gmcNumber: actor.gmcNumber,
      professionalRegistration: actor.professionalRegistration,
    },
    memberships: actor.memberships,
    roles: held,
    capabilities: held.flatMap((role) => roleCapabilities[role]),
    csrfToken,
  };
}
