import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StaffAuthentication } from '../../http/access.ts';
import type { Services } from '../../services.ts';
import { authenticate } from './authenticate.ts';
import { clearSessionCookie, sessionCookieName } from './session-cookie.ts';
import { tokenHash } from './sessions.repository.ts';

/** How access control learns who is signed in; given to it by server/app.ts (server/http imports no module). */
export function staffAuthenticator(services: Services) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<StaffAuthentication> => {
    const auth = await authenticate({
      pool: services.pool,
      clock: services.clock,
      config: services.config,
      token: request.cookies[sessionCookieName],
      clientAddress: request.ip,
    });
    if (auth.status === 'ended') clearSessionCookie(reply, services.config);
    if (auth.status !== 'signed-in') return auth;
    return {
      status: 'signed-in',
      actor: auth.actor,
      csrfMatches: (header) => tokenHash(header) === auth.csrfTokenHash,
    };
  };
}
