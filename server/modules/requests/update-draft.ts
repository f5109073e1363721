import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import type { EligibilityResult } from '../eligibility/index.ts';
import { servicesServing } from './create-request.ts';
import { redirectSuspectedCancer } from './decide-eligibility.ts';
import type { RequestState } from './lifecycle.ts';
import { requestForChange } from './requests.policy.ts';
import { updateRequest, type RequestChanges } from './requests.repository.ts';

/**
 * Saves part of a draft as the referrer goes. The version guards against two
 * tabs (or two people) overwriting each other: a stale one is refused. A save
 * that records a suspected skin cancer redirects the request to the urgent
 * pathway there and then, whatever the rest of the draft lacks.
 */
export async function updateDraft(
  tx: Tx,
  options: {
    actor: Actor;
    auditActor: AuditActor;
    at: Date;
    requestId: string;
    version: number;
    changes: RequestChanges;
  },
): Promise<{ version: number; redirected: { state: RequestState; eligibility: EligibilityResult } | null }> {
  const request = await requestForChange(tx, options.actor, options.requestId, 'referrer');
  if (request.state !== 'draft') {
    throw new AppError(
      'invalid_transition',
      'A request that has been submitted cannot be edited; send a message instead.',
    );
  }
  if (request.version !== options.version) {
    throw new AppError(
      'conflict',
      'This request was changed elsewhere after you opened it. Reload it to see the latest version.',
    );
  }
  const { changes } = options;
  if (changes.serviceId && !(await servicesServing(tx, request.practiceId)).includes(changes.serviceId)) {
    const message = 'Choose a dermatology service that serves your practice';
    throw new AppError('validation_failed', message, { fieldErrors: [{ field: 'serviceId', message }] });
  }
  const kind = changes.kind ?? request.kind;
  if (kind !== 'advice_and_guidance' && changes.conversionAuthorised) {
    const message = 'Conversion to a referral applies to Advice & Guidance requests only';
    throw new AppError('validation_failed', message, { fieldErrors: [{ field: 'conversionAuthorised', message }] });
  }
  const fields = Object.keys(changes).filter((k) => changes[k as keyof RequestChanges] !== undefined);
  const saved = kind === 'referral' ? { ...changes, conversionAuthorised: false } : changes;
  const version = await updateRequest(tx, request.id, saved, options.at);
  const current = { ...request, ...saved, kind, version };
  const redirected = changes.history?.suspectedCancer?.length
    ? await redirectSuspectedCancer(tx, { request: current, auditActor: options.auditActor, at: options.at })
    : null;
  // One row for the save, with the redirect in it when the save made one.
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'request.updated',
    recordType: 'request',
    recordId: request.id,
    patientId: request.patientId,
    detail: { fields, ...redirected?.audit },
  });
  return {
    version: current.version,
    redirected: redirected ? { state: redirected.state, eligibility: redirected.eligibility } : null,
  };
}
