import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import type { Services } from '../../services.ts';
import { answerNewSession, sessionSchema, sessionCookieName } from '../auth/index.ts';
import { acceptInvitation } from './accept-invitation.ts';
import { openInvitation } from './open-invitation.ts';
import { acceptInvitationBody, invitationTokenBody, openedInvitationSchema } from './users.schemas.ts';

/**
 * The invited person's two calls, before they have an account. The token travels in the body, not the address, so
 * it stays out of logs and browser history.
 */
export function invitationsRoutes(app: App, services: Services) {
  app.post(
    '/api/invitations/open',
    {
      config: { access: 'public' },
      schema: {
        summary: 'What an invitation link is for: who invited you, to which organisation',
        tags: ['users'],
        body: invitationTokenBody,
        response: { 200: openedInvitationSchema, ...errorResponses },
      },
    },
    async (request) =>
      openInvitation({
        pool: services.pool,
        clock: services.clock,
        config: services.config,
        token: request.body.token,
        clientAddress: request.ip,
      }),
  );

  app.post(
    '/api/invitations/accept',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Accept an invitation: choose a password; the account is made and signed in',
        tags: ['users'],
        body: acceptInvitationBody,
        response: { 200: sessionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const accepted = await acceptInvitation({
        pool: services.pool,
        clock: services.clock,
        config: services.config,
        token: request.body.token,
        password: request.body.password,
        clientAddress: request.ip,
        userAgent: request.headers['user-agent'] ?? '',
        previousSessionToken: request.cookies[sessionCookieName],
      });
      return answerNewSession(services, request, reply, {
        token: accepted.sessionToken,
        csrfToken: accepted.csrfToken,
      });
    },
  );
}
