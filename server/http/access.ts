import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import type { Role } from '../../shared/roles.ts';
import type { Services } from '../services.ts';
import { withTransaction, type Tx } from '../db/database.ts';
import type { AuditActor } from '../modules/audit/audit.repository.ts';
import { appendAuditEvent, anonymousActor } from '../modules/audit/audit.repository.ts';
import { authenticate } from '../modules/auth/authenticate.ts';
import { clearSessionCookie, sessionCookieName } from '../modules/auth/session-cookie.ts';
import { csrfTokenFor, tokenHash } from '../modules/auth/sessions.repository.ts';
import { findPatientSession, type PatientSession } from '../modules/patient-links/patient-links.repository.ts';
import { patientCookieName } from '../modules/patient-links/patient-cookie.ts';
import { hasRole, type Actor } from './actor.ts';
import { AppError } from './errors.ts';

/**
 * Who may call a route: anyone, anyone signed in, or holders of these roles.
 * Every route must declare one; a route without is refused at start-up.
 */
export type Access = 'public' | 'signed-in' | 'patient' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** A patient who opened their link (patient routes only). */
    patient: PatientSession | null;
  }
}

export type RouteRule = { method: string; url: string; access: Access };

/** Routes added by plugins we do not write (the API reference page and static files), all public. */
const pluginRoutePrefixes = ['/api/docs'];
const staticRoutes = new Set(['/*', '/']);

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const csrfHeader = 'x-csrf-token';

/**
 * Installs deny-by-default access control. Must be registered before any route.
 * Returns the table of every route and its rule, for the route × role test.
 */
export function installAccessControl(app: FastifyInstance, services: Services): RouteRule[] {
  const rules: RouteRule[] = [];
  app.decorateRequest('actor', null);
  app.decorateRequest('patient', null);

  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');
    let access = route.config?.access;
    if (!access && (staticRoutes.has(route.url) || pluginRoutePrefixes.some((p) => route.url.startsWith(p)))) {
      access = 'public';
      route.config = { ...route.config, access };
    }
    if (!access) throw new Error(`Route ${methods.join(',')} ${route.url} declares no access rule`);
    for (const method of methods) rules.push({ method, url: route.url, access });
  });

  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config.access;
    const unsafe = unsafeMethods.has(request.method);
    if (unsafe) refuseCrossSite(request, services.config.publicOrigin);

    const token = request.cookies[sessionCookieName];
    const auth = await authenticate({
      pool: services.pool,
      clock: services.clock,
      config: services.config,
      token,
      clientAddress: request.ip,
    });
    if (auth.status === 'signed-in') request.actor = auth.actor;
    if (auth.status === 'ended') clearSessionCookie(reply, services.config);

    if (!access || access === 'public') return;
    if (access === 'patient') {
      const token = request.cookies[patientCookieName];
      const patient = token ? await findPatientSession(services.pool, tokenHash(token), services.clock.now()) : null;
      if (!patient || !token) {
        throw new AppError('not_signed_in', 'Open the link in the message from your GP practice again.');
      }
      if (unsafe && String(request.headers[csrfHeader] ?? '') !== csrfTokenFor(token)) {
        throw new AppError('csrf_failed', 'This request was refused. Reload the page and try again.');
      }
      request.patient = patient;
      return;
    }
    if (auth.status !== 'signed-in') {
      if (auth.status === 'ended' && auth.reason !== 'unknown') {
        throw new AppError('session_ended', 'Your session has ended. Sign in again to carry on.');
      }
      throw new AppError('not_signed_in', 'Sign in to use this service.');
    }
    if (unsafe && tokenHash(String(request.headers[csrfHeader] ?? '')) !== auth.csrfTokenHash) {
      await recordDenial(services, request, 'csrf');
      throw new AppError(
        'csrf_failed',
        'This request was refused because it did not come from a page of this service. Reload the page and try again.',
      );
    }
    if (access !== 'signed-in' && !hasRole(auth.actor, ...access)) {
      await recordDenial(services, request, 'role');
      throw new AppError('forbidden', 'Your role does not allow this.');
    }
  });
  return rules;
}

/**
 * Browsers say where a request came from (Fetch Metadata, or at least Origin);
 * a state change started by another site is refused before anything else.
 */
function refuseCrossSite(request: FastifyRequest, publicOrigin: string) {
  const site = request.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') {
    throw new AppError('csrf_failed', 'Requests from other sites are not accepted.');
  }
  const origin = request.headers.origin;
  if (origin && origin !== publicOrigin && origin !== `${request.protocol}://${request.host}`) {
    throw new AppError('csrf_failed', 'Requests from other sites are not accepted.');
  }
}

export function auditActorOf(request: FastifyRequest): AuditActor {
  const actor = request.actor;
  if (!actor) return anonymousActor(request.ip);
  return {
    userId: actor.userId,
    organisationId: actor.memberships[0]?.organisationId ?? null,
    label: `${actor.displayName} <${actor.email}>`,
    clientAddress: request.ip,
  };
}

/** The signed-in actor; routes that are not public can rely on there being one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('not_signed_in', 'Sign in to use this service.');
  return request.actor;
}

/**
 * Records a refused attempt in its own transaction (the refused work never
 * ran, so there is nothing to roll back with it).
 */
export async function recordDenial(
  services: Services,
  request: FastifyRequest,
  reason: 'role' | 'scope' | 'csrf',
  record?: { recordType: string; recordId: string; patientId?: string },
): Promise<void> {
  await appendAuditEvent(services.pool, auditActorOf(request), services.clock.now(), {
    action: 'access.denied',
    ...(record ?? {}),
    detail: { route: `${request.method} ${request.routeOptions.url ?? request.url}`, reason },
  });
}

/**
 * Runs a use case in a transaction; when it answers "not found" (the record is
 * absent or outside the caller's organisations, which look the same from
 * outside), the refused attempt is audited after the transaction has ended.
 */
export async function inScopedTransaction<T>(
  services: Services,
  request: FastifyRequest,
  record: { recordType: string; recordId: string },
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  try {
    return await withTransaction(services.pool, work);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') await recordDenial(services, request, 'scope', record);
    throw error;
  }
}
