import type { Queryable } from '../../db/database.ts';

export const didNotAttendRules = ['offer_once_more', 'return_to_referrer'] as const;
export type DidNotAttendRule = (typeof didNotAttendRules)[number];

/** The longest grace a service may set before a did-not-attend can be recorded: four hours. */
export const maxDidNotAttendGraceMinutes = 240;

export type ServiceSettings = {
  adviceTargetWorkingDays: number;
  referralTargetWorkingDays: number;
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

export const defaultServiceSettings: ServiceSettings = {
  adviceTargetWorkingDays: 2,
  referralTargetWorkingDays: 3,
  didNotAttendRule: 'offer_once_more',
  reminderWorkingDays: [3, 1],
  didNotAttendGraceMinutes: 15,
};

/**
 * SQL for the instant from which an appointment can be recorded as did not attend: its slot's start plus the
 * grace of its service (the default when the service has no settings). `startsAt` and `serviceId` are the SQL
 * expressions of the slot's start and the request's service, for example `s.starts_at` and `r.service_id`.
 */
export function didNotAttendFromSql(startsAt: string, serviceId: string): string {
  return `${startsAt} + make_interval(mins => coalesce((SELECT ss.did_not_attend_grace_minutes FROM service_settings ss
    WHERE ss.service_id = ${serviceId}), ${defaultServiceSettings.didNotAttendGraceMinutes}))`;
}

/** A service's settings; the defaults until an admin changes them. */
export async function serviceSettings(db: Queryable, serviceId: string): Promise<ServiceSettings> {
  const { rows } = await db.query<ServiceSettings>(
    `SELECT advice_target_working_days AS "adviceTargetWorkingDays", referral_target_working_days AS "referralTargetWorkingDays",
       did_not_attend_rule AS "didNotAttendRule", reminder_working_days AS "reminderWorkingDays",
       did_not_attend_grace_minutes AS "didNotAttendGraceMinutes"
     FROM service_settings WHERE service_id = $1`,
    [serviceId],
  );
  return rows[0] ?? defaultServiceSettings;
}

export async function saveServiceSettings(tx: Queryable, serviceId: string, settings: ServiceSettings) {
  await tx.query(
    `INSERT INTO service_settings (service_id, advice_target_working_days, referral_target_working_days,
       did_not_attend_rule, reminder_working_days, did_not_attend_grace_minutes)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (service_id) DO UPDATE SET advice_target_working_days = $2, referral_target_working_days = $3,
       did_not_attend_rule = $4, reminder_working_days = $5, did_not_attend_grace_minutes = $6`,
    [
      serviceId,
      settings.adviceTargetWorkingDays,
      settings.referralTargetWorkingDays,
      settings.didNotAttendRule,
      settings.reminderWorkingDays,
      settings.didNotAttendGraceMinutes,
    ],
  );
}
