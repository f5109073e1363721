import { describe, expect, it } from 'vitest';
import { generateSlots, milesBetween, nearness, orderOffers } from './slots.ts';

describe('slot generation', () => {
  it('fills a session back to back and never runs past its end', () => {
    const slots = generateSlots({
      startsAt: new Date('2026-12-01T09:00:00Z'),
      endsAt: new Date('2026-12-01T10:10:00Z'),
      slotMinutes: 20,
    });
    expect(slots.map((s) => s.startsAt.toISOString().slice(11, 16))).toEqual(['09:00', '09:20', '09:40']);
    expect(slots.at(-1)!.endsAt.toISOString()).toBe('2026-12-01T10:00:00.000Z');
  });

  it('gives none for a session shorter than a slot, and refuses a zero slot length', () => {
    expect(
      generateSlots({
        startsAt: new Date('2026-12-01T09:00:00Z'),
        endsAt: new Date('2026-12-01T09:10:00Z'),
        slotMinutes: 15,
      }),
    ).toEqual([]);
    expect(() => generateSlots({ startsAt: new Date(), endsAt: new Date(), slotMinutes: 0 })).toThrow(RangeError);
  });
});

describe('the district rule, for postcodes the data set lacks', () => {
  it.each([
    ['NV1 4DE', 'NV1 9ZZ', 0],
    ['NV1 4DE', 'NV2 7RP', 2],
    ['NV1 4DE', 'NV6 2HS', 6],
    ['NV1 4DE', 'SW1A 1AA', 1_000],
  ])('%s to %s is %i', (patient, site, expected) => {
    expect(nearness(patient, site)).toBe(expected);
  });
});

