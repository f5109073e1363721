import type { Questionnaire } from '../../../shared/patient-questions.ts';
import type { Queryable } from '../../db/database.ts';
import { serviceContactSql } from '../organisations/index.ts';

export type PatientLink = {
  id: string;
  requestId: string;
  channel: 'sms' | 'email';
  destination: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  supersededAt: Date | null;
  openedAt: Date | null;
  verifiedAt: Date | null;
  dobFailures: number;
  lockedAt: Date | null;
  feedbackGivenAt: Date | null;
  /** When the patient had done everything the link asked; the referrer was told then. */
  finishedAt: Date | null;
};

const columns = `l.id, l.request_id AS "requestId", l.channel, l.destination, l.created_at AS "createdAt",
  l.expires_at AS "expiresAt", l.revoked_at AS "revokedAt", l.superseded_at AS "supersededAt", l.opened_at AS "openedAt",
  l.verified_at AS "verifiedAt", l.dob_failures AS "dobFailures", l.locked_at AS "lockedAt",
  l.feedback_given_at AS "feedbackGivenAt", l.finished_at AS "finishedAt"`;

/** Why a link no longer opens, or null when it does. */
export function linkUnusable(link: PatientLink, now: Date): 'expired' | 'revoked' | 'superseded' | 'locked' | null {
  if (link.lockedAt) return 'locked';
  if (link.supersededAt) return 'superseded';
  if (link.revokedAt) return 'revoked';
  if (link.expiresAt.getTime() <= now.getTime()) return 'expired';
  return null;
}

export async function findLinkByTokenHash(db: Queryable, hash: string, options: { lock?: boolean } = {}) {
  const { rows } = await db.query<PatientLink>(
    `SELECT ${columns} FROM patient_links l WHERE l.token_hash = $1 ${options.lock ? 'FOR UPDATE' : ''}`,
    [hash],
  );
  return rows[0] ?? null;
}

