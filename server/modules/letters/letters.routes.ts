import { z } from 'zod';
import { actorOf, auditActorOf, recordDenial } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { sendPdf } from '../../http/send-pdf.ts';
import { withTransaction } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import { downloadLetter } from './download-letter.ts';
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
      const found = await withTransaction(services.pool, (tx) =>
        downloadLetter(tx, {
          actor: actorOf(request),
          auditActor: auditActorOf(request),
          at: services.clock.now(),
          letterId,
        }),
      );
      if (!found) {
        await recordDenial(services, request, 'scope', { recordType: 'letter', recordId: letterId });
        throw notFound('letter');
      }
      return sendPdf(reply, {
        filename: found.filename,
        content: await services.blobs.get(found.letter.blobKey),
        disposition: 'attachment',
        bytes: found.letter.bytes,
      });
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
      return sendPdf(reply, {
        filename: `${reference}-urgent-referral-summary.pdf`,
        content: pdf,
        disposition: 'attachment',
      });
    },
  );
}
