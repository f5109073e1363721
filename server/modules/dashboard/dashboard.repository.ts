import type { Queryable } from '../../db/database.ts';
import type { OutcomeCategory } from '../../../shared/outcome-categories.ts';
import type { RequestKind } from '../../../shared/request-content.ts';

/**
 * The dashboard's SQL (docs/measures.md defines every figure). The counting statements count one service's requests
 * and months at the grain the dashboard keeps (migration 0017, month-facts.ts); the others are read as they are now.
 * Every statement is scoped to one service by its first parameter.
 */
export type Months = { serviceId: string; start: Date; end: Date };
/** The same months by name, 'YYYY-MM', for what is kept by month. */
export type MonthRange = { serviceId: string; firstMonth: string; lastMonth: string };

const london = `'Europe/London'`;
const monthOf = (instant: string) => `to_char(${instant} AT TIME ZONE ${london}, 'YYYY-MM')`;

/**
 * Counts received requests one by one and keeps their counts (dashboard_requests): the month received (London time),
 * pathway, practice, urgency, who signed the outcome, the decision at intake and the rules that refused it, the
 * photographs (processed, not removed, with a quality warning), and whether it was sent back for better photographs.
 * Either the requests named (after a change; a request that no longer counts, for example converted or moved to
 * another service, loses its row) or every request received between two instants.
 *
 * A referral made by converting Advice & Guidance was received as the Advice & Guidance request: it has no row.
 */
export async function countRequests(
  tx: Queryable,
  q: { serviceId: string } & ({ requestIds: string[] } | { start: Date; end: Date }),
): Promise<void> {
  const byId = 'requestIds' in q;
  if (byId) {
    if (q.requestIds.length === 0) return;
    await tx.query('DELETE FROM dashboard_requests WHERE service_id = $1 AND request_id = ANY($2)', [
      q.serviceId,
      q.requestIds,
    ]);
  }
  await tx.query(
    `INSERT INTO dashboard_requests (request_id, service_id, month, kind, practice_id, urgent, consultant_id, decision,
       fired_rules, photographs, kept_photographs, warned_photographs, returned)
     SELECT r.id, r.service_id, date_trunc('month', r.submitted_at AT TIME ZONE ${london})::date, r.kind, r.practice_id,
            r.urgency = 'urgent',
            (SELECT o.signed_by FROM outcomes o WHERE o.request_id = r.id AND o.kind = 'outcome'),
            r.eligibility->>'decision',
            CASE WHEN r.eligibility->>'decision' = 'not_accepted'
                 THEN ARRAY(SELECT jsonb_array_elements_text(coalesce(r.eligibility->'firedRules', '[]'::jsonb)))
                 ELSE '{}' END,
            i.processed, i.kept, i.warned,
            EXISTS (SELECT 1 FROM messages m WHERE m.request_id = r.id AND m.kind = 'photo_request')
     FROM requests r
     CROSS JOIN LATERAL (
       SELECT count(*) AS processed, count(*) FILTER (WHERE i.removed_at IS NULL) AS kept,
              count(*) FILTER (WHERE jsonb_array_length(coalesce(i.quality->'warnings', '[]'::jsonb)) > 0) AS warned
       FROM images i WHERE i.request_id = r.id AND i.state = 'ready') i
     WHERE r.service_id = $1 AND r.submitted_at IS NOT NULL AND r.converted_from IS NULL
       AND ${byId ? 'r.id = ANY($2)' : 'r.submitted_at >= $2 AND r.submitted_at < $3'}
     ORDER BY r.id
     ON CONFLICT (request_id) DO UPDATE SET service_id = excluded.service_id, month = excluded.month,
       kind = excluded.kind, practice_id = excluded.practice_id, urgent = excluded.urgent,
       consultant_id = excluded.consultant_id, decision = excluded.decision, fired_rules = excluded.fired_rules,
       photographs = excluded.photographs, kept_photographs = excluded.kept_photographs,
       warned_photographs = excluded.warned_photographs, returned = excluded.returned`,
    byId ? [q.serviceId, q.requestIds] : [q.serviceId, q.start, q.end],
  );
}

