import type { PgBoss } from 'pg-boss';
import type { Tx } from '../../db/database.ts';
import { askerOf, consultantsOn, holderOf, referrersOf, serviceStaffOf } from './notifications.repository.ts';
import { tellStaff } from './tell-staff.ts';

/**
 * What happens on a request that someone else must act on, told to them in the transaction of the change (issue
 * 20): each function here is called by the use case where the event happens. Texts name the request by its
 * reference and say nothing of the patient or their condition.
 */

type Request = { id: string; reference: string };

/**
 * A message in a request's conversation. A consultant's question or request for better photographs returns the
 * case to the referrer (notified and emailed, as the email always was); the referrer's answer goes to the
 * consultant who asked; a note goes to the other side.
 */
export async function tellOfMessage(
  tx: Tx,
  options: {
    request: Request;
    kind: 'question' | 'photo_request' | 'answer' | 'note';
    fromConsultant: boolean;
    authorId: string;
    at: Date;
    boss: PgBoss;
    publicOrigin: string;
  },
) {
  const { request, at } = options;
  const common = { requestId: request.id, at, except: options.authorId };
  if (options.kind === 'question' || options.kind === 'photo_request') {
    const photographs = options.kind === 'photo_request';
    const what = photographs ? 'asked for better photographs for' : 'asked a question about';
    return tellStaff(tx, {
      ...common,
      userIds: await referrersOf(tx, request.id),
      audience: 'referrer',
      kind: photographs ? 'photographs_requested' : 'question',
      text: `The consultant dermatologist has ${what} request ${request.reference}. The response target is paused until you answer.`,
      email: {
        boss: options.boss,
        subject: `Telederm ${request.reference}: ${photographs ? 'better photographs requested' : 'a question for you'}`,
        bodyText: [
          `The consultant dermatologist has ${what} request ${request.reference}.`,
          '',
          'The response target is paused until you answer.',
          `Sign in to read and answer it: ${options.publicOrigin}/requests/${request.id}`,
          '',
          'This message contains no patient details. Do not reply to it.',
        ].join('\n'),
      },
    });
  }
  if (options.kind === 'answer') {
    return tellStaff(tx, {
      ...common,
      userIds: await askerOf(tx, request.id),
      audience: 'consultant',
      kind: 'answer',
      text: `The referrer has answered your question about request ${request.reference}. It is back on the worklist.`,
    });
  }
  return options.fromConsultant
    ? tellStaff(tx, {
        ...common,
        userIds: await referrersOf(tx, request.id),
        audience: 'referrer',
        kind: 'message',
        text: `The consultant dermatologist has added a note to request ${request.reference}.`,
      })
    : tellStaff(tx, {
        ...common,
        userIds: await consultantsOn(tx, request.id),
        audience: 'consultant',
        kind: 'message',
        text: `The referrer has added a note to request ${request.reference}.`,
      });
}

/** The service's rules did not accept a submitted request, or redirected it to the urgent suspected cancer pathway. */
export async function tellOfEligibility(tx: Tx, options: { request: Request; state: string; at: Date }) {
  const { request } = options;
  if (options.state !== 'not_accepted' && options.state !== 'redirected') return [];
  const redirected = options.state === 'redirected';
  return tellStaff(tx, {
    requestId: request.id,
    at: options.at,
    userIds: await referrersOf(tx, request.id),
    audience: 'referrer',
    kind: redirected ? 'redirected' : 'not_accepted',
    text: redirected
      ? `Urgent: request ${request.reference} was redirected. Read what to do today.`
      : `Request ${request.reference} was not accepted by the dermatology service. Read why and what to do next.`,
  });
}

/** A request returned to the referrer because the patient did not attend the photography clinic. */
export async function tellOfReturn(tx: Tx, options: { request: Request; at: Date }) {
  const { request } = options;
  return tellStaff(tx, {
    requestId: request.id,
    at: options.at,
    userIds: await referrersOf(tx, request.id),
    audience: 'referrer',
    kind: 'returned',
    text: `Request ${request.reference} has been returned to you: the patient did not attend the photography clinic. Read the letter and decide what next.`,
  });
}

/** An outcome signed, or an addendum to one: the referrer reads it (letters follow from the job queue). */
export async function tellOfOutcome(
  tx: Tx,
  options: { request: Request; at: Date; addendum?: boolean; urgent?: boolean; signedBy: string },
) {
  const { request } = options;
  return tellStaff(tx, {
    requestId: request.id,
    at: options.at,
    except: options.signedBy,
    userIds: await referrersOf(tx, request.id),
    audience: 'referrer',
    kind: options.addendum ? 'addendum' : 'outcome',
    text: options.addendum
      ? `The dermatologist has added to the outcome of request ${request.reference}. Read the addendum.`
      : options.urgent
        ? `Urgent: the dermatologist's response to request ${request.reference} is ready. Read it today.`
        : `The dermatologist's response to request ${request.reference} is ready.`,
  });
}

const causeWords = {
  waiting_for_consultant: 'Nobody has claimed it.',
  claimed: 'It is claimed, with no outcome signed.',
  information_requested: 'It is waiting for an answer from the referrer or the patient.',
} as const;

/**
 * A case escalated (hazard H10): the consultant holding it, or when nobody does every consultant of the service,
 * and the service's admins. A case waiting on the referrer's answer is theirs to move, so the referrer is told
 * instead of the consultants.
 */
export async function tellOfEscalation(
  tx: Tx,
  options: {
    request: Request;
    stage: 'due' | 'breached';
    cause: keyof typeof causeWords;
    at: Date;
  },
) {
  const { request, at } = options;
  const kind = options.stage === 'breached' ? 'escalation_breached' : 'escalation_due';
  const headline =
    options.stage === 'breached'
      ? `Request ${request.reference} has passed its response target.`
      : `Request ${request.reference} is due a response today.`;
  const text = `${headline} ${causeWords[options.cause]}`;
  const told =
    options.cause === 'information_requested'
      ? await tellStaff(tx, {
          requestId: request.id,
          at,
          kind,
          text: `${headline} It is waiting for your answer to the dermatologist.`,
          userIds: await referrersOf(tx, request.id),
          audience: 'referrer',
        })
      : await tellStaff(tx, {
          requestId: request.id,
          at,
          kind,
          text,
          userIds: (await holderOf(tx, request.id)) ?? (await serviceStaffOf(tx, request.id, 'consultant')),
          audience: 'consultant',
        });
  const already = new Set(told.map((person) => person.userId));
  const admins = (await serviceStaffOf(tx, request.id, 'service_admin')).filter((id) => !already.has(id));
  return [
    ...told,
    ...(await tellStaff(tx, { requestId: request.id, at, kind, text, userIds: admins, audience: 'service' })),
  ];
}
