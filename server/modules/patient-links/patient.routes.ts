import { z } from 'zod';
import { feedbackSchema, missingAnswers, questionnaireSchema } from '../../../shared/patient-questions.ts';
import type { FastifyRequest } from 'fastify';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { withTransaction, type Tx } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import type { BlobStore } from '../../storage/blob-store.ts';
import { appendAuditEvent, anonymousActor } from '../audit/audit.repository.ts';
import { csrfTokenFor } from '../auth/sessions.repository.ts';
import { ingestUpload } from '../images/ingest-upload.ts';
import { statesTakingImages } from '../images/images.policy.ts';
import { findImage } from '../images/images.repository.ts';
import type { Uploader, UploadServer } from '../images/upload-server.ts';
import { listLetters } from '../letters/letters.repository.ts';
import { currentConsent, findVisibleRequest, insertConsent, listLesions } from '../requests/requests.repository.ts';
import { noticePage } from './notice-page.ts';
import { openPatientLink } from './open-patient-link.ts';
import { patientCookieName, setPatientCookie } from './patient-cookie.ts';
import { updateLink, type PatientSession } from './patient-links.repository.ts';
import { patientView } from './patient-view.ts';
import { verifyDateOfBirth } from './verify-date-of-birth.ts';

export const patientActor = (request: FastifyRequest) => ({
  ...anonymousActor(request.ip),
  label: 'patient (via link)',
});

/** The patient session, confirmed by date of birth: nothing about the patient is shown before. */
export function verified(request: FastifyRequest): PatientSession {
  const session = request.patient;
  if (!session) throw new AppError('not_signed_in', 'Open the link in the message from your GP practice again.');
  if (!session.verified) throw new AppError('forbidden', 'Confirm your date of birth first.');
  return session;
}

/** The request of this link, locked, from its practice's side (a draft is visible there too). */
export async function linkedRequest(tx: Tx, session: PatientSession, options: { lock?: boolean } = {}) {
  const { rows } = await tx.query<{ practice_id: string }>('SELECT practice_id FROM requests WHERE id = $1', [
    session.requestId,
  ]);
  return (await findVisibleRequest(tx, [rows[0]!.practice_id], session.requestId, options))!;
}

export const patientUploader = (session: PatientSession): Uploader => ({
  ownerId: `patient:${session.linkId}`,
  userId: null,
  label: 'Patient (own photos)',
  async requestFor(tx, requestId, lesionId, options) {
    if (requestId !== session.requestId) throw notFound('request');
    const request = await linkedRequest(tx, session, options);
    if (!(await listLesions(tx, request.id)).some((l) => l.id === lesionId)) throw notFound('lesion');
    if (!statesTakingImages.includes(request.state))
      throw new AppError('invalid_transition', 'Photos can no longer be added.');
    if (request.photography === 'clinic')
      throw new AppError('invalid_transition', 'Your photos will be taken at your clinic appointment.');
    const consent = await currentConsent(tx, request.id);
    if (!consent || consent.withdrawnAt) throw new AppError('forbidden', 'Give your consent before sending photos.');
    return request;
  },
});

