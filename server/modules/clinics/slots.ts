import { londonDate } from '../../working-days.ts';
import { postcodeDistrict } from '../patients/index.ts';

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
 * number, then everything else. The order a clerk would use without a
 * location; it never claims a distance. Used only where the postcode data set
 * lacks the patient's postcode or the site's.
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

export type Nearness = 'same district' | 'nearby' | 'further';

/** The district rule's score in words a clerk can say to a patient. */
export const nearnessWords = (score: number): Nearness =>
  score === 0 ? 'same district' : score < 1_000 ? 'nearby' : 'further';

/** A point on the Earth, in degrees (WGS84, as the ONS Postcode Directory gives them). */
export type Location = { latitude: number; longitude: number };

/** The Earth's mean radius in miles (6,371.0088 km, the IUGG mean radius). */
const earthRadiusMiles = 3958.7613;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * The distance between two places in a straight line over the Earth's surface, in miles, by the haversine
 * formula. Roads are longer: wherever the service shows it, it says "in a straight line". On a sphere the
 * error against the true ellipsoid is under 0.5%, far below what a postcode's centre point already blurs.
 */
export function milesBetween(a: Location, b: Location): number {
  const dLatitude = radians(b.latitude - a.latitude);
  const dLongitude = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLatitude / 2) ** 2 +
    Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLongitude / 2) ** 2;
  // Rounding can carry h a hair above 1 for points on opposite sides of the Earth.
  return 2 * earthRadiusMiles * Math.asin(Math.sqrt(Math.min(1, h)));
}

/** A place known by its postcode, and by where it is when the postcode data set has the postcode. */
export type Placed = { postcode: string; location: Location | null };

/** An open slot as offered: how far its site is from the patient (when both are located), and its district rule. */
export type RankedOffer<T> = T & { distanceMiles: number | null; nearness: Nearness };

/**
 * Open slots in the order they are offered: by London date; within a date, nearest site first, then the
 * earliest time. Nearest means the shortest straight-line distance when the patient's postcode and the site
 * are both in the postcode data set (to a tenth of a mile, as shown); a site that is not comes after those
 * that are, by the district rule; and when the patient's postcode is not in the data set, every site goes by
 * the district rule.
 */
export function orderOffers<T extends { startsAt: Date; site: Placed & { id: string; name: string } }>(
  patient: Placed,
  offers: T[],
): RankedOffer<T>[] {
  const ranked = offers.map((offer) => {
    const distance =
      patient.location && offer.site.location ? milesBetween(patient.location, offer.site.location) : null;
    const district = nearness(patient.postcode, offer.site.postcode);
    return {
      offer: {
        ...offer,
        distanceMiles: distance === null ? null : Math.round(distance * 10) / 10,
        nearness: nearnessWords(district),
      },
      date: londonDate(offer.startsAt),
      // Located sites before the rest; among them by distance, among the rest by the district rule.
      group: distance === null ? 1 : 0,
      score: distance ?? district,
    };
  });
  return ranked
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        a.group - b.group ||
        a.score - b.score ||
        a.offer.site.name.localeCompare(b.offer.site.name) ||
        a.offer.site.id.localeCompare(b.offer.site.id) ||
        a.offer.startsAt.getTime() - b.offer.startsAt.getTime(),
    )
    .map((r) => r.offer);
}
