import { z } from 'zod';
import { actorOf, auditActorOf, recordDenial } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { notFound } from '../../http/errors.ts';
import { withTransaction } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import { appendAuditEvent } from '../audit/audit.repository.ts';
import { readableOrganisations } from '../requests/requests.policy.ts';
import { findVisibleRequest } from '../requests/requests.repository.ts';
import { findLetter, type LetterRow } from './letters.repository.ts';

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
}

/** The downloaded file's name after the reference: server-made, never from user input. */
function fileNameOf(letter: LetterRow): string {
  if (letter.kind === 'appointment') return 'appointment-letter';
  if (letter.kind === 'returned') return 'returned-to-referrer';
  return letter.audience === 'patient' ? 'patient-copy' : 'clinical-letter';
}
