import type { Queryable } from '../../db/database.ts';

export type ServiceSettings = { adviceTargetWorkingDays: number; referralTargetWorkingDays: number };

/** A service's settings; defaults (A&G 2 working days, referral 3) until an admin changes them. */
export async function serviceSettings(db: Queryable, serviceId: string): Promise<ServiceSettings> {
  const { rows } = await db.query<ServiceSettings>(
    `SELECT advice_target_working_days AS "adviceTargetWorkingDays", referral_target_working_days AS "referralTargetWorkingDays"
     FROM service_settings WHERE service_id = $1`,
    [serviceId],
  );
  return rows[0] ?? { adviceTargetWorkingDays: 2, referralTargetWorkingDays: 3 };
}

export async function saveServiceSettings(tx: Queryable, serviceId: string, settings: ServiceSettings) {
  await tx.query(
    `INSERT INTO service_settings (service_id, advice_target_working_days, referral_target_working_days)
     VALUES ($1, $2, $3)
     ON CONFLICT (service_id) DO UPDATE SET advice_target_working_days = $2, referral_target_working_days = $3`,
    [serviceId, settings.adviceTargetWorkingDays, settings.referralTargetWorkingDays],
  );
}
