import { z } from 'zod';
import { actorOf, auditActorOf, recordDenial } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { withTransaction } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import { appendAuditEvent } from '../audit/index.ts';
import { londonDate } from '../../working-days.ts';
import { checkNhsNumber, validateDateOfBirth } from './patient-validation.ts';
import { registerPatient } from './register-patient.ts';
import { updatePatientContact } from './update-patient-contact.ts';
import { findVisiblePatient, searchVisiblePatients } from './patients.repository.ts';
import { patientSchema, registerPatientBody, searchPatientsQuery, updateContactBody } from './patients.schemas.ts';

const clinicalRoles = ['referrer', 'consultant', 'booking_clerk', 'service_admin'] as const;

export function patientsRoutes(app: App, services: Services) {
  app.post(
    '/api/patients',
    {
      config: { access: ['referrer'] },
      schema: {
        summary:
          "Register a patient with your practice, or find your practice's record of them (each practice keeps its own record)",
        tags: ['patients'],
        body: registerPatientBody,
        response: { 200: patientSchema, 201: patientSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { patient, created } = await registerPatient({
        pool: services.pool,
        boss: services.jobs.boss,
        clock: services.clock,
        publicOrigin: services.config.publicOrigin,
        actor: actorOf(request),
        auditActor: auditActorOf(request),
        input: request.body,
      });
      return reply.status(created ? 201 : 200).send(patient);
    },
  );

  app.get(
    '/api/patients',
    {
      config: { access: clinicalRoles },
      schema: {
        summary: 'Find patients by NHS number, or by last name and date of birth, among those you may see',
        tags: ['patients'],
        querystring: searchPatientsQuery,
        response: { 200: z.object({ patients: z.array(patientSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const orgs = actorOf(request).memberships.map((m) => m.organisationId);
      const { nhsNumber, familyName, dateOfBirth } = request.query;
      let by: { nhsNumber: string } | { familyName: string; dateOfBirth: string };
      if (nhsNumber) {
        const check = checkNhsNumber(nhsNumber);
        if (!check.ok) {
          throw new AppError('validation_failed', check.message, {
            fieldErrors: [{ field: 'nhsNumber', message: check.message }],
          });
        }
        by = { nhsNumber: check.value };
      } else {
        // A real date, checked here as registration checks it: an impossible one (30 February) never reaches SQL.
        const message = validateDateOfBirth(dateOfBirth ?? '', londonDate(services.clock.now()));
        if (message) {
          throw new AppError('validation_failed', message, { fieldErrors: [{ field: 'dateOfBirth', message }] });
        }
        by = { familyName: familyName!, dateOfBirth: dateOfBirth! };
      }
      return withTransaction(services.pool, async (tx) => {
        const patients = await searchVisiblePatients(tx, orgs, by);
        await appendAuditEvent(tx, auditActorOf(request), services.clock.now(), {
          action: 'patient.searched',
          detail: { by: 'nhsNumber' in by ? 'nhs_number' : 'name_and_date_of_birth', results: patients.length },
        });
        return { patients };
      });
    },
  );

  app.get(
    '/api/patients/:patientId',
    {
      config: { access: clinicalRoles },
      schema: {
        summary: 'One patient you may see',
        tags: ['patients'],
        params: z.object({ patientId: z.uuid() }),
        response: { 200: patientSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { patientId } = request.params;
      const orgs = actorOf(request).memberships.map((m) => m.organisationId);
      const patient = await withTransaction(services.pool, async (tx) => {
        const found = await findVisiblePatient(tx, orgs, patientId);
        if (found) {
          await appendAuditEvent(tx, auditActorOf(request), services.clock.now(), {
            action: 'patient.viewed',
            recordType: 'patient',
            recordId: found.id,
            patientId: found.id,
          });
        }
        return found;
      });
      if (!patient) {
        await recordDenial(services, request, 'scope', { recordType: 'patient', recordId: patientId });
        throw notFound('patient');
      }
      return patient;
    },
  );

  app.patch(
    '/api/patients/:patientId/contact',
    {
      config: { access: ['referrer'] },
      schema: {
        summary:
          "Change how your practice reaches a patient (mobile, email, address, postcode) on your practice's record",
        tags: ['patients'],
        params: z.object({ patientId: z.uuid() }),
        body: updateContactBody,
        response: { 200: patientSchema, ...errorResponses },
      },
    },
    async (request) =>
      withTransaction(services.pool, (tx) =>
        updatePatientContact(tx, {
          actor: actorOf(request),
          auditActor: auditActorOf(request),
          at: services.clock.now(),
          patientId: request.params.patientId,
          input: request.body,
        }),
      ),
  );
}
