import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { describeBodySite } from '../../../shared/body-sites.ts';
import { requestStateLabels, type RequestState } from '../../../shared/request-content.ts';
import { outcomeCategoryLabels } from '../../../shared/outcome-categories.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { listLetters } from '../letters/index.ts';
import { latestLink, linkUnusable } from '../patient-links/index.ts';
import {
  allowedActions,
  currentConsent,
  findVisibleRequest,
  listLesions,
  listMessages,
  listTransitions,
  mayPerform,
  readableOrganisations,
} from '../requests/index.ts';
import { claimOf, earlierRequests, listOutcomes } from '../review/index.ts';

const messageTitles = {
  question: 'Question from the dermatologist',
  photo_request: 'Better photographs requested',
  answer: 'Answer from the referrer',
  note: 'Note',
} as const;

/** One request, whole, as its page shows it; the read is audited. Null when the caller may not see it. */
export async function getRequest(
  tx: Tx,
  options: { actor: Actor; auditActor: AuditActor; at: Date; requestId: string },
) {
  const request = await findVisibleRequest(tx, readableOrganisations(options.actor), options.requestId);
  if (!request) return null;
  const { rows } = await tx.query<{
    nhsNumber: string;
    givenName: string;
    familyName: string;
    dateOfBirth: string;
    sex: string;
    postcode: string;
    registeredElsewhereAt: Date | null;
    practiceName: string;
    serviceName: string;
    referrerName: string;
  }>(
    `SELECT p.nhs_number AS "nhsNumber", p.given_name AS "givenName", p.family_name AS "familyName",
            p.date_of_birth::text AS "dateOfBirth", p.sex, p.postcode,
            p.registered_elsewhere_at AS "registeredElsewhereAt", pr.name AS "practiceName", s.name AS "serviceName", u.display_name AS "referrerName"
     FROM patients p, organisations pr, organisations s, users u
     WHERE p.id = $1 AND pr.id = $2 AND s.id = $3 AND u.id = $4`,
    [request.patientId, request.practiceId, request.serviceId, request.referrerId],
  );
  const names = rows[0]!;
  const [lesions, consent, messages, transitions, outcomes, letters, earlier, claim] = [
    await listLesions(tx, request.id),
    await currentConsent(tx, request.id),
    await listMessages(tx, request.id),
    await listTransitions(tx, request.id),
    await listOutcomes(tx, request.id),
    await listLetters(tx, request.id),
    await earlierRequests(tx, request.patientId, request.id, readableOrganisations(options.actor)),
    await claimOf(tx, request.id),
  ];
  const link = await latestLink(tx, request.id);
  const questionnaire = (
    await tx.query<{ answers: Record<string, unknown>; completedAt: Date | null; updatedAt: Date }>(
      'SELECT answers, completed_at AS "completedAt", updated_at AS "updatedAt" FROM questionnaires WHERE request_id = $1',
      [request.id],
    )
  ).rows[0];
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'request.viewed',
    recordType: 'request',
    recordId: request.id,
    patientId: request.patientId,
  });
  const roles = new Set(options.actor.memberships.flatMap((m) => m.roles));
  const timeline = [
    ...transitions.map((t) => ({
      at: t.at,
      type: 'transition' as const,
      actor: t.actorLabel,
      title: requestStateLabels[t.toState as RequestState] ?? t.toState,
      text: t.reason,
      kind: t.action,
    })),
    ...messages.map((m) => ({
      at: m.at,
      type: 'message' as const,
      actor: m.authorLabel,
      title: messageTitles[m.kind],
      text: m.body,
      kind: m.kind,
    })),
    ...letters.map((l) => ({
      at: l.createdAt,
      type: 'letter' as const,
      actor: 'Telederm',
      title: letterTitles[l.kind][l.audience],
      text: null,
      kind: l.kind === 'outcome' ? `letter_${l.audience}` : `letter_${l.kind}`,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());

  return {
    id: request.id,
    reference: request.reference,
    kind: request.kind,
    urgency: request.urgency,
    state: request.state,
    version: request.version,
    patient: {
      id: request.patientId,
      nhsNumber: names.nhsNumber,
      givenName: names.givenName,
      familyName: names.familyName,
      dateOfBirth: names.dateOfBirth,
      sex: names.sex,
      postcode: names.postcode,
      registeredElsewhereAt: names.registeredElsewhereAt,
    },
    practice: { id: request.practiceId, name: names.practiceName },
    service: { id: request.serviceId, name: names.serviceName },
    referrer: { id: request.referrerId, name: names.referrerName },
    clinicalQuestion: request.clinicalQuestion,
    history: request.history,
    conversionAuthorised: request.conversionAuthorised,
    photography: request.photographyAnswered ? request.photography : null,
    lesions: lesions.map((l) => ({ ...l, bodySiteLabel: describeBodySite(l.bodySite, l.laterality) })),
    consent,
    eligibility: request.eligibility,
    submittedAt: request.submittedAt,
    readyForReviewAt: request.readyForReviewAt,
    dueAt: request.dueAt,
    clockPaused: request.clockPausedAt !== null,
    timeline,
    outcomes: outcomes.map((o) => ({ ...o, categoryLabel: o.category ? outcomeCategoryLabels[o.category] : null })),
    letters: letters.map((l) => ({
      id: l.id,
      outcomeId: l.outcomeId,
      kind: l.kind,
      audience: l.audience,
      bytes: l.bytes,
      createdAt: l.createdAt,
      url: `/api/letters/${l.id}`,
    })),
    earlierRequests: earlier,
    patientLink: link
      ? {
          channel: link.channel,
          sentAt: link.createdAt,
          expiresAt: link.expiresAt,
          openedAt: link.openedAt,
          verifiedAt: link.verifiedAt,
          status:
            linkUnusable(link, options.at) ??
            (questionnaire?.completedAt
              ? ('completed' as const)
              : link.openedAt
                ? ('opened' as const)
                : ('sent' as const)),
        }
      : null,
    questionnaire: questionnaire ?? null,
    heldBy:
      request.state === 'in_review' && claim.claimedBy
        ? { id: claim.claimedBy, name: claim.claimedByName ?? '', mine: claim.claimedBy === options.actor.userId }
        : null,
    allowedActions: allowedActions(request.state).filter((action) =>
      [...roles].some((role) => mayPerform(role, action)),
    ),
  };
}

const letterTitles: Record<'outcome' | 'appointment' | 'returned', Record<'patient' | 'referrer', string>> = {
  outcome: { patient: 'Letter for the patient', referrer: 'Clinical letter to the referrer' },
  appointment: { patient: 'Appointment letter sent to the patient', referrer: 'Appointment letter' },
  returned: { patient: 'Letter to the patient', referrer: 'Returned to the referrer: the patient did not attend' },
};
