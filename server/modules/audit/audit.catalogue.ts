/**
 * A request's move through its lifecycle. A call that moves it writes one
 * row: this one (`request.transitioned`), or the row of what the call did
 * (a message, an outcome, an appointment) with the move in its `transition`.
 */
export type TransitionDetail = { action: string; from: string; to: string; reason?: string };

/** What the service's eligibility rules decided of a request submitted by the call. */
export type EligibilityDetail = { decision: string; firedRules: string[]; ruleSetVersion: number };

/**
 * The call did the last thing the patient's link asked of them: the referrer was told, once, by this outbox
 * message (issue 12 §7b). It rides in the detail of the call's own row.
 */
export type PatientFinishedDetail = { patientFinished: { notificationId: string } };

/**
 * Every action the audit trail records. A discriminated union so that each
 * action carries the record and detail it needs, and nothing else; adding an
 * action means adding it here. One call writes one row (SECURITY.md), so
 * what a call does besides its action goes in that row's detail.
 */
export type AuditEvent =
  | { action: 'auth.signed_in'; recordType: 'session'; recordId: string }
  | { action: 'auth.sign_in_refused'; detail: { email: string; reason: 'credentials' | 'throttled' | 'disabled' } }
  | { action: 'auth.signed_out'; recordType: 'session'; recordId: string }
  | {
      action: 'user.created';
      recordType: 'user';
      recordId: string;
      detail: { organisationId: string; roles: string[] };
    }
  | {
      action: 'user.disabled';
      recordType: 'user';
      recordId: string;
      detail: { sessionsEnded: number; invitationsWithdrawn: number };
    }
  | {
      action: 'user.removed_from_organisation';
      recordType: 'user';
      recordId: string;
      detail: { organisationId: string; sessionsEnded: number };
    }
  | { action: 'user.listed'; detail: { organisationIds: string[]; count: number } }
  | { action: 'user.enabled'; recordType: 'user'; recordId: string }
  | {
      action: 'user.roles_changed';
      recordType: 'user';
      recordId: string;
      detail: { organisationId: string; from: string[]; to: string[] };
    }
  /** An invitation emailed; `replaced` counts earlier invitations to the same person and organisation it withdrew. */
  | {
      action: 'invitation.sent';
      recordType: 'invitation';
      recordId: string;
      detail: { organisationId: string; roles: string[]; replaced: number };
    }
  | { action: 'invitation.withdrawn'; recordType: 'invitation'; recordId: string }
  /** An invitation link refused: unknown (counted against the address), used, withdrawn, expired, or throttled. */
  | {
      action: 'invitation.refused';
      recordType?: 'invitation';
      recordId?: string;
      detail: { reason: 'unknown' | 'accepted' | 'withdrawn' | 'expired' | 'throttled' };
    }
  /** The invited person chose a password: their account was made and a session started, in this one row. */
  | {
      action: 'invitation.accepted';
      recordType: 'user';
      recordId: string;
      detail: { invitationId: string; organisationId: string; roles: string[]; sessionId: string };
    }
  /** A system administrator created a GP practice or a dermatology service (with the services a practice uses). */
  | {
      action: 'organisation.created';
      recordType: 'organisation';
      recordId: string;
      detail: { kind: string; odsCode: string; serviceIds: string[] };
    }
  | {
      action: 'organisation.linked';
      recordType: 'organisation';
      recordId: string;
      detail: { serviceId: string; relationship: string };
    }
  | { action: 'organisation.viewed'; recordType: 'organisation'; recordId: string }
  | { action: 'audit.viewed'; detail: { count: number; filters?: string[] } }
  | { action: 'audit.exported'; detail: { count: number; filters: string[] } }
  /** The service dashboard read, on the page or as one table's CSV, with the period and filters asked for. */
  | {
      action: 'dashboard.viewed';
      recordType: 'organisation';
      recordId: string;
      detail: {
        from: string;
        to: string;
        pathway: string | null;
        practiceId: string | null;
        consultantId: string | null;
        format: 'json' | 'csv';
        table?: string;
      };
    }
  /** The test environment only: the browser tests moved the service's clock forward. */
  | { action: 'test_clock.advanced'; detail: { minutes: number } }
  | { action: 'patient.registered'; recordType: 'patient'; recordId: string; patientId: string }
  | { action: 'patient.found'; recordType: 'patient'; recordId: string; patientId: string }
  /** Another practice registered the same person: this practice's record is marked, never read or changed. */
  | { action: 'patient.registered_elsewhere'; recordType: 'patient'; recordId: string; patientId: string }
  | { action: 'patient.viewed'; recordType: 'patient'; recordId: string; patientId: string }
  | {
      action: 'patient.contact_updated';
      recordType: 'patient';
      recordId: string;
      patientId: string;
      detail: { fields: string[] };
    }
  | { action: 'patient.searched'; detail: { by: 'nhs_number' | 'name_and_date_of_birth'; results: number } }
  | { action: 'search.performed'; detail: { by: 'nhs_number' | 'reference' | 'name'; results: number } }
  | { action: 'request.created'; recordType: 'request'; recordId: string; patientId: string }
  | {
      action: 'request.updated';
      recordType: 'request';
      recordId: string;
      patientId: string;
      /** A save that records a suspected cancer also submits the draft and redirects it. */
      detail: { fields: string[]; transition?: TransitionDetail; eligibility?: EligibilityDetail };
    }
  | { action: 'request.viewed'; recordType: 'request'; recordId: string; patientId: string }
  | { action: 'request.urgent_summary_downloaded'; recordType: 'request'; recordId: string; patientId: string }
  | {
      /** The consultant read the letters an outcome would send; `digest` names that outcome, for the signature. */
      action: 'outcome.letters_previewed';
      recordType: 'request';
      recordId: string;
      patientId: string;
      detail: { digest: string; category: string };
    }
  | { action: 'request.listed'; detail: { count: number; state?: string } }
  | {
      action: 'request.transitioned';
      recordType: 'request';
      recordId: string;
      patientId: string;
      /** A submission records where the rules sent the request, and why. */
      detail: TransitionDetail & { eligibility?: EligibilityDetail };
    }
  | {
      action: 'lesion.added' | 'lesion.updated' | 'lesion.removed';
      recordType: 'lesion';
      recordId: string;
      patientId: string;
    }
  | { action: 'consent.recorded'; recordType: 'consent'; recordId: string; patientId: string }
  /** Consent the patient gave through their link, the last thing it asked of them. */
  | {
      action: 'consent.recorded';
      recordType: 'consent';
      recordId: string;
      patientId: string;
      detail: PatientFinishedDetail;
    }
  | {
      action: 'consent.withdrawn';
      recordType: 'consent';
      recordId: string;
      patientId: string;
      /** The request withdrawn with it, when it was still open. */
      detail: { transition?: TransitionDetail };
    }
  | {
      action: 'message.sent';
      recordType: 'message';
      recordId: string;
      patientId: string;
      /** A question pauses the case with the referrer; the answer sends it back to the worklist. */
      detail: { kind: string; transition?: TransitionDetail };
    }
  | {
      action: 'rule_set.versioned';
      recordType: 'rule_set';
      recordId: string;
      /** effectiveFrom: the instant the version starts deciding requests (ISO 8601). */
      detail: { pathway: string; version: number; effectiveFrom?: string };
    }
  | {
      action: 'service_settings.updated';
      recordType: 'organisation';
      recordId: string;
      detail: Record<string, number | string | number[]>;
    }
  | {
      action: 'image.received';
      recordType: 'image';
      recordId: string;
      patientId: string;
      detail: { bytes: number; format: string; view: string };
    }
  | {
      action: 'image.processed';
      recordType: 'image';
      recordId: string;
      patientId: string;
      detail: { warnings: string[] };
    }
  | { action: 'image.viewed'; recordType: 'image'; recordId: string; patientId: string; detail: { variant: string } }
  | { action: 'image.listed'; recordType: 'request'; recordId: string; patientId: string }
  /** Taken off its request before review, with the reason given: the photograph is kept, shown to no one. */
  | {
      action: 'image.removed';
      recordType: 'image';
      recordId: string;
      patientId: string;
      detail: { reason: string; requestId: string; lesionId: string; view: string; state: string };
    }
  | {
      action: 'outcome.signed' | 'outcome.addendum_signed';
      recordType: 'outcome';
      recordId: string;
      patientId: string;
      detail: {
        category: string | null;
        diagnosisCode: string | null;
        transition?: TransitionDetail;
        /** Advice & Guidance converted into a referral by this outcome: the referral made (hazard H9). */
        convertedTo?: { requestId: string; reference: string; state: string };
      };
    }
  | { action: 'outcome.viewed'; recordType: 'request'; recordId: string; patientId: string }
  | {
      action: 'case.claimed' | 'case.released' | 'case.reassigned';
      recordType: 'request';
      recordId: string;
      patientId: string;
      /** Who holds the case now (null: the worklist), and the request's move, if it moved. */
      detail: { to: string | null; transition?: TransitionDetail };
    }
  | { action: 'worklist.viewed'; detail: { count: number } }
  | { action: 'worklist.history_viewed'; detail: { count: number } }
  | { action: 'letters.made'; recordType: 'outcome'; recordId: string; patientId: string; detail: { letters: number } }
  | {
      action: 'letter.downloaded';
      recordType: 'letter';
      recordId: string;
      patientId: string;
      detail: { audience: string };
    }
  | { action: 'plan_template.saved'; recordType: 'organisation'; recordId: string; detail: { diagnosisCode: string } }
  | {
      action: 'plan_template.retired' | 'plan_template.restored';
      recordType: 'organisation';
      recordId: string;
      detail: { diagnosisCode: string };
    }
  | {
      action: 'leaflets.saved';
      recordType: 'organisation';
      recordId: string;
      detail: { diagnosisCode: string; count: number };
    }
  | {
      action: 'patient_link.sent';
      recordType: 'patient_link';
      recordId: string;
      patientId: string;
      detail: { channel: string };
    }
  | { action: 'patient_link.revoked'; recordType: 'patient_link'; recordId: string; patientId: string }
  | {
      action: 'patient_link.opened' | 'patient_link.verified' | 'patient_link.locked';
      recordType: 'patient_link';
      recordId: string;
      patientId: string;
    }
  | {
      action: 'patient_link.refused';
      recordType: 'patient_link';
      recordId: string | undefined;
      detail: { reason: string };
    }
  | {
      action: 'patient.viewed_own_request' | 'patient.questionnaire_saved' | 'patient.letter_downloaded';
      recordType: 'request';
      recordId: string;
      patientId: string;
    }
  /** The questionnaire the patient finished was the last thing their link asked of them. */
  | {
      action: 'patient.questionnaire_saved';
      recordType: 'request';
      recordId: string;
      patientId: string;
      detail: PatientFinishedDetail;
    }
  /**
   * The photo the patient sent was the last thing their link asked of them. Its own row: the photo's row
   * (`image.received`) is written by the images module, which knows nothing of links.
   */
  | {
      action: 'patient_link.finished';
      recordType: 'patient_link';
      recordId: string;
      patientId: string;
      detail: PatientFinishedDetail;
    }
  | { action: 'feedback.received'; recordType: 'organisation'; recordId: string }
  | { action: 'clinic_site.created' | 'clinic_site.updated'; recordType: 'clinic_site'; recordId: string }
  | {
      action: 'clinic_session.created' | 'clinic_session.cancelled' | 'clinic_session.viewed';
      recordType: 'clinic_session';
      recordId: string;
      detail: { siteId: string; appointmentsCancelled?: number };
    }
  | { action: 'booking_queue.viewed' | 'clinic_day.viewed'; detail: { count: number } }
  | {
      action:
        | 'appointment.booked'
        | 'appointment.moved'
        | 'appointment.cancelled'
        | 'appointment.did_not_attend'
        | 'appointment.arrived'
        | 'appointment.questionnaire_confirmed'
        | 'appointment.capture_completed'
        | 'appointment.viewed'
        | 'appointment.listed';
      recordType: 'appointment';
      recordId: string;
      patientId: string;
      detail?: {
        requestId: string;
        slotId?: string;
        reason?: string;
        by?: string;
        result?: string;
        transition?: TransitionDetail;
      };
    }
  | {
      action: 'letter.made';
      recordType: 'letter';
      recordId: string;
      patientId: string;
      detail: { kind: 'appointment' | 'returned'; audience: 'patient' | 'referrer' };
    }
  | {
      /** A case reached its due day, or passed its response target: the service was told (hazard H10). */
      action: 'request.escalated';
      recordType: 'request';
      recordId: string;
      patientId: string;
      detail: { stage: 'due' | 'breached'; cause: string };
    }
  | {
      action: 'appointment.reminder_sent';
      recordType: 'appointment';
      recordId: string;
      patientId: string;
      detail: { workingDaysBefore: number; channel: 'email' | 'sms' };
    }
  /** A member of staff read their notification centre (references only, no patient details). */
  | { action: 'notification.listed'; detail: { count: number; unread: number } }
  /** A member of staff opened one of their notifications, or marked it read. */
  | {
      action: 'notification.read';
      recordType: 'notification';
      recordId: string;
      detail: { requestId: string; wasUnread: boolean };
    }
  | { action: 'notification.all_read'; detail: { count: number } }
  | {
      action: 'access.denied';
      recordType?: string;
      recordId?: string;
      patientId?: string;
      detail: { route: string; reason: 'role' | 'scope' | 'csrf' };
    };

export type AuditAction = AuditEvent['action'];

/** Actions that record a refusal rather than something done. */
const deniedActions: ReadonlySet<AuditAction> = new Set([
  'auth.sign_in_refused',
  'access.denied',
  'invitation.refused',
]);

export function outcomeOf(action: AuditAction): 'allowed' | 'denied' {
  return deniedActions.has(action) ? 'denied' : 'allowed';
}