describe('distance in a straight line (haversine)', () => {
  const london = { latitude: 51.5074, longitude: -0.1278 };
  const manchester = { latitude: 53.4808, longitude: -2.2426 };

  it('is about 163 miles from London to Manchester, the same both ways', () => {
    expect(milesBetween(london, manchester)).toBeCloseTo(162.8, 1);
    expect(milesBetween(manchester, london)).toBe(milesBetween(london, manchester));
  });

  it('is 0 from a place to itself, 69.09 miles for a degree of latitude, and half the Earth at the antipode', () => {
    expect(milesBetween(london, london)).toBe(0);
    expect(milesBetween({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 })).toBeCloseTo(69.09, 2);
    expect(milesBetween({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(
      Math.PI * 3958.7613,
      6,
    );
  });

  it('goes the short way across the 180th meridian, and a degree of longitude shrinks away from the equator', () => {
    const east = { latitude: 51.5, longitude: 179.9 };
    const west = { latitude: 51.5, longitude: -179.9 };
    expect(milesBetween(east, west)).toBeCloseTo(8.6, 1);
    expect(milesBetween({ latitude: 60, longitude: 0 }, { latitude: 60, longitude: 1 })).toBeCloseTo(34.5, 1);
  });
});

describe('the order offers come in', () => {
  // The demo's fictional postcodes (server/seed/demo-postcodes.csv).
  const places = {
    'NV6 3DA': { latitude: 54.005, longitude: -1.282 },
    'NV6 3DB': { latitude: 54.006, longitude: -1.28 },
    'NV3 1NG': { latitude: 54.021, longitude: -1.502 },
    'NV2 7RQ': { latitude: 53.9795, longitude: -1.494 },
  } as const;
  const site = (id: string, postcode: string, located = true) => ({
    id,
    name: `${id} site`,
    postcode,
    location: located ? (places[postcode as keyof typeof places] ?? null) : null,
  });
  const easton = site('easton', 'NV6 3DB');
  const northgate = site('northgate', 'NV3 1NG');
  const quayside = site('quayside', 'NV2 7RQ');
  const unlocated = site('unlocated', 'NV6 3DB', false);
  const at = (iso: string) => new Date(iso);
  const slot = (id: string, where: typeof easton, startsAt: string) => ({ id, site: where, startsAt: at(startsAt) });

  it('offers the site 0.1 miles away before the one 9 miles away (the reported NV6 3DA case)', () => {
    // The reported case: a patient at NV6 3DA was offered Easton (NV6) last, as "further away".
    const ordered = orderOffers({ postcode: 'NV6 3DA', location: places['NV6 3DA'] }, [
      slot('northgate-9am', northgate, '2026-12-07T09:00:00Z'),
      slot('easton-1pm', easton, '2026-12-07T13:30:00Z'),
    ]);
    expect(ordered.map((o) => [o.id, o.distanceMiles, o.nearness])).toEqual([
      ['easton-1pm', 0.1, 'same district'],
      ['northgate-9am', 9, 'nearby'],
    ]);
  });

  it('goes by date first, then nearest site, then the earliest time, whatever order the slots come in', () => {
    const ordered = orderOffers({ postcode: 'NV2 7RP', location: { latitude: 53.979, longitude: -1.495 } }, [
      slot('easton-tue', easton, '2026-12-08T13:30:00Z'),
      slot('northgate-tue-10', northgate, '2026-12-08T10:00:00Z'),
      slot('northgate-tue-9', northgate, '2026-12-08T09:00:00Z'),
      slot('quayside-tue-4pm', quayside, '2026-12-08T16:00:00Z'),
      slot('easton-mon', easton, '2026-12-07T13:30:00Z'),
      slot('quayside-wed', quayside, '2026-12-09T09:00:00Z'),
    ]);
    expect(ordered.map((o) => o.id)).toEqual([
      'easton-mon',
      'quayside-tue-4pm',
      'northgate-tue-9',
      'northgate-tue-10',
      'easton-tue',
      'quayside-wed',
    ]);
    expect(ordered.map((o) => o.distanceMiles)).toEqual([8.9, 0.1, 2.9, 2.9, 8.9, 0.1]);
  });

  it('takes dates in London: a slot at 23:30 UTC in summer is on the next day', () => {
    const ordered = orderOffers({ postcode: 'NV6 3DA', location: places['NV6 3DA'] }, [
      slot('easton-next-morning', easton, '2026-07-07T23:30:00Z'),
      slot('northgate-same-evening', northgate, '2026-07-07T18:00:00Z'),
    ]);
    expect(ordered.map((o) => o.id)).toEqual(['northgate-same-evening', 'easton-next-morning']);
  });

  it('falls back to the district rule for a patient’s postcode the data set lacks, and claims no distance', () => {
    const ordered = orderOffers({ postcode: 'NV3 9XX', location: null }, [
      slot('easton', easton, '2026-12-07T09:00:00Z'),
      slot('quayside', quayside, '2026-12-07T10:00:00Z'),
      slot('northgate', northgate, '2026-12-07T11:00:00Z'),
      slot('elsewhere', site('elsewhere', 'SW1A 1AA', false), '2026-12-07T08:00:00Z'),
    ]);
    expect(ordered.map((o) => [o.id, o.distanceMiles, o.nearness])).toEqual([
      ['northgate', null, 'same district'],
      ['quayside', null, 'nearby'],
      ['easton', null, 'nearby'],
      ['elsewhere', null, 'further'],
    ]);
  });

  it('puts a site the data set lacks after the sites whose distance is known, by the district rule', () => {
    const ordered = orderOffers({ postcode: 'NV6 3DA', location: places['NV6 3DA'] }, [
      slot('unlocated', unlocated, '2026-12-07T09:00:00Z'),
      slot('northgate', northgate, '2026-12-07T10:00:00Z'),
    ]);
    expect(ordered.map((o) => [o.id, o.distanceMiles, o.nearness])).toEqual([
      ['northgate', 9, 'nearby'],
      ['unlocated', null, 'same district'],
    ]);
  });
});
