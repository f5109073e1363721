import type { FastifyInstance, FastifyRequest } from 'fastify';
import { csrfHeader } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import type { Services } from '../../services.ts';
import { csrfTokenFor, tokenHash } from '../auth/index.ts';
import { patientCookieName } from './patient-cookie.ts';
import { findPatientSession, type PatientSession } from './patient-links.repository.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** A patient who opened their link (patient routes only). */
    patient: PatientSession | null;
  }
}

/**
 * How access control admits a patient who opened their link to the routes marked 'patient'; given to it by
 * server/app.ts (server/http imports no module).
 */
export function patientAdmission(app: FastifyInstance, services: Services) {
  app.decorateRequest('patient', null);
  return async (request: FastifyRequest, options: { unsafe: boolean }): Promise<void> => {
    const token = request.cookies[patientCookieName];
    const patient = token ? await findPatientSession(services.pool, tokenHash(token), services.clock.now()) : null;
    if (!patient || !token) {
      throw new AppError('not_signed_in', 'Open the link in the message from your GP practice again.');
    }
    if (options.unsafe && String(request.headers[csrfHeader] ?? '') !== csrfTokenFor(token)) {
      throw new AppError('csrf_failed', 'This request was refused. Reload the page and try again.');
    }
    request.patient = patient;
  };
}
