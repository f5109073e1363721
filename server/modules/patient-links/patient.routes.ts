import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { feedbackSchema } from '../../../shared/patient-questions.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { sendPdf } from '../../http/send-pdf.ts';
import { withTransaction } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import type { BlobStore } from '../../storage/blob-store.ts';
import { csrfTokenFor } from '../auth/index.ts';
import type { UploadServer } from '../images/index.ts';
import { giveConsent } from './give-consent.ts';
import { giveFeedback } from './give-feedback.ts';
import { noticePage } from './notice-page.ts';
import { openPatientLink } from './open-patient-link.ts';
import { patientCookieName, setPatientCookie } from './patient-cookie.ts';
import { patientActor, patientUploader, verified } from './patient-links.policy.ts';
import { practiceOfRequest } from './patient-links.repository.ts';
import {
  addedPhotoResponse,
  consentBody,
  imageBody,
  patientViewResponse,
  questionnaireBody,
  sessionResponse,
  verifyBody,
} from './patient.schemas.ts';
import { receivePatientPhoto } from './receive-patient-photo.ts';
import { saveQuestionnaire } from './save-questionnaire.ts';
import { verifyDateOfBirth } from './verify-date-of-birth.ts';
import { downloadOwnLetter, viewOwnRequest, viewOwnThumbnail } from './view-own-request.ts';

export function patientRoutes(
  app: App,
  services: Services,
  deps: { blobs: BlobStore; uploads: UploadServer; webDist: string | null },
) {
  /** What every change the patient makes needs: who they are, when, and how to tell their referrer. */
  const patientContext = (request: FastifyRequest) => ({
    session: verified(request),
    auditActor: patientActor(request),
    at: services.clock.now(),
    boss: services.jobs.boss,
    publicOrigin: services.config.publicOrigin,
  });

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
          200: sessionResponse,
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const session = request.patient!;
      const practice = await practiceOfRequest(services.pool, session.requestId);
      return {
        verified: session.verified,
        practice: practice.name,
        telephone: practice.telephone,
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
        body: verifyBody,
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
      schema: {
        summary: 'Your request: status, photos, questionnaire, letter',
        tags: ['patient'],
        response: { 200: patientViewResponse, ...errorResponses },
      },
    },
    async (request) => {
      const options = { session: verified(request), auditActor: patientActor(request), at: services.clock.now() };
      return withTransaction(services.pool, (tx) => viewOwnRequest(tx, options));
    },
  );

  app.post(
    '/api/patient/consent',
    {
      config: { access: 'patient' },
      schema: {
        summary: 'Give consent to the referral and to sharing your photos (and, if you wish, to their use in teaching)',
        tags: ['patient'],
        body: consentBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const options = { ...patientContext(request), teachingUse: request.body.teachingUse };
      await withTransaction(services.pool, (tx) => giveConsent(tx, options));
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
        body: questionnaireBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const options = { ...patientContext(request), ...request.body };
      await withTransaction(services.pool, (tx) => saveQuestionnaire(tx, options));
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
        body: imageBody,
        response: { 201: addedPhotoResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const image = await receivePatientPhoto({
        services,
        blobs: deps.blobs,
        uploads: deps.uploads,
        session: verified(request),
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
      const options = {
        session: verified(request),
        auditActor: patientActor(request),
        at: services.clock.now(),
        imageId: request.params.imageId,
      };
      const thumbnail = await withTransaction(services.pool, (tx) => viewOwnThumbnail(tx, options));
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
      const options = { session: verified(request), auditActor: patientActor(request), at: services.clock.now() };
      const letter = await withTransaction(services.pool, (tx) => downloadOwnLetter(tx, options));
      return sendPdf(reply, {
        filename: letter.filename,
        content: await deps.blobs.get(letter.blobKey),
        disposition: 'inline',
      });
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
      const options = {
        session: verified(request),
        auditActor: patientActor(request),
        at: services.clock.now(),
        feedback: request.body,
      };
      await withTransaction(services.pool, (tx) => giveFeedback(tx, options));
      return reply.status(204).send(null);
    },
  );
}
