import { z } from 'zod';
import { actorOf, auditActorOf, inScopedTransaction } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { withTransaction } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import { addAddendum } from './add-addendum.ts';
import { checkCaseConversion } from './check-case-conversion.ts';
import { claimCase } from './claim-case.ts';
import { listServiceCases } from './list-service-cases.ts';
import { listWorklist } from './list-worklist.ts';
import { reassignCase, releaseCase } from './release-case.ts';
import { letterPreviewSchema, signOutcomeBody, worklistItemSchema, worklistQuery } from './review.schemas.ts';
import { previewOutcomeLetters } from './preview-outcome-letters.ts';
import { myHistory } from './my-history.ts';
import { signOutcome } from './sign-outcome.ts';

const requestParams = z.object({ requestId: z.uuid() });
const stateResult = z.object({ state: z.string() });

export function reviewRoutes(app: App, services: Services) {
  const context = (request: Parameters<typeof actorOf>[0]) => ({
    actor: actorOf(request),
    auditActor: auditActorOf(request),
    at: services.clock.now(),
    claimMinutes: services.config.reviewClaimMinutes,
  });
  const scoped = <T>(
    request: Parameters<typeof actorOf>[0],
    requestId: string,
    work: Parameters<typeof withTransaction<T>>[1],
  ) => inScopedTransaction(services, request, { recordType: 'request', recordId: requestId }, work);

  app.get(
    '/api/requests/:requestId/conversion',
    {
      config: { access: ['consultant'] },
      schema: {
        summary:
          'Whether this Advice & Guidance request can be converted into a referral, and if not why: asked before signing',
        tags: ['review'],
        params: requestParams,
        response: {
          200: z.object({ possible: z.boolean(), reasons: z.array(z.string()) }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { requestId } = request.params;
      return scoped(request, requestId, (tx) => checkCaseConversion(tx, { ...context(request), requestId }));
    },
  );

  app.get(
    '/api/worklist',
    {
      config: { access: ['consultant'] },
      schema: {
        summary: 'Cases waiting for review in your services: urgent first, then by due date',
        tags: ['review'],
        querystring: worklistQuery,
        response: {
          200: z.object({ cases: z.array(worklistItemSchema), counts: z.record(z.string(), z.number().int()) }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { kind, practiceId, overdue, limit } = request.query;
      return withTransaction(services.pool, (tx) =>
        listWorklist(tx, { ...context(request), filter: { kind, practiceId, overdue: overdue === 'true', limit } }),
      );
    },
  );

  app.get(
    '/api/worklist/history',
    {
      config: { access: ['consultant'] },
      schema: {
        summary: 'The cases you asked the referrer about and the cases you signed, newest first',
        tags: ['review'],
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                requestId: z.uuid(),
                reference: z.string(),
                kind: z.string(),
                state: z.string(),
                patientName: z.string(),
                practiceName: z.string(),
                did: z.enum(['asked', 'signed', 'addendum']),
                at: z.date(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      withTransaction(services.pool, (tx) => myHistory(tx, { ...context(request), limit: request.query.limit })),
  );

  app.get(
    '/api/service/cases',
    {
      config: { access: ['service_admin', 'booking_clerk'] },
      schema: {
        summary: 'Everything open in your service, who holds what and what is overdue',
        tags: ['review'],
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(300) }),
        response: { 200: z.object({ cases: z.array(worklistItemSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      return withTransaction(services.pool, (tx) =>
        listServiceCases(tx, { ...context(request), limit: request.query.limit }),
      );
    },
  );

  app.post(
    '/api/requests/:requestId/claim',
    {
      config: { access: ['consultant'] },
      schema: {
        summary:
          'Open a case for review: you hold it until you sign, hand it back, or leave it idle past the claim period',
        tags: ['review'],
        params: requestParams,
        response: {
          200: z.object({ state: z.string(), version: z.number().int(), takenOver: z.boolean() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { requestId } = request.params;
      const { request: claimed, takenOver } = await scoped(request, requestId, (tx) =>
        claimCase(tx, { ...context(request), requestId }),
      );
      return { state: claimed.state, version: claimed.version, takenOver };
    },
  );

  app.post(
    '/api/requests/:requestId/release',
    {
      config: { access: ['consultant'] },
      schema: {
        summary: 'Hand a case you hold back to the worklist',
        tags: ['review'],
        params: requestParams,
        response: { 200: stateResult, ...errorResponses },
      },
    },
    async (request) => {
      const { requestId } = request.params;
      return scoped(request, requestId, (tx) => releaseCase(tx, { ...context(request), requestId }));
    },
  );

  app.post(
    '/api/requests/:requestId/reassign',
    {
      config: { access: ['service_admin', 'booking_clerk'] },
      schema: {
        summary: 'Give a case to another consultant of the service, or back to the worklist (consultantId null)',
        tags: ['review'],
        params: requestParams,
        body: z.object({ consultantId: z.uuid().nullable() }),
        response: { 200: stateResult, ...errorResponses },
      },
    },
    async (request) => {
      const { requestId } = request.params;
      return scoped(request, requestId, (tx) =>
        reassignCase(tx, { ...context(request), requestId, consultantId: request.body.consultantId }),
      );
    },
  );

  app.post(
    '/api/requests/:requestId/outcome',
    {
      config: { access: ['consultant'] },
      schema: {
        summary: 'Sign the outcome of a case you hold (or ask for more information, which pauses the clock)',
        tags: ['review'],
        params: requestParams,
        body: signOutcomeBody,
        response: { 200: z.object({ state: z.string(), outcomeId: z.uuid().nullable() }), ...errorResponses },
      },
    },
    async (request) => {
      const { requestId } = request.params;
      return scoped(request, requestId, (tx) =>
        signOutcome(tx, {
          ...context(request),
          boss: services.jobs.boss,
          publicOrigin: services.config.publicOrigin,
          requestId,
          input: request.body,
        }),
      );
    },
  );

  app.post(
    '/api/requests/:requestId/outcome/preview',
    {
      config: { access: ['consultant'] },
      schema: {
        summary:
          'The letters an outcome would send, before it is signed; the signature names the digest this answers (the letters were read)',
        tags: ['review'],
        params: requestParams,
        body: signOutcomeBody,
        response: { 200: letterPreviewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { requestId } = request.params;
      return scoped(request, requestId, (tx) =>
        previewOutcomeLetters(tx, { ...context(request), requestId, input: request.body }),
      );
    },
  );

  app.post(
    '/api/requests/:requestId/addenda',
    {
      config: { access: ['consultant'] },
      schema: {
        summary: 'Add a signed addendum to a signed outcome (the outcome itself never changes)',
        tags: ['review'],
        params: requestParams,
        body: z.object({ text: z.string().trim().min(1, 'Write the addendum').max(8000) }),
        response: { 201: z.object({ id: z.uuid() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { requestId } = request.params;
      const id = await scoped(request, requestId, (tx) =>
        addAddendum(tx, { ...context(request), boss: services.jobs.boss, requestId, text: request.body.text }),
      );
      return reply.status(201).send({ id });
    },
  );
}