export async function findLink(db: Queryable, id: string, options: { lock?: boolean } = {}) {
  const { rows } = await db.query<PatientLink>(
    `SELECT ${columns} FROM patient_links l WHERE l.id = $1 ${options.lock ? 'FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

export async function latestLink(db: Queryable, requestId: string) {
  const { rows } = await db.query<PatientLink>(
    `SELECT ${columns} FROM patient_links l WHERE l.request_id = $1 ORDER BY l.created_at DESC LIMIT 1`,
    [requestId],
  );
  return rows[0] ?? null;
}

export async function insertLink(
  tx: Queryable,
  link: {
    requestId: string;
    tokenHash: string;
    channel: 'sms' | 'email';
    destination: string;
    createdBy: string | null;
    at: Date;
    expiresAt: Date;
  },
): Promise<string> {
  // Sending a new link supersedes any earlier one for the request.
  await tx.query(
    `UPDATE patient_links SET superseded_at = $2 WHERE request_id = $1 AND superseded_at IS NULL AND revoked_at IS NULL`,
    [link.requestId, link.at],
  );
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO patient_links (request_id, token_hash, channel, destination, created_by, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [link.requestId, link.tokenHash, link.channel, link.destination, link.createdBy, link.at, link.expiresAt],
  );
  return rows[0]!.id;
}

export async function updateLink(
  tx: Queryable,
  id: string,
  change: Partial<{
    openedAt: Date;
    verifiedAt: Date;
    revokedAt: Date;
    lockedAt: Date;
    feedbackGivenAt: Date;
    dobFailures: number;
  }>,
) {
  const map: Record<string, string> = {
    openedAt: 'opened_at',
    verifiedAt: 'verified_at',
    revokedAt: 'revoked_at',
    lockedAt: 'locked_at',
    feedbackGivenAt: 'feedback_given_at',
    dobFailures: 'dob_failures',
  };
  const entries = Object.entries(change);
  if (!entries.length) return;
  await tx.query(
    `UPDATE patient_links SET ${entries.map(([key], i) => `${map[key]} = $${i + 2}`).join(', ')} WHERE id = $1`,
    [id, ...entries.map(([, value]) => value)],
  );
}

export type PatientSession = {
  sessionId: string;
  linkId: string;
  requestId: string;
  verified: boolean;
  link: PatientLink;
};

export async function insertPatientSession(
  tx: Queryable,
  linkId: string,
  tokenHash: string,
  at: Date,
  expiresAt: Date,
) {
  await tx.query('INSERT INTO patient_sessions (link_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
    linkId,
    tokenHash,
    at,
    expiresAt,
  ]);
}

export async function findPatientSession(db: Queryable, tokenHash: string, now: Date): Promise<PatientSession | null> {
  const { rows } = await db.query<{ sessionId: string; verified: boolean; linkId: string }>(
    `SELECT s.id AS "sessionId", s.verified_at IS NOT NULL AS verified, s.link_id AS "linkId"
     FROM patient_sessions s WHERE s.token_hash = $1 AND s.expires_at > $2`,
    [tokenHash, now],
  );
  const row = rows[0];
  if (!row) return null;
  const link = await findLink(db, row.linkId);
  if (!link || linkUnusable(link, now)) return null;
  return { sessionId: row.sessionId, linkId: row.linkId, requestId: link.requestId, verified: row.verified, link };
}

export async function markSessionVerified(tx: Queryable, sessionId: string, at: Date) {
  await tx.query('UPDATE patient_sessions SET verified_at = $2 WHERE id = $1', [sessionId, at]);
}

/**
 * Records that the patient has done everything the link asked. True only for the call that records it: a link is
 * finished once, so whatever follows from it (telling the referrer) happens once.
 */
export async function markLinkFinished(tx: Queryable, linkId: string, at: Date): Promise<boolean> {
  const { rowCount } = await tx.query(
    'UPDATE patient_links SET finished_at = $2 WHERE id = $1 AND finished_at IS NULL',
    [linkId, at],
  );
  return rowCount === 1;
}

/** The practice of the request, as the patient's pages name it. */
export async function practiceOfRequest(db: Queryable, requestId: string) {
  const { rows } = await db.query<{ id: string; name: string; telephone: string }>(
    'SELECT o.id, o.name, o.telephone FROM requests r JOIN organisations o ON o.id = r.practice_id WHERE r.id = $1',
    [requestId],
  );
  return rows[0]!;
}

/**
 * The names on the patient's pages: their practice, and the service it asked with the service's contact details for
 * patients (its settings: a change shows on the next page the patient opens).
 */
export async function organisationsOfRequest(db: Queryable, requestId: string) {
  const contact = serviceContactSql('s');
  const { rows } = await db.query<{
    practice: string;
    practiceTelephone: string;
    service: string;
    serviceTelephone: string;
    serviceEmail: string;
    serviceOpeningHours: string;
  }>(
    `SELECT pr.name AS practice, pr.telephone AS "practiceTelephone", s.name AS service,
       ${contact.telephone} AS "serviceTelephone", ${contact.email} AS "serviceEmail",
       ${contact.openingHours} AS "serviceOpeningHours"
     FROM requests r JOIN organisations pr ON pr.id = r.practice_id JOIN organisations s ON s.id = r.service_id
     WHERE r.id = $1`,
    [requestId],
  );
  return rows[0]!;
}

/** Where a message to the referrer of the request goes. */
export async function referrerEmailOf(db: Queryable, referrerId: string): Promise<string> {
  const { rows } = await db.query<{ email: string }>('SELECT email FROM users WHERE id = $1', [referrerId]);
  return rows[0]!.email;
}

export type QuestionnaireRow = { answers: Partial<Questionnaire>; completedAt: Date | null };

export async function findQuestionnaire(db: Queryable, requestId: string): Promise<QuestionnaireRow | null> {
  const { rows } = await db.query<QuestionnaireRow>(
    'SELECT answers, completed_at AS "completedAt" FROM questionnaires WHERE request_id = $1',
    [requestId],
  );
  return rows[0] ?? null;
}

/** Saves the answers as they stand; once completed, a questionnaire stays completed (later saves are edits). */
export async function saveQuestionnaireAnswers(
  tx: Queryable,
  requestId: string,
  answers: Partial<Questionnaire>,
  at: Date,
  options: { complete: boolean },
) {
  await tx.query(
    `INSERT INTO questionnaires (request_id, answers, updated_at, completed_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (request_id) DO UPDATE SET answers = $2, updated_at = $3, completed_at = coalesce($4, questionnaires.completed_at)`,
    [requestId, JSON.stringify(answers), at, options.complete ? at : null],
  );
}

/** One feedback response, under the service and the London month only: nothing that leads back to the patient. */
export async function insertFeedbackResponse(tx: Queryable, serviceId: string, at: Date, answers: object) {
  await tx.query(
    `INSERT INTO feedback_responses (service_id, month, answers) VALUES ($1, date_trunc('month', $2::timestamptz AT TIME ZONE 'Europe/London')::date, $3)`,
    [serviceId, at, JSON.stringify(answers)],
  );
}