export function patientRoutes(
  app: App,
  services: Services,
  deps: { blobs: BlobStore; uploads: UploadServer; webDist: string | null },
) {
  app.get(
    '/p/:token',
    { config: { access: 'public' }, schema: { hide: true, params: z.object({ token: z.string().max(200) }) } },
    async (request, reply) => {
      const opened = await openPatientLink({
        pool: services.pool,
        at: services.clock.now(),
        token: request.params.token,
        clientAddress: request.ip,
      });
      reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
      if (!opened.ok) {
        return reply.status(opened.status).type('text/html; charset=utf-8').send(noticePage(deps.webDist, opened));
      }
      setPatientCookie(reply, services.config, opened.sessionToken, opened.maxAgeSeconds);
      return reply.redirect('/patient', 303);
    },
  );

  app.get(
    '/api/patient/session',
    {
      config: { access: 'patient' },
      schema: {
        summary: 'The patient link session: whether the date of birth is confirmed, and the practice to contact',
        tags: ['patient'],
        response: {
          200: z.object({
            verified: z.boolean(),
            practice: z.string(),
            telephone: z.string(),
            csrfToken: z.string(),
            expiresAt: z.date(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const session = request.patient!;
      const { rows } = await services.pool.query<{ name: string; telephone: string }>(
        'SELECT o.name, o.telephone FROM requests r JOIN organisations o ON o.id = r.practice_id WHERE r.id = $1',
        [session.requestId],
      );
      return {
        verified: session.verified,
        practice: rows[0]!.name,
        telephone: rows[0]!.telephone,
        csrfToken: csrfTokenFor(request.cookies[patientCookieName] ?? ''),
        expiresAt: session.link.expiresAt,
      };
    },
  );

  app.post(
    '/api/patient/verify',
    {
      config: { access: 'patient' },
      schema: {
        summary: 'Confirm your date of birth (5 wrong answers lock the link)',
        tags: ['patient'],
        body: z.object({
          dateOfBirth: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter your date of birth, for example 17 5 1970'),
        }),
        response: { 204: z.null(), ...errorResponses, 410: errorResponses[400] },
      },
    },
    async (request, reply) => {
      const session = request.patient!;
      const result = await withTransaction(services.pool, (tx) =>
        verifyDateOfBirth(tx, {
          session,
          dateOfBirth: request.body.dateOfBirth,
          at: services.clock.now(),
          clientAddress: request.ip,
          boss: services.jobs.boss,
          publicOrigin: services.config.publicOrigin,
        }),
      );
      if (!result.ok) throw result.error;
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/patient/request',
    {
      config: { access: 'patient' },
      schema: { summary: 'Your request: status, photos, questionnaire, letter', tags: ['patient'] },
    },
    async (request) => {
      const session = verified(request);
      return withTransaction(services.pool, async (tx) => {
        const view = await patientView(tx, session);
        const { rows } = await tx.query<{ patient_id: string }>('SELECT patient_id FROM requests WHERE id = $1', [
          session.requestId,
        ]);
        await appendAuditEvent(tx, patientActor(request), services.clock.now(), {
          action: 'patient.viewed_own_request',
          recordType: 'request',
          recordId: session.requestId,
          patientId: rows[0]!.patient_id,
        });
        return view;
      });
    },
  );

  app.post(
    '/api/patient/consent',
    {
      config: { access: 'patient' },
      schema: {
        summary: 'Give consent to the referral and to sharing your photos (and, if you wish, to their use in teaching)',
        tags: ['patient'],
        body: z.object({
          referralAndImageSharing: z.literal(true, { message: 'Tick the box to agree before sending photos' }),
          teachingUse: z.boolean().default(false),
        }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const session = verified(request);
      const at = services.clock.now();
      await withTransaction(services.pool, async (tx) => {
        const linked = await linkedRequest(tx, session, { lock: true });
        const id = await insertConsent(
          tx,
          linked.id,
          {
            referralAndImageSharing: true,
            teachingUse: request.body.teachingUse,
            method: 'patient_link',
            recordedBy: null,
          },
          at,
        );
        await appendAuditEvent(tx, patientActor(request), at, {
          action: 'consent.recorded',
          recordType: 'consent',
          recordId: id,
          patientId: linked.patientId,
        });
      });
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/patient/questionnaire',
    {
      config: { access: 'patient' },
      schema: {
        summary: 'Save your answers as you go; send complete: true when you have finished',
        tags: ['patient'],
        body: z.object({ answers: questionnaireSchema, complete: z.boolean().default(false) }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const session = verified(request);
      const { answers, complete } = request.body;
      const missing = complete ? missingAnswers(answers) : [];
      if (missing.length) {
        throw new AppError('validation_failed', missing.map((m) => m.message).join('. '), { fieldErrors: missing });
      }
      const at = services.clock.now();
      await withTransaction(services.pool, async (tx) => {
        const linked = await linkedRequest(tx, session, { lock: true });
        await tx.query(
          `INSERT INTO questionnaires (request_id, answers, updated_at, completed_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (request_id) DO UPDATE SET answers = $2, updated_at = $3, completed_at = coalesce($4, questionnaires.completed_at)`,
          [linked.id, JSON.stringify(answers), at, complete ? at : null],
        );
        await appendAuditEvent(tx, patientActor(request), at, {
          action: 'patient.questionnaire_saved',
          recordType: 'request',
          recordId: linked.id,
          patientId: linked.patientId,
        });
      });
      return reply.status(204).send(null);
    },
  );

  for (const url of ['/api/patient/uploads', '/api/patient/uploads/:uploadId']) {
    app.route({
      method: ['POST', 'PATCH', 'HEAD', 'DELETE'],
      url,
      config: { access: 'patient' },
      schema: { hide: true },
      handler: (request, reply) => deps.uploads.handle(request, reply, patientUploader(verified(request))),
    });
  }

  app.post(
    '/api/patient/images',
    {
      config: { access: 'patient' },
      schema: {
        summary: 'Add a finished upload to your request',
        tags: ['patient'],
        body: z.object({ uploadId: z.string().regex(/^[0-9a-f]{32}$/) }),
      },
    },
    async (request, reply) => {
      const session = verified(request);
      const image = await ingestUpload({
        services,
        blobs: deps.blobs,
        uploads: deps.uploads,
        uploader: patientUploader(session),
        auditActor: patientActor(request),
        uploadId: request.body.uploadId,
      });
      return reply.status(201).send({ id: image.id, state: image.state });
    },
  );

  app.get(
    '/api/patient/images/:imageId/thumbnail',
    {
      config: { access: 'patient' },
      schema: {
        summary: 'A thumbnail of a photo you sent',
        tags: ['patient'],
        params: z.object({ imageId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const session = verified(request);
      const thumbnail = await withTransaction(services.pool, async (tx) => {
        const image = await findImage(tx, request.params.imageId);
        if (!image || image.ownerId !== `patient:${session.linkId}` || !image.derivatives?.thumbnail) return null;
        const linked = await linkedRequest(tx, session);
        await appendAuditEvent(tx, patientActor(request), services.clock.now(), {
          action: 'image.viewed',
          recordType: 'image',
          recordId: image.id,
          patientId: linked.patientId,
          detail: { variant: 'thumbnail' },
        });
        return image.derivatives.thumbnail;
      });
      if (!thumbnail) throw notFound('photo');
      return reply
        .header('content-type', thumbnail.contentType)
        .header('x-content-type-options', 'nosniff')
        .send(await deps.blobs.get(thumbnail.key));
    },
  );

  app.get(
    '/api/patient/letter',
    {
      config: { access: 'patient' },
      schema: { summary: 'Your copy of the dermatologist’s letter (PDF)', tags: ['patient'] },
    },
    async (request, reply) => {
      const session = verified(request);
      const letter = (await listLetters(services.pool, session.requestId))
        .filter((l) => l.audience === 'patient' && l.kind === 'outcome')
        .at(-1);
      if (!letter) throw notFound('letter');
      const { rows } = await services.pool.query<{ patient_id: string; reference: string }>(
        'SELECT patient_id, reference FROM requests WHERE id = $1',
        [session.requestId],
      );
      await appendAuditEvent(services.pool, patientActor(request), services.clock.now(), {
        action: 'patient.letter_downloaded',
        recordType: 'request',
        recordId: session.requestId,
        patientId: rows[0]!.patient_id,
      });
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${rows[0]!.reference}-your-letter.pdf"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(await deps.blobs.get(letter.blobKey));
    },
  );

  app.post(
    '/api/patient/feedback',
    {
      config: { access: 'patient' },
      schema: {
        summary: 'Tell us about your experience (stored without your name or details)',
        tags: ['patient'],
        body: feedbackSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const session = verified(request);
      const at = services.clock.now();
      await withTransaction(services.pool, async (tx) => {
        const linked = await linkedRequest(tx, session, { lock: true });
        if (!['outcome_recorded', 'closed'].includes(linked.state)) {
          throw new AppError('invalid_transition', 'You can give feedback once the dermatologist has replied.');
        }
        const { rows } = await tx.query<{ given: Date | null }>(
          'SELECT feedback_given_at AS given FROM patient_links WHERE id = $1 FOR UPDATE',
          [session.linkId],
        );
        if (rows[0]?.given) throw new AppError('conflict', 'Thank you: you have already given feedback.');
        // The response carries the service and the month only: nothing that leads back to the patient.
        await tx.query(
          `INSERT INTO feedback_responses (service_id, month, answers) VALUES ($1, date_trunc('month', $2::timestamptz AT TIME ZONE 'Europe/London')::date, $3)`,
          [linked.serviceId, at, JSON.stringify(request.body)],
        );
        await updateLink(tx, session.linkId, { feedbackGivenAt: at });
        await appendAuditEvent(tx, patientActor(request), at, {
          action: 'feedback.received',
          recordType: 'organisation',
          recordId: linked.serviceId,
        });
      });
      return reply.status(204).send(null);
    },
  );
}