export type ReceivedRow = {
  month: string;
  kind: RequestKind;
  practiceId: string;
  consultantId: string | null;
  received: number;
  urgent: number;
  withPhotographs: number;
  redirectedAtIntake: number;
  notAccepted: number;
  photographs: number;
  photographsWithWarning: number;
  returnedForPhotographs: number;
};

/** The months' received requests, added up from their kept counts by pathway, practice and consultant. */
export async function countReceived(db: Queryable, q: MonthRange): Promise<ReceivedRow[]> {
  const { rows } = await db.query<ReceivedRow>(
    `SELECT to_char(month, 'YYYY-MM') AS month, kind, practice_id AS "practiceId", consultant_id AS "consultantId",
            count(*)::int AS received,
            count(*) FILTER (WHERE urgent)::int AS urgent,
            count(*) FILTER (WHERE kept_photographs > 0)::int AS "withPhotographs",
            count(*) FILTER (WHERE decision = 'redirect_urgent_cancer')::int AS "redirectedAtIntake",
            count(*) FILTER (WHERE decision = 'not_accepted')::int AS "notAccepted",
            coalesce(sum(photographs), 0)::int AS photographs,
            coalesce(sum(warned_photographs), 0)::int AS "photographsWithWarning",
            count(*) FILTER (WHERE returned)::int AS "returnedForPhotographs"
     FROM dashboard_requests
     WHERE service_id = $1 AND month BETWEEN ($2 || '-01')::date AND ($3 || '-01')::date
     GROUP BY month, kind, practice_id, consultant_id`,
    [q.serviceId, q.firstMonth, q.lastMonth],
  );
  return rows;
}

/** Requests not accepted at intake in the months, by pathway, practice and each rule that refused them. */
export async function countRefused(db: Queryable, q: MonthRange) {
  const { rows } = await db.query<{
    month: string;
    kind: RequestKind;
    practiceId: string;
    rule: string;
    requests: number;
  }>(
    `SELECT to_char(month, 'YYYY-MM') AS month, kind, practice_id AS "practiceId", rule, count(*)::int AS requests
     FROM dashboard_requests CROSS JOIN LATERAL unnest(fired_rules) rule
     WHERE service_id = $1 AND month BETWEEN ($2 || '-01')::date AND ($3 || '-01')::date
       AND decision = 'not_accepted'
     GROUP BY 1, 2, 3, 4`,
    [q.serviceId, q.firstMonth, q.lastMonth],
  );
  return rows;
}

export type AnsweredRow = {
  month: string;
  kind: RequestKind;
  practiceId: string;
  consultantId: string;
  /** Set on the rows by category, null on the rows by turnaround. */
  category: OutcomeCategory | null;
  /** Set on the rows by turnaround (null there when the calendar does not reach back to when it was ready). */
  days: number | null;
  byCategory: boolean;
  outcomes: number;
  withinTarget: number;
};

/**
 * Outcomes signed in the months, by pathway, practice and consultant, counted twice over: by category (with how many
 * were within target: signed by the due time, which the clock's pauses have moved on), and by turnaround.
 *
 * `calendar` numbers the working days from `first` (see workingDayNumbers): the turnaround is the working days from
 * ready for review to signing, less the working days of every pause (information requested until answered), as the
 * due date is moved on by them.
 */
