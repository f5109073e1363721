import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { Role } from '../../shared/roles.ts';
import type { Services } from '../services.ts';
import { withTransaction, type Tx } from '../db/database.ts';
import { anonymousActor, hasRole, type Actor, type AuditActor } from './actor.ts';
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
  }
  interface FastifyInstance {
    /** Where refused attempts are recorded; see AccessOptions. */
    recordAccessDenial: (denial: AccessDenial) => Promise<void>;
  }
}

/** A staff session as the auth module resolves it from the request's cookie. */
export type StaffAuthentication =
  | { status: 'anonymous' }
  | { status: 'ended'; reason: 'idle' | 'expired' | 'unknown' }
  | { status: 'signed-in'; actor: Actor; csrfMatches: (header: string) => boolean };

/** A refused attempt, for the audit trail. */
export type AccessDenial = {
  actor: AuditActor;
  at: Date;
  route: string;
  reason: 'role' | 'scope' | 'csrf';
  record?: { recordType: string; recordId: string; patientId?: string };
};

/**
 * What access control needs from the modules that own sessions and the audit trail. server/app.ts passes them in,
 * so that server/http, which every module imports, imports no module.
 */
export type AccessOptions = {
  /** Resolves the staff session cookie, ending (and clearing the cookie of) a session that has timed out. */
  authenticateStaff: (request: FastifyRequest, reply: FastifyReply) => Promise<StaffAuthentication>;
  /** Admits a patient who opened their link to a 'patient' route, or throws. */
  admitPatient: (request: FastifyRequest, options: { unsafe: boolean }) => Promise<void>;
  /** Writes a refused attempt to the audit trail, outside the refused work's transaction. */
  recordDenial: (denial: AccessDenial) => Promise<void>;
};

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
export function installAccessControl(app: FastifyInstance, services: Services, options: AccessOptions): RouteRule[] {
  const rules: RouteRule[] = [];
  app.decorateRequest('actor', null);
  app.decorate('recordAccessDenial', options.recordDenial);

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

    const auth = await options.authenticateStaff(request, reply);
    if (auth.status === 'signed-in') request.actor = auth.actor;

    if (!access || access === 'public') return;
    if (access === 'patient') return options.admitPatient(request, { unsafe });
    if (auth.status !== 'signed-in') {
      if (auth.status === 'ended' && auth.reason !== 'unknown') {
        throw new AppError('session_ended', 'Your session has ended. Sign in again to carry on.');
      }
      throw new AppError('not_signed_in', 'Sign in to use this service.');
    }
    if (unsafe && !auth.csrfMatches(String(request.headers[csrfHeader] ?? ''))) {
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
  await request.server.recordAccessDenial({
    actor: auditActorOf(request),
    at: services.clock.now(),
    route: `${request.method} ${request.routeOptions.url ?? request.url}`,
    reason,
    ...(record ? { record } : {}),
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
