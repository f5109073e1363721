import type { Queryable } from '../../db/database.ts';
import type { RequestKind, Urgency } from '../../../shared/request-content.ts';

export const didNotAttendRules = ['offer_once_more', 'return_to_referrer'] as const;
export type DidNotAttendRule = (typeof didNotAttendRules)[number];

/** The longest grace a service may set before a did-not-attend can be recorded: four hours. */
export const maxDidNotAttendGraceMinutes = 240;

/** Whom a patient contacts at the service: printed on every letter and shown on the patient's pages. */
export type ServiceContact = {
  /** Never empty once set: a patient must always have a number to call (hazard: a patient stranded). */
  contactTelephone: string;
  /** Empty when the service gives patients no email address. */
  contactEmail: string;
  /** When the telephone line is answered, in words ("Monday to Friday, 9am to 5pm"); may be empty. */
  openingHours: string;
};

export type ServiceSettings = ServiceContact & {
  adviceTargetWorkingDays: number;
  referralTargetWorkingDays: number;
  /** Targets for urgent requests: no longer than the routine ones (see organisations.routes.ts). */
  urgentAdviceTargetWorkingDays: number;
  urgentReferralTargetWorkingDays: number;
  /** After a did-not-attend: offer one more appointment first, or return the request to the referrer at once. */
  didNotAttendRule: DidNotAttendRule;
  /** Appointment reminders, in working days before the appointment's day. */
  reminderWorkingDays: number[];
  /**
   * Minutes after an appointment starts before it can be recorded as did not attend, for a patient running late.
   * Never before the start: a patient told "we missed you" before their appointment may not come (hazard H11).
   */
  didNotAttendGraceMinutes: number;
};

/** The settings a service has until its admin changes them (the contact details come from its organisation). */
export const defaultServiceSettings: Omit<ServiceSettings, keyof ServiceContact> = {
  adviceTargetWorkingDays: 2,
  referralTargetWorkingDays: 3,
  urgentAdviceTargetWorkingDays: 2,
  urgentReferralTargetWorkingDays: 3,
  didNotAttendRule: 'offer_once_more',
  reminderWorkingDays: [3, 1],
  didNotAttendGraceMinutes: 15,
};

/**
 * The response target of a request, in working days from when it is first ready for review: by its pathway and its
 * urgency. The one place the targets are chosen; `applyTransition` starts the clock with it.
 */
export function responseTargetWorkingDays(
  settings: Pick<
    ServiceSettings,
    | 'adviceTargetWorkingDays'
    | 'referralTargetWorkingDays'
    | 'urgentAdviceTargetWorkingDays'
    | 'urgentReferralTargetWorkingDays'
  >,
  request: { kind: RequestKind; urgency: Urgency },
): number {
  const urgent = request.urgency === 'urgent';
  if (request.kind === 'advice_and_guidance') {
    return urgent ? settings.urgentAdviceTargetWorkingDays : settings.adviceTargetWorkingDays;
  }
  return urgent ? settings.urgentReferralTargetWorkingDays : settings.referralTargetWorkingDays;
}

/**
 * SQL for the instant from which an appointment can be recorded as did not attend: its slot's start plus the
 * grace of its service (the default when the service has no settings). `startsAt` and `serviceId` are the SQL
 * expressions of the slot's start and the request's service, for example `s.starts_at` and `r.service_id`.
 */
export function didNotAttendFromSql(startsAt: string, serviceId: string): string {
  return `${startsAt} + make_interval(mins => coalesce((SELECT ss.did_not_attend_grace_minutes FROM service_settings ss
    WHERE ss.service_id = ${serviceId}), ${defaultServiceSettings.didNotAttendGraceMinutes}))`;
}

/**
 * SQL expressions for a service's contact details as letters and patient pages print them, given the SQL of its
 * organisation row's alias (for example `s`): the settings where the admin has set them, else the organisation's own
 * telephone and email. The one place that choice is made.
 */
export function serviceContactSql(service: string): { telephone: string; email: string; openingHours: string } {
  const setting = (column: string) =>
    `(SELECT ss.${column} FROM service_settings ss WHERE ss.service_id = ${service}.id)`;
  return {
    telephone: `coalesce(${setting('contact_telephone')}, ${service}.telephone)`,
    email: `coalesce(${setting('contact_email')}, ${service}.email)`,
    openingHours: `coalesce(${setting('opening_hours')}, '')`,
  };
}

/** A service's contact details for patients (`serviceContactSql` as a value). */
export async function serviceContact(db: Queryable, serviceId: string): Promise<ServiceContact> {
  const sql = serviceContactSql('s');
  const { rows } = await db.query<ServiceContact>(
    `SELECT ${sql.telephone} AS "contactTelephone", ${sql.email} AS "contactEmail", ${sql.openingHours} AS "openingHours"
     FROM organisations s WHERE s.id = $1`,
    [serviceId],
  );
  return rows[0] ?? { contactTelephone: '', contactEmail: '', openingHours: '' };
}

/** A service's settings; the defaults until an admin changes them. */
export async function serviceSettings(db: Queryable, serviceId: string): Promise<ServiceSettings> {
  const { rows } = await db.query<Omit<ServiceSettings, keyof ServiceContact>>(
    `SELECT advice_target_working_days AS "adviceTargetWorkingDays", referral_target_working_days AS "referralTargetWorkingDays",
       urgent_advice_target_working_days AS "urgentAdviceTargetWorkingDays",
       urgent_referral_target_working_days AS "urgentReferralTargetWorkingDays",
       did_not_attend_rule AS "didNotAttendRule", reminder_working_days AS "reminderWorkingDays",
       did_not_attend_grace_minutes AS "didNotAttendGraceMinutes"
     FROM service_settings WHERE service_id = $1`,
    [serviceId],
  );
  return { ...(rows[0] ?? defaultServiceSettings), ...(await serviceContact(db, serviceId)) };
}

/** Saves a service's settings whole; contact details left out are kept as they were. */
export async function saveServiceSettings(
  tx: Queryable,
  serviceId: string,
  settings: Omit<ServiceSettings, keyof ServiceContact> & Partial<ServiceContact>,
) {
  await tx.query(
    `INSERT INTO service_settings (service_id, advice_target_working_days, referral_target_working_days,
       urgent_advice_target_working_days, urgent_referral_target_working_days,
       did_not_attend_rule, reminder_working_days, did_not_attend_grace_minutes,
       contact_telephone, contact_email, opening_hours)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, coalesce($11, ''))
     ON CONFLICT (service_id) DO UPDATE SET advice_target_working_days = $2, referral_target_working_days = $3,
       urgent_advice_target_working_days = $4, urgent_referral_target_working_days = $5,
       did_not_attend_rule = $6, reminder_working_days = $7, did_not_attend_grace_minutes = $8,
       contact_telephone = coalesce($9, service_settings.contact_telephone),
       contact_email = coalesce($10, service_settings.contact_email),
       opening_hours = coalesce($11, service_settings.opening_hours)`,
    [
      serviceId,
      settings.adviceTargetWorkingDays,
      settings.referralTargetWorkingDays,
      settings.urgentAdviceTargetWorkingDays,
      settings.urgentReferralTargetWorkingDays,
      settings.didNotAttendRule,
      settings.reminderWorkingDays,
      settings.didNotAttendGraceMinutes,
      settings.contactTelephone ?? null,
      settings.contactEmail ?? null,
      settings.openingHours ?? null,
    ],
  );
}
