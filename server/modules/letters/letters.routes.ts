import { z } from 'zod';
import { actorOf, auditActorOf, recordDenial } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { withTransaction } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import { appendAuditEvent } from '../audit/index.ts';
import { readableOrganisations, findVisibleRequest } from '../requests/index.ts';
import { findLetter, type LetterRow } from './letters.repository.ts';
import { urgentReferralSummary } from './urgent-referral-summary.ts';

export function lettersRoutes(app: App, services: Services) {
  app.get(
    '/api/letters/:letterId',
    {
      config: { access: ['referrer', 'consultant', 'booking_clerk', 'service_admin'] },
      schema: {
        summary: 'Download a letter (PDF) of a request you may see',
        tags: ['letters'],
        params: z.object({ letterId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const { letterId } = request.params;
      const found = await withTransaction(services.pool, async (tx) => {
        const letter = await findLetter(tx, letterId);
        if (!letter) return null;
        const owner = await findVisibleRequest(tx, readableOrganisations(actorOf(request)), letter.requestId);
        if (!owner) return null;
        await appendAuditEvent(tx, auditActorOf(request), services.clock.now(), {
          action: 'letter.downloaded',
          recordType: 'letter',
          recordId: letter.id,
          patientId: owner.patientId,
          detail: { audience: letter.audience },
        });
        return { letter, reference: owner.reference };
      });
      if (!found) {
        await recordDenial(services, request, 'scope', { recordType: 'letter', recordId: letterId });
        throw notFound('letter');
      }
      const name = `${found.reference}-${fileNameOf(found.letter)}.pdf`;
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .header('content-length', found.letter.bytes)
        .send(await services.blobs.get(found.letter.blobKey));
    },
  );

  urgentReferralSummaryRoute(app, services);
}

function urgentReferralSummaryRoute(app: App, services: Services) {
  app.get(
    '/api/requests/:requestId/urgent-referral-summary',
    {
      config: { access: ['referrer'] },
      schema: {
        summary:
          'A request redirected to the urgent suspected-cancer pathway, as a PDF to attach to the urgent referral (the referring practice only)',
        tags: ['letters'],
        params: z.object({ requestId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const { pdf, reference } = await withTransaction(services.pool, (tx) =>
        urgentReferralSummary(tx, {
          actor: actorOf(request),
          auditActor: auditActorOf(request),
          at: services.clock.now(),
          requestId: request.params.requestId,
          blobs: services.blobs,
        }),
      ).catch(async (error: unknown) => {
        if (error instanceof AppError && error.code === 'not_found') {
          await recordDenial(services, request, 'scope', { recordType: 'request', recordId: request.params.requestId });
        }
        throw error;
      });
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${reference}-urgent-referral-summary.pdf"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );
}

/** The downloaded file's name after the reference: server-made, never from user input. */
function fileNameOf(letter: LetterRow): string {
  if (letter.kind === 'appointment') return 'appointment-letter';
  if (letter.kind === 'returned') return 'returned-to-referrer';
  return letter.audience === 'patient' ? 'patient-copy' : 'clinical-letter';
}
