import { describe, expect, it } from 'vitest';
import { generateSlots, nearness, orderOffers } from './slots.ts';

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

describe('nearest sites first', () => {
  it.each([
    ['NV1 4DE', 'NV1 9ZZ', 0],
    ['NV1 4DE', 'NV2 7RP', 2],
    ['NV1 4DE', 'NV6 2HS', 6],
    ['NV1 4DE', 'SW1A 1AA', 1_000],
  ])('%s to %s is %i', (patient, site, expected) => {
    expect(nearness(patient, site)).toBe(expected);
  });

  it('orders offers by nearness, then the earliest', () => {
    const offers = [
      { id: 'far-early', sitePostcode: 'NV6 2HS', startsAt: new Date('2026-12-01T09:00:00Z') },
      { id: 'near-late', sitePostcode: 'NV1 9ZZ', startsAt: new Date('2026-12-03T09:00:00Z') },
      { id: 'near-early', sitePostcode: 'NV1 2AB', startsAt: new Date('2026-12-02T09:00:00Z') },
      { id: 'other-area', sitePostcode: 'SW1A 1AA', startsAt: new Date('2026-11-30T09:00:00Z') },
    ];
    expect(orderOffers('NV1 4DE', offers).map((o) => o.id)).toEqual([
      'near-early',
      'near-late',
      'far-early',
      'other-area',
    ]);
  });
});
