import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../db/database.ts';
import { demoPostcodesFile } from '../../seed/demo.ts';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { caller, draftRequest } from '../../testing/intake.ts';
import { buildTestApp, signInAs, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { loadPostcodes } from './load-postcodes.ts';
import { mondayOf } from './offers.ts';

type Offer = {
  slotId: string;
  startsAt: string;
  site: { id: string; name: string };
  distanceMiles: number | null;
  nearness: string;
};
type OfferPage = {
  offers: Offer[];
  week: { from: string; to: string } | null;
  weeks: { from: string; to: string; open: number }[];
  patientLocated: boolean;
};

let t: TestApp;
let serviceId: string;
let gp: SignedIn;
let clerk: SignedIn;
let easton: string;
let northgate: string;
const call = (user: SignedIn) => caller(t.app, user);

async function clinicReferral(postcode: string) {
  const draft = await draftRequest(t.app, gp, serviceId, { photography: 'clinic', postcode });
  const submitted = await call(gp)('POST', `/api/requests/${draft.id}/submit`);
  expect(submitted.json().state).toBe('awaiting_images');
  return draft;
}

async function offerPage(requestId: string, week?: string): Promise<OfferPage> {
  const response = await call(clerk)('GET', `/api/requests/${requestId}/slot-offers${week ? `?week=${week}` : ''}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** London dates: the test clock starts on Monday 23 November 2026 at 09:00, GMT. */
const day = (offer: Offer) => offer.startsAt.slice(0, 10);

let practiceName: string;

beforeAll(async () => {
  t = await buildTestApp();
  await withTransaction(t.db.pool, (tx) => loadPostcodes(tx, { file: demoPostcodesFile, at: t.clock.now() }));
  const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  practiceName = practice.name;
  await t.db.pool.query("UPDATE organisations SET telephone = '01632 960123' WHERE id = $1", [practice.id]);
  const clinic = await buildOrganisation(t.db.pool, { kind: 'community_clinic' });
  serviceId = service.id;
  await linkOrganisations(t.db.pool, service.id, practice.id);
  await linkOrganisations(t.db.pool, service.id, clinic.id, 'clinic_provider');
  const referrer = await buildUser(t.db.pool, { organisationId: practice.id, roles: ['referrer'] });
  const booker = await buildUser(t.db.pool, { organisationId: service.id, roles: ['booking_clerk'] });
  const photographer = await buildUser(t.db.pool, { organisationId: clinic.id, roles: ['photographer'] });
  gp = await signInAs(t.app, referrer.email, referrer.password);
  clerk = await signInAs(t.app, booker.email, booker.password);
  const site = async (name: string, postcode: string) => {
    const response = await call(clerk)('POST', '/api/clinic-sites', {
      clinicId: clinic.id,
      name,
      address: name,
      postcode,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  // The demo's two sites, 9 miles apart.
  easton = await site('Easton Community Diagnostic Centre', 'NV6 3DB');
  northgate = await site('Northgate Health Centre', 'NV3 1NG');
  // Mornings at Northgate, afternoons at Easton, for two weeks; three 20-minute slots a session.
  const dates = ['2026-11-24', '2026-11-25', '2026-12-01', '2026-12-02'];
  for (const date of dates) {
    for (const [siteId, start, end] of [
      [northgate, '09:00', '10:00'],
      [easton, '13:30', '14:30'],
    ] as const) {
      const response = await call(clerk)('POST', '/api/clinic-sessions', {
        siteId,
        date,
        start,
        end,
        slotMinutes: 20,
        photographerIds: [photographer.id],
      });
      expect(response.statusCode, response.body).toBe(201);
    }
  }
});
afterAll(() => t.close());

describe('offers by distance', () => {
  it('gives a patient at NV6 3DA the Easton site first on each day, 0.1 miles away, then Northgate at 9 miles', async () => {
    const request = await clinicReferral('NV6 3DA');
    const page = await offerPage(request.id);
    expect(page.patientLocated).toBe(true);
    expect(page.week).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(page.offers.map((o) => [day(o), o.site.id, o.distanceMiles])).toEqual([
      ...Array(3).fill(['2026-11-24', easton, 0.1]),
      ...Array(3).fill(['2026-11-24', northgate, 9]),
      ...Array(3).fill(['2026-11-25', easton, 0.1]),
      ...Array(3).fill(['2026-11-25', northgate, 9]),
    ]);
    // Within a site, the earliest first.
    const eastonTimes = page.offers.filter((o) => day(o) === '2026-11-24' && o.site.id === easton);
    expect(eastonTimes.map((o) => o.startsAt.slice(11, 16))).toEqual(['13:30', '13:50', '14:10']);
  });

  it('falls back to the district rule for a postcode the data set lacks, and claims no distance', async () => {
    const request = await clinicReferral('NV3 9XX');
    const page = await offerPage(request.id);
    expect(page.patientLocated).toBe(false);
    expect(page.offers.slice(0, 4).map((o) => [day(o), o.site.id, o.distanceMiles, o.nearness])).toEqual([
      ...Array(3).fill(['2026-11-24', northgate, null, 'same district']),
      ['2026-11-24', easton, null, 'nearby'],
    ]);
  });

  it('offers every open slot, a week at a time, and lists the weeks with how many are open', async () => {
    const request = await clinicReferral('NV2 7RP');
    const first = await offerPage(request.id);
    expect(first.weeks).toEqual([
      { from: '2026-11-23', to: '2026-11-29', open: 12 },
      { from: '2026-11-30', to: '2026-12-06', open: 12 },
    ]);
    expect(first.offers).toHaveLength(12);
    const second = await offerPage(request.id, '2026-12-04');
    expect(second.week).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(second.offers.map(day)).toEqual([...Array(6).fill('2026-12-01'), ...Array(6).fill('2026-12-02')]);
    // A booked slot is offered to nobody else; the week's count says so.
    expect(
      (
        await call(clerk)('POST', `/api/requests/${request.id}/appointments`, {
          slotId: second.offers[0]!.slotId,
          channel: 'email',
        })
      ).statusCode,
    ).toBe(201);
    const other = await clinicReferral('NV2 7RP');
    const after = await offerPage(other.id, '2026-12-01');
    expect(after.weeks[1]!.open).toBe(11);
    expect(after.offers.map((o) => o.slotId)).not.toContain(second.offers[0]!.slotId);
  });

  it('takes weeks from Monday to Sunday', () => {
    expect(['2026-11-30', '2026-12-02', '2026-12-06'].map(mondayOf)).toEqual([
      '2026-11-30',
      '2026-11-30',
      '2026-11-30',
    ]);
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });
});

describe("the patient's contact details, for the booking clerk", () => {
  it('gives the mobile number, email address and postcode, and audits the read', async () => {
    const request = await clinicReferral('NV6 3DA');
    const response = await call(clerk)('GET', `/api/requests/${request.id}/patient-contact`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      mobile: '+447700900123',
      email: 'ada@example.com',
      postcode: 'NV6 3DA',
      // Only the practice that keeps the record may change it: the clerk is told whom to ask.
      practice: { name: practiceName, telephone: '01632 960123' },
    });
    const { rows } = await t.db.pool.query(
      `SELECT action, record_id AS "recordId" FROM audit_events WHERE patient_id = $1 ORDER BY seq DESC LIMIT 1`,
      [request.patientId],
    );
    expect(rows[0]).toEqual({ action: 'patient.viewed', recordId: request.patientId });
  });

  it('is not found for a clerk of another service', async () => {
    const request = await clinicReferral('NV6 3DA');
    const elsewhere = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
    const stranger = await buildUser(t.db.pool, { organisationId: elsewhere.id, roles: ['booking_clerk'] });
    const otherClerk = await signInAs(t.app, stranger.email, stranger.password);
    expect((await call(otherClerk)('GET', `/api/requests/${request.id}/patient-contact`)).statusCode).toBe(404);
  });
});

describe('the patient choosing another time', () => {
  it('sees every other open time by week, by distance from their postcode, and not their own', async () => {
    const request = await clinicReferral('NV6 3DA');
    const booked = (
      await call(clerk)('POST', `/api/requests/${request.id}/appointments`, {
        slotId: (await offerPage(request.id)).offers[0]!.slotId,
        channel: 'email',
      })
    ).json();
    const { rows } = await t.db.pool.query<{ body_text: string }>(
      `SELECT body_text FROM outbox WHERE request_id = $1 AND body_text LIKE '%/p/%' ORDER BY created_at DESC LIMIT 1`,
      [request.id],
    );
    const token = /\/p\/([A-Za-z0-9_-]{43})/.exec(rows[0]!.body_text)![1]!;
    const opened = await t.app.inject({ url: `/p/${token}` });
    const cookie = opened.cookies.find((c) => c.name === 'telederm_patient')!;
    const headers: Record<string, string> = { cookie: `telederm_patient=${cookie.value}` };
    headers['x-csrf-token'] = (await t.app.inject({ url: '/api/patient/session', headers })).json().csrfToken;
    await t.app.inject({ method: 'POST', url: '/api/patient/verify', headers, payload: { dateOfBirth: '1970-05-17' } });

    const mine = (await t.app.inject({ url: '/api/patient/appointment', headers })).json();
    expect(mine.appointment.id).toBe(booked.id);
    expect(mine.patientLocated).toBe(true);
    expect(mine.week.from).toBe('2026-11-23');
    expect(mine.offers.map((o: Offer) => o.slotId)).not.toContain(booked.slotId);
    expect(mine.offers[0]).toMatchObject({ distanceMiles: 0.1, site: { id: easton } });
    const later = (await t.app.inject({ url: '/api/patient/appointment?week=2026-12-01', headers })).json();
    expect(later.week).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(later.offers.every((o: Offer) => day(o) >= '2026-12-01')).toBe(true);
    const moved = await t.app.inject({
      method: 'POST',
      url: '/api/patient/appointment/move',
      headers,
      payload: { slotId: later.offers.at(-1).slotId },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().appointment.startsAt).toBe(later.offers.at(-1).startsAt);
  });
});
