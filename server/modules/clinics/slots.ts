import { postcodeDistrict } from '../patients/patient-validation.ts';

/** The slots of a session: back to back from its start, each `minutes` long, none running past its end. */
export function generateSlots(session: {
  startsAt: Date;
  endsAt: Date;
  slotMinutes: number;
}): { startsAt: Date; endsAt: Date }[] {
  if (session.slotMinutes <= 0) throw new RangeError('slot length must be positive');
  const slots: { startsAt: Date; endsAt: Date }[] = [];
  const length = session.slotMinutes * 60_000;
  for (let start = session.startsAt.getTime(); start + length <= session.endsAt.getTime(); start += length) {
    slots.push({ startsAt: new Date(start), endsAt: new Date(start + length) });
  }
  return slots;
}

/**
 * How near a site is to a patient, by postcode: the same district first
 * (NV1 with NV1), then the same area (NV with NV) with the nearest district
 * number, then everything else. Without geocoding this is the order a clerk
 * would use; it never claims a distance.
 */
export function nearness(patientPostcode: string, sitePostcode: string): number {
  const patient = postcodeDistrict(patientPostcode);
  const site = postcodeDistrict(sitePostcode);
  if (!patient || !site) return Number.MAX_SAFE_INTEGER;
  if (patient === site) return 0;
  const split = (district: string) => /^([A-Z]{1,2})(\d{1,2})/.exec(district);
  const p = split(patient);
  const s = split(site);
  if (p && s && p[1] === s[1]) return 1 + Math.abs(Number(p[2]) - Number(s[2]));
  return 1_000;
}

/** Open slots ordered as a clerk offers them: nearest site first, then the earliest. */
export function orderOffers<T extends { sitePostcode: string; startsAt: Date }>(
  patientPostcode: string,
  offers: T[],
): T[] {
  return [...offers].sort(
    (a, b) =>
      nearness(patientPostcode, a.sitePostcode) - nearness(patientPostcode, b.sitePostcode) ||
      a.startsAt.getTime() - b.startsAt.getTime(),
  );
}
