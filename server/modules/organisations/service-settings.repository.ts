import type { Queryable } from '../../db/database.ts';

export const didNotAttendRules = ['offer_once_more', 'return_to_referrer'] as const;
export type DidNotAttendRule = (typeof didNotAttendRules)[number];

export type ServiceSettings = {
  adviceTargetWorkingDays: number;
  referralTargetWorkingDays: number;
  /** After a did-not-attend: offer one more appointment first, or return the request to the referrer at once. */
  didNotAttendRule: DidNotAttendRule;
  /** Appointment reminders, in working days before the appointment's day. */
  reminderWorkingDays: number[];
};

export const defaultServiceSettings: ServiceSettings = {
  adviceTargetWorkingDays: 2,
  referralTargetWorkingDays: 3,
  didNotAttendRule: 'offer_once_more',
  reminderWorkingDays: [3, 1],
};

/** A service's settings; the defaults until an admin changes them. */
export async function serviceSettings(db: Queryable, serviceId: string): Promise<ServiceSettings> {
  const { rows } = await db.query<ServiceSettings>(
    `SELECT advice_target_working_days AS "adviceTargetWorkingDays", referral_target_working_days AS "referralTargetWorkingDays",
       did_not_attend_rule AS "didNotAttendRule", reminder_working_days AS "reminderWorkingDays"
     FROM service_settings WHERE service_id = $1`,
    [serviceId],
  );
  return rows[0] ?? defaultServiceSettings;
}

export async function saveServiceSettings(tx: Queryable, serviceId: string, settings: ServiceSettings) {
  await tx.query(
    `INSERT INTO service_settings (service_id, advice_target_working_days, referral_target_working_days,
       did_not_attend_rule, reminder_working_days)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (service_id) DO UPDATE SET advice_target_working_days = $2, referral_target_working_days = $3,
       did_not_attend_rule = $4, reminder_working_days = $5`,
    [
      serviceId,
      settings.adviceTargetWorkingDays,
      settings.referralTargetWorkingDays,
      settings.didNotAttendRule,
      settings.reminderWorkingDays,
    ],
  );
}