export async function countAnswered(
  db: Queryable,
  q: Months,
  calendar: { first: string; numbers: number[] },
): Promise<AnsweredRow[]> {
  const day = (instant: string) => `($4::int[])[(${instant} AT TIME ZONE ${london})::date - $5::date + 1]`;
  const { rows } = await db.query<AnsweredRow>(
    `SELECT month, kind, practice_id AS "practiceId", signed_by AS "consultantId", category, turnaround AS days,
            grouping(turnaround) = 1 AS "byCategory", count(*)::int AS outcomes,
            count(*) FILTER (WHERE within_target)::int AS "withinTarget"
     FROM (SELECT ${monthOf('o.signed_at')} AS month, r.kind, r.practice_id, o.signed_by, o.category,
                  coalesce(o.signed_at <= r.due_at, false) AS within_target,
                  ${day('o.signed_at')} - ${day('r.ready_for_review_at')} - coalesce((
                    SELECT sum(${day('p.ended')} - ${day('p.at')})
                    FROM (SELECT t.to_state, t.at, lead(t.at) OVER (ORDER BY t.id) AS ended
                          FROM request_transitions t
                          WHERE t.request_id = r.id AND 'information_requested' IN (t.from_state, t.to_state)) p
                    WHERE p.to_state = 'information_requested' AND p.ended IS NOT NULL), 0) AS turnaround
           FROM outcomes o JOIN requests r ON r.id = o.request_id
           WHERE o.kind = 'outcome' AND o.signed_at >= $2 AND o.signed_at < $3 AND r.service_id = $1) a
     GROUP BY GROUPING SETS ((month, kind, practice_id, signed_by, category),
                             (month, kind, practice_id, signed_by, turnaround))`,
    [q.serviceId, q.start, q.end, calendar.numbers, calendar.first],
  );
  return rows;
}

/**
 * Slots at the sites of the clinics that provide for the service, by month of the slot's start: available (in a
 * session not cancelled, and not taken by another service's patient) and used by this service's patients.
 */
export async function countSlots(db: Queryable, q: Months) {
  const { rows } = await db.query<{ month: string; available: number; used: number }>(
    `SELECT month, count(*) FILTER (WHERE NOT other)::int AS available, count(*) FILTER (WHERE ours)::int AS used
     FROM (SELECT ${monthOf('sl.starts_at')} AS month,
                  EXISTS (SELECT 1 FROM appointments a JOIN requests r ON r.id = a.request_id
                          WHERE a.slot_id = sl.id AND a.status IN ('booked', 'attended', 'did_not_attend')
                            AND r.service_id = $1) AS ours,
                  EXISTS (SELECT 1 FROM appointments a JOIN requests r ON r.id = a.request_id
                          WHERE a.slot_id = sl.id AND a.status IN ('booked', 'attended', 'did_not_attend')
                            AND r.service_id <> $1) AS other
           FROM clinic_slots sl
           JOIN clinic_sessions cs ON cs.id = sl.session_id AND cs.cancelled_at IS NULL
           JOIN clinic_sites st ON st.id = cs.site_id
           JOIN organisation_links l ON l.organisation_id = st.clinic_id AND l.relationship = 'clinic_provider'
           WHERE l.service_id = $1 AND sl.starts_at >= $2 AND sl.starts_at < $3) s
     GROUP BY month`,
    [q.serviceId, q.start, q.end],
  );
  return rows;
}

/**
 * The service's patients' appointments by month of the slot's start: attended, did not attend, cancelled by the
 * patient or by the service (one by one or with their session); and sessions cancelled at its clinics' sites.
 */
export async function countAppointments(db: Queryable, q: Months) {
  const { rows } = await db.query<{
    month: string;
    attended: number;
    didNotAttend: number;
    cancelledByPatient: number;
    cancelledByService: number;
    sessionsCancelled: number;
  }>(
    `SELECT month,
            count(*) FILTER (WHERE status = 'attended')::int AS attended,
            count(*) FILTER (WHERE status = 'did_not_attend')::int AS "didNotAttend",
            count(*) FILTER (WHERE status = 'cancelled' AND ended_by = 'patient')::int AS "cancelledByPatient",
            count(*) FILTER (WHERE status = 'cancelled' AND ended_by IS DISTINCT FROM 'patient')::int AS "cancelledByService",
            count(*) FILTER (WHERE status = 'session_cancelled')::int AS "sessionsCancelled"
     FROM (SELECT ${monthOf('sl.starts_at')} AS month, a.status, a.ended_by
           FROM appointments a JOIN requests r ON r.id = a.request_id JOIN clinic_slots sl ON sl.id = a.slot_id
           WHERE r.service_id = $1 AND sl.starts_at >= $2 AND sl.starts_at < $3
           UNION ALL
           SELECT ${monthOf('cs.starts_at')}, 'session_cancelled', NULL
           FROM clinic_sessions cs JOIN clinic_sites st ON st.id = cs.site_id
           JOIN organisation_links l ON l.organisation_id = st.clinic_id AND l.relationship = 'clinic_provider'
           WHERE l.service_id = $1 AND cs.cancelled_at IS NOT NULL AND cs.starts_at >= $2 AND cs.starts_at < $3) a
     GROUP BY month`,
    [q.serviceId, q.start, q.end],
  );
  return rows;
}

