import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyBaseLogger } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { installAccessControl, type RouteRule } from './http/access.ts';
import type { App } from './http/app-types.ts';
import { AppError, handleError, sendProblem } from './http/errors.ts';
import { accessDenialRecorder } from './modules/audit/access-denial.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { staffAuthenticator } from './modules/auth/staff-access.ts';
import { caseViewRoutes } from './modules/case-view/case-view.routes.ts';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { organisationsRoutes, serviceSettingsRoutes } from './modules/organisations/organisations.routes.ts';
import { eligibilityRoutes } from './modules/eligibility/eligibility.routes.ts';
import { patientsRoutes } from './modules/patients/patients.routes.ts';
import { requestsRoutes } from './modules/requests/requests.routes.ts';
import { imagesRoutes } from './modules/images/images.routes.ts';
import { createUploadServer, createUploadStore } from './modules/images/upload-server.ts';
import { bookingRoutes } from './modules/clinics/booking.routes.ts';
import { clinicDayRoutes } from './modules/clinics/clinic-day.routes.ts';
import { clinicsRoutes } from './modules/clinics/clinics.routes.ts';
import { patientAppointmentRoutes } from './modules/clinics/patient-appointment.routes.ts';
import { lettersRoutes } from './modules/letters/letters.routes.ts';
import { escalationsRoutes } from './modules/review/escalations.routes.ts';
import { patientAdmission } from './modules/patient-links/patient-access.ts';
import { patientLinksRoutes } from './modules/patient-links/patient-links.routes.ts';
import { patientRoutes } from './modules/patient-links/patient.routes.ts';
import { reviewRoutes } from './modules/review/review.routes.ts';
import { planTemplatesRoutes } from './modules/review/plan-templates.routes.ts';
import { usersRoutes } from './modules/users/users.routes.ts';
import { invitationsRoutes } from './modules/users/invitations.routes.ts';
import { manageOrganisationsRoutes } from './modules/organisations/manage-organisations.routes.ts';
import { testClockRoutes } from './modules/test-clock/test-clock.routes.ts';
import type { Services } from './services.ts';
import { searchRoutes } from './modules/search/search.routes.ts';
import { notificationsRoutes } from './modules/notifications/notifications.routes.ts';
import { refuseUnstorableText } from './http/storable-text.ts';
import { logRequests } from './http/request-log.ts';

export const webDistDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/dist');

/** Builds the HTTP app without listening, so tests can inject requests into it. */
export async function buildApp(
  services: Services,
  options: { logger: FastifyBaseLogger | false; webDist?: string | null },
): Promise<{ app: App; routes: RouteRule[] }> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    genReqId: () => randomUUID(),
    // One line per request, written by logRequests, without query strings or patient link tokens.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: services.config.trustProxy,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  logRequests(app);

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: services.config.env === 'production' && services.config.publicOrigin.startsWith('https:'),
  });
  app.addHook('preValidation', (request, _reply, done) => {
    refuseUnstorableText(request);
    done();
  });
  // Nothing the API answers may be kept by a browser or a proxy: much of it is patient data.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Telederm API',
        version: '0.1.0',
        description:
          'Store-and-forward teledermatology. Sign in with POST /api/auth/sign-in; the session is a cookie. ' +
          'Send the csrfToken from the session as the X-CSRF-Token header on every state-changing request. ' +
          'Errors are RFC 9457 problem details.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'telederm_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  // The composition root plugs the modules that own sessions and the audit trail into access control.
  const routes = installAccessControl(app, services, {
    authenticateStaff: staffAuthenticator(services),
    admitPatient: patientAdmission(app, services),
    recordDenial: accessDenialRecorder(services.pool),
  });

  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () => app.swagger());

  const webDist = options.webDist === undefined ? webDistDir : options.webDist;
  const hasWeb = webDist !== null && fs.existsSync(path.join(webDist, 'index.html'));
  healthRoutes(app, services);
  authRoutes(app, services);
  organisationsRoutes(app, services);
  usersRoutes(app, services);
  invitationsRoutes(app, services);
  manageOrganisationsRoutes(app, services);
  auditRoutes(app, services);
  serviceSettingsRoutes(app, services);
  patientsRoutes(app, services);
  searchRoutes(app, services);
  notificationsRoutes(app, services);
  requestsRoutes(app, services);
  caseViewRoutes(app, services);
  eligibilityRoutes(app, services);
  const uploadStore = createUploadStore(services.config.dataDir);
  imagesRoutes(app, services, {
    blobs: services.blobs,
    uploads: createUploadServer(services, uploadStore, '/api/uploads'),
  });
  patientLinksRoutes(app, services);
  patientRoutes(app, services, {
    blobs: services.blobs,
    uploads: createUploadServer(services, uploadStore, '/api/patient/uploads'),
    webDist: hasWeb ? webDist : null,
  });
  reviewRoutes(app, services);
  planTemplatesRoutes(app, services);
  escalationsRoutes(app, services);
  dashboardRoutes(app, services);
  lettersRoutes(app, services);
  clinicsRoutes(app, services);
  bookingRoutes(app, services);
  clinicDayRoutes(app, services);
  patientAppointmentRoutes(app, services);
  // Only ever in the test environment: a service whose clock can be moved is no service to run.
  if (services.config.env === 'test' && services.testClock) testClockRoutes(app, services, services.testClock);

  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: true,
      setHeaders(res, filePath) {
        res.raw.setHeader(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }

  app.setNotFoundHandler(async (request, reply) => {
    // Client-side routes get the app's page; a missing file (an old hashed asset after a deploy) is a 404.
    const pathname = request.url.split('?')[0] ?? '';
    const isPage =
      request.method === 'GET' &&
      !pathname.startsWith('/api/') &&
      !pathname.startsWith('/health/') &&
      !pathname.startsWith('/assets/') &&
      !/\.[a-z0-9]+$/i.test(pathname);
    if (isPage && hasWeb) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return sendProblem(reply, new AppError('not_found', 'There is nothing at this address.'));
  });

  await app.ready();
  return { app, routes };
}
