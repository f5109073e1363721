import type { Queryable } from '../../db/database.ts';
import { addCalendarDays, atLondonTime } from '../../working-days.ts';
import type { RequestRow } from '../requests/index.ts';
import { openSlots, openWeeks, patientPlace } from './booking.repository.ts';
import { orderOffers } from './slots.ts';

/** How far ahead appointments are offered. */
const offerDays = 90;

/** The Monday (a London date) of the week a London date falls in. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return addCalendarDays(date, -((weekday + 6) % 7));
}

/**
 * Every open slot for a request's patient in one week, with the weeks that have any: a week is the unit a
 * clerk or patient chooses, and keeps the answer small however many sessions there are. The week is the one
 * `week` falls in, or the first with an open slot. Offers come by date, nearest site first within a date
 * (straight-line distance from the postcode data set, else the postcode district rule), then the earliest.
 */
export async function offersFor(
  db: Queryable,
  options: { request: RequestRow; at: Date; week?: string | undefined; excludeSlotId?: string | null },
) {
  const patient = await patientPlace(db, options.request.patientId);
  const window = {
    serviceId: options.request.serviceId,
    requestId: options.request.id,
    after: options.at,
    until: new Date(options.at.getTime() + offerDays * 86_400_000),
    excludeSlotId: options.excludeSlotId ?? null,
  };
  const weeks = (await openWeeks(db, window)).map((w) => ({
    from: w.from,
    to: addCalendarDays(w.from, 6),
    open: w.open,
  }));
  const from = options.week ? mondayOf(options.week) : weeks[0]?.from;
  const located = patient.location !== null;
  if (!from) return { offers: [], week: null, weeks, patientLocated: located };
  const weekStarts = atLondonTime(from, '00:00');
  const weekEnds = atLondonTime(addCalendarDays(from, 7), '00:00');
  const open = await openSlots(db, {
    ...window,
    after: new Date(Math.max(window.after.getTime(), weekStarts.getTime() - 1)),
    until: new Date(Math.min(window.until.getTime(), weekEnds.getTime())),
  });
  const offers = orderOffers(
    patient,
    open.map(({ siteLocation, ...slot }) => ({ ...slot, site: { ...slot.site, location: siteLocation } })),
  ).map(({ site: { location: _location, ...site }, ...offer }) => ({ ...offer, site }));
  return { offers, week: { from, to: addCalendarDays(from, 6) }, weeks, patientLocated: located };
}