export type OpenRow = { kind: RequestKind; withService: number; paused: number; pastTarget: number };

/**
 * The service's cases open now, by pathway: with the service (clock running), waiting on the referrer or patient
 * (clock paused), and past their due time with the clock running. With a consultant: the cases they hold.
 */
export async function openNow(
  db: Queryable,
  q: { serviceId: string; pathway: RequestKind | null; practiceId: string | null; consultantId: string | null },
  now: Date,
) {
  const { rows } = await db.query<OpenRow>(
    `SELECT r.kind,
            count(*) FILTER (WHERE r.state IN ('ready_for_review', 'in_review'))::int AS "withService",
            count(*) FILTER (WHERE r.state = 'information_requested')::int AS paused,
            count(*) FILTER (WHERE r.state IN ('ready_for_review', 'in_review') AND r.due_at < $5)::int AS "pastTarget"
     FROM requests r
     WHERE r.service_id = $1 AND r.state IN ('ready_for_review', 'in_review', 'information_requested')
       AND ($2::text IS NULL OR r.kind = $2) AND ($3::uuid IS NULL OR r.practice_id = $3)
       AND ($4::uuid IS NULL OR r.claimed_by = $4)
     GROUP BY r.kind`,
    [q.serviceId, q.pathway, q.practiceId, q.consultantId, now],
  );
  return rows;
}

/** Friends and Family Test answers given in the period's months, by month and answer. */
export async function friendsAndFamilyAnswers(db: Queryable, q: { serviceId: string; from: string; to: string }) {
  const { rows } = await db.query<{ month: string; answer: string; responses: number }>(
    `SELECT to_char(month, 'YYYY-MM') AS month, coalesce(answers->>'friendsAndFamily', '') AS answer,
            count(*)::int AS responses
     FROM feedback_responses
     WHERE service_id = $1 AND month >= ($2 || '-01')::date AND month <= ($3 || '-01')::date
     GROUP BY 1, 2`,
    [q.serviceId, q.from, q.to],
  );
  return rows;
}

/** The practices the service serves. */
export async function practicesOf(db: Queryable, serviceId: string) {
  const { rows } = await db.query<{ id: string; name: string }>(
    `SELECT o.id, o.name FROM organisation_links l JOIN organisations o ON o.id = l.organisation_id
     WHERE l.service_id = $1 AND l.relationship = 'serves_practice' ORDER BY o.name, o.id`,
    [serviceId],
  );
  return rows;
}

/** The service's consultants (disabled ones too: their past work is still the service's). */
export async function consultantsOf(db: Queryable, serviceId: string) {
  const { rows } = await db.query<{ id: string; name: string }>(
    `SELECT u.id, u.display_name AS name FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.organisation_id = $1 AND 'consultant' = ANY (m.roles) ORDER BY u.display_name, u.id`,
    [serviceId],
  );
  return rows;
}

/** Names of organisations or users that appear in the figures without being listed above (moved on since). */
export async function namesOf(db: Queryable, table: 'organisations' | 'users', ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const column = table === 'users' ? 'display_name' : 'name';
  const { rows } = await db.query<{ id: string; name: string }>(
    `SELECT id, ${column} AS name FROM ${table} WHERE id = ANY($1)`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The descriptions of the service's eligibility rules by rule id, from the latest version that has the rule. */
export async function ruleDescriptions(db: Queryable, serviceId: string): Promise<Map<string, string>> {
  const { rows } = await db.query<{ id: string; description: string }>(
    `SELECT DISTINCT ON (rule->>'id') rule->>'id' AS id, rule->>'description' AS description
     FROM rule_sets s CROSS JOIN LATERAL jsonb_array_elements(s.rules) rule
     WHERE s.service_id = $1 ORDER BY rule->>'id', s.created_at DESC, s.version DESC`,
    [serviceId],
  );
  return new Map(rows.map((r) => [r.id, r.description]));
}
