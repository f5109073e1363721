import { z } from 'zod';
import { actorOf, auditActorOf, inScopedTransaction } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { withTransaction } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import { createRequest } from './create-request.ts';
import { addLesion, changeLesion, removeLesion } from './edit-lesions.ts';
import { listRequests } from './list-requests.ts';
import { recordConsent } from './record-consent.ts';
import {
  consentBody,
  createRequestBody,
  lesionBody,
  listRequestsQuery,
  messageBody,
  reasonBody,
  requestSummarySchema,
  submitResultSchema,
  draftSavedSchema,
  updateDraftBody,
} from './requests.schemas.ts';
import { sendMessage } from './send-message.ts';
import { submitRequest } from './submit-request.ts';
import { updateDraft } from './update-draft.ts';
import { withdrawConsent } from './withdraw-consent.ts';
import { withdrawRequest } from './withdraw-request.ts';

const referrer = ['referrer'] as const;
const readers = ['referrer', 'consultant', 'booking_clerk', 'service_admin'] as const;
const requestParams = z.object({ requestId: z.uuid() });
const lesionParams = z.object({ requestId: z.uuid(), lesionId: z.uuid() });
const stateResponse = z.object({ state: z.string(), dueAt: z.date().nullable() });

export function requestsRoutes(app: App, services: Services) {
  const context = (request: Parameters<typeof actorOf>[0]) => ({
    actor: actorOf(request),
    auditActor: auditActorOf(request),
    at: services.clock.now(),
  });
  const scoped = <T>(
    request: Parameters<typeof actorOf>[0],
    id: string,
    work: Parameters<typeof withTransaction<T>>[1],
  ) => inScopedTransaction(services, request, { recordType: 'request', recordId: id }, work);

  app.post(
    '/api/requests',
    {
      config: { access: referrer },
      schema: {
        summary: 'Start a draft Advice & Guidance request or referral for a patient of your practice',
        tags: ['requests'],
        body: createRequestBody,
        response: { 201: z.object({ id: z.uuid(), reference: z.string() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const created = await withTransaction(services.pool, (tx) =>
        createRequest(tx, { ...context(request), input: request.body }),
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/requests',
    {
      config: { access: readers },
      schema: {
        summary: "Requests your organisation is party to: your practice's, or your service's once submitted",
        tags: ['requests'],
        querystring: listRequestsQuery,
        response: { 200: z.object({ requests: z.array(requestSummarySchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const { state, sort, limit } = request.query;
      const requests = await withTransaction(services.pool, (tx) =>
        listRequests(tx, { ...context(request), state, sort, limit }),
      );
      return { requests };
    },
  );

  app.patch(
    '/api/requests/:requestId',
    {
      config: { access: referrer },
      schema: {
        summary: 'Save part of a draft (send the version you read; a stale one answers 409)',
        tags: ['requests'],
        params: requestParams,
        body: updateDraftBody,
        response: { 200: draftSavedSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { version, ...changes } = request.body;
      const { requestId } = request.params;
      return scoped(request, requestId, (tx) => updateDraft(tx, { ...context(request), requestId, version, changes }));
    },
  );

  app.post(
    '/api/requests/:requestId/lesions',
    {
      config: { access: referrer },
      schema: {
        summary: 'Add a lesion, placed on the body map',
        tags: ['requests'],
        params: requestParams,
        body: lesionBody,
        response: { 201: z.object({ id: z.uuid() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { requestId } = request.params;
      const id = await scoped(request, requestId, (tx) =>
        addLesion(tx, { ...context(request), requestId, lesion: request.body }),
      );
      return reply.status(201).send({ id });
    },
  );

  app.put(
    '/api/requests/:requestId/lesions/:lesionId',
    {
      config: { access: referrer },
      schema: {
        summary: 'Change a lesion',
        tags: ['requests'],
        params: lesionParams,
        body: lesionBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { requestId, lesionId } = request.params;
      await scoped(request, requestId, (tx) =>
        changeLesion(tx, { ...context(request), requestId, lesionId, lesion: request.body }),
      );
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/requests/:requestId/lesions/:lesionId',
    {
      config: { access: referrer },
      schema: {
        summary: 'Remove a lesion',
        tags: ['requests'],
        params: lesionParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { requestId, lesionId } = request.params;
      await scoped(request, requestId, (tx) => removeLesion(tx, { ...context(request), requestId, lesionId }));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/requests/:requestId/consent',
    {
      config: { access: referrer },
      schema: {
        summary:
          "Record the patient's consent to the referral and to sharing photographs (and, optionally, teaching use)",
        tags: ['requests'],
        params: requestParams,
        body: consentBody,
        response: { 201: z.object({ id: z.uuid() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { requestId } = request.params;
      const id = await scoped(request, requestId, (tx) =>
        recordConsent(tx, {
          ...context(request),
          requestId,
          consent: { teachingUse: request.body.teachingUse, method: request.body.method },
        }),
      );
      return reply.status(201).send({ id });
    },
  );

  app.post(
    '/api/requests/:requestId/consent/withdrawal',
    {
      config: { access: referrer },
      schema: {
        summary: 'Record that the patient withdrew consent; processing stops',
        tags: ['requests'],
        params: requestParams,
        body: reasonBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { requestId } = request.params;
      await scoped(request, requestId, (tx) =>
        withdrawConsent(tx, { ...context(request), requestId, reason: request.body.reason }),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/requests/:requestId/submit',
    {
      config: { access: referrer },
      schema: {
        summary:
          'Submit a complete draft; eligibility is decided at once (a suspected cancer is redirected, never queued)',
        tags: ['requests'],
        params: requestParams,
        response: { 200: submitResultSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { requestId } = request.params;
      return scoped(request, requestId, (tx) => submitRequest(tx, { ...context(request), requestId }));
    },
  );

  app.post(
    '/api/requests/:requestId/withdraw',
    {
      config: { access: referrer },
      schema: {
        summary: 'Withdraw a request, with a reason',
        tags: ['requests'],
        params: requestParams,
        body: reasonBody,
        response: { 200: stateResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { requestId } = request.params;
      return scoped(request, requestId, (tx) =>
        withdrawRequest(tx, { ...context(request), requestId, reason: request.body.reason }),
      );
    },
  );

  app.post(
    '/api/requests/:requestId/messages',
    {
      config: { access: ['referrer', 'consultant'] },
      schema: {
        summary:
          'Add to the conversation: a consultant asks a question or for better photographs (the clock pauses); the referrer answers (the case returns to the worklist)',
        tags: ['requests'],
        params: requestParams,
        body: messageBody,
        response: { 201: z.object({ id: z.uuid(), state: z.string() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { requestId } = request.params;
      const sent = await scoped(request, requestId, (tx) =>
        sendMessage(tx, {
          ...context(request),
          boss: services.jobs.boss,
          publicOrigin: services.config.publicOrigin,
          requestId,
          kind: request.body.kind,
          body: request.body.body,
        }),
      );
      return reply.status(201).send(sent);
    },
  );
}
