import type { FastifyRequest } from 'fastify';
import type { Tx } from '../../db/database.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { anonymousActor, type AuditActor } from '../audit/index.ts';
import { statesTakingImages, type Uploader } from '../images/index.ts';
import { currentConsent, findVisibleRequest, listLesions, type RequestRow } from '../requests/index.ts';
import { practiceOfRequest, type PatientSession } from './patient-links.repository.ts';

/** The patient has no account: the audit trail names them by how they came, and from where. */
export const patientActor = (request: FastifyRequest): AuditActor => ({
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

/** The one request the link reaches, seen from its practice's side (where even a draft is visible). */
export async function linkedRequest(tx: Tx, session: PatientSession, options: { lock?: boolean } = {}) {
  const practice = await practiceOfRequest(tx, session.requestId);
  return (await findVisibleRequest(tx, [practice.id], session.requestId, options))!;
}

/** The patient may add photographs to their own request while it takes them, once they have given consent. */
export const patientUploader = (session: PatientSession): Uploader => ({
  ownerId: `patient:${session.linkId}`,
  userId: null,
  label: 'Patient (own photos)',
  async requestFor(tx, requestId, lesionId, options): Promise<RequestRow> {
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
