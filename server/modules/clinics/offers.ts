import type { Queryable } from '../../db/database.ts';
import type { RequestRow } from '../requests/requests.repository.ts';
import { openSlots } from './clinics.repository.ts';
import { nearness, orderOffers } from './slots.ts';

/** How far ahead appointments are offered. */
const offerDays = 90;
/** The earliest slots of each site that are offered, so the nearest site's many slots do not hide the rest. */
const perSite = 8;

const nearnessWords = (score: number): 'same district' | 'nearby' | 'further' =>
  score === 0 ? 'same district' : score < 1_000 ? 'nearby' : 'further';

/** Open slots for a request's patient: nearest sites first by postcode district, then the earliest. */
export async function offersFor(
  db: Queryable,
  options: { request: RequestRow; at: Date; limit: number; excludeSlotId?: string | null },
) {
  const { rows } = await db.query<{ postcode: string }>('SELECT postcode FROM patients WHERE id = $1', [
    options.request.patientId,
  ]);
  const postcode = rows[0]!.postcode;
  const open = await openSlots(db, {
    serviceId: options.request.serviceId,
    requestId: options.request.id,
    after: options.at,
    until: new Date(options.at.getTime() + offerDays * 86_400_000),
    perSite,
    excludeSlotId: options.excludeSlotId ?? null,
  });
  return orderOffers(postcode, open)
    .slice(0, options.limit)
    .map(({ sitePostcode, ...offer }) => ({ ...offer, nearness: nearnessWords(nearness(postcode, sitePostcode)) }));
}
