import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { caller, draftRequest, markImagesComplete, openPatientLinkAs } from '../../testing/intake.ts';
import { signOutcome } from '../../testing/review.ts';
import { as, buildTestApp, signInAs, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { addWorkingDays } from '../../working-days.ts';
import { lettersWorker } from '../letters/make-letters-job.ts';
import { returnedLetterFacts } from '../letters/letters.repository.ts';
import { diagnoses } from '../review/diagnoses.ts';

/**
 * A service's response targets, clinic rules and contact details for patients (issue 13 §1): a target changed by the
 * service's admin sets the due date of the next request and of no earlier one (urgent and routine apart); contact
 * details changed reach the next letter and the patient's page; nothing else changes them.
 */
let t: TestApp;
let serviceId: string;
let otherServiceId: string;
const accounts: Record<string, { email: string; password: string }> = {};

const seborrhoeic = diagnoses.find((d) => /seborrh?oeic keratosis/i.test(d.term))!;

beforeAll(async () => {
  t = await buildTestApp(
    {},
    {
      workers: ({ config, pool, clock, blobs }) => [
        lettersWorker({ pool, clock, blobs, publicOrigin: config.publicOrigin }),
      ],
    },
  );
  const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service', name: 'Vale Dermatology' });
  const other = await buildOrganisation(t.db.pool, { kind: 'dermatology_service', name: 'Other Dermatology' });
  const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice', name: 'Brook Surgery' });
  await linkOrganisations(t.db.pool, service.id, practice.id);
  serviceId = service.id;
  otherServiceId = other.id;
  // The organisation's own details, as the demo data and services made before these settings have them.
  await t.db.pool.query(
    `UPDATE organisations SET telephone = '01632 960100', email = 'derm@vale.example' WHERE id = $1`,
    [serviceId],
  );
  accounts['admin'] = await buildUser(t.db.pool, { organisationId: serviceId, roles: ['service_admin'] });
  accounts['otherAdmin'] = await buildUser(t.db.pool, { organisationId: otherServiceId, roles: ['service_admin'] });
  accounts['consultant'] = await buildUser(t.db.pool, {
    organisationId: serviceId,
    roles: ['consultant'],
    displayName: 'Dr Ann Able',
  });
  accounts['clerk'] = await buildUser(t.db.pool, { organisationId: serviceId, roles: ['booking_clerk'] });
  accounts['gp'] = await buildUser(t.db.pool, { organisationId: practice.id, roles: ['referrer'] });
  accounts['bothAdmin'] = await buildUser(t.db.pool, {
    organisationId: serviceId,
    roles: ['service_admin'],
    also: [{ organisationId: otherServiceId, roles: ['service_admin'] }],
  });
});
afterAll(async () => {
  await t.close();
});

/** Signed in afresh on every call: the tests move the clock by days. */
const as_ = async (who: string): Promise<SignedIn> => signInAs(t.app, accounts[who]!.email, accounts[who]!.password);
const call = async (who: string) => caller(t.app, await as_(who));
const settingsOf = (id: string) => `/api/services/${id}/settings`;

const targets = {
  adviceTargetWorkingDays: 2,
  referralTargetWorkingDays: 3,
  didNotAttendRule: 'offer_once_more',
  reminderWorkingDays: [3, 1],
  didNotAttendGraceMinutes: 15,
};

/** A request submitted by the referrer, its photographs complete now: its response-target clock starts now. */
async function readyRequest(
  options: { kind?: 'referral' | 'advice_and_guidance'; urgency?: 'routine' | 'urgent' } = {},
) {
  const gp = await as_('gp');
  const { id } = await draftRequest(t.app, gp, serviceId, {
    kind: options.kind ?? 'referral',
    urgency: options.urgency ?? 'routine',
  });
  const submitted = await caller(t.app, gp)('POST', `/api/requests/${id}/submit`);
  expect(submitted.json().state, submitted.body).toBe('awaiting_images');
  await markImagesComplete(t.db.pool, id, t.clock.now());
  return id;
}

const dueOf = async (requestId: string) =>
  (await (await call('gp'))('GET', `/api/requests/${requestId}`)).json().dueAt as string;
const dueIn = (workingDays: number) => addWorkingDays(t.clock.now(), workingDays).toISOString();

describe('response targets', () => {
  it('start as today’s: 2 working days for Advice & Guidance and 3 for referrals, urgent or routine alike', async () => {
    const settings = (await (await call('admin'))('GET', settingsOf(otherServiceId))).statusCode;
    expect(settings).toBe(404);
    const got = (await (await call('admin'))('GET', settingsOf(serviceId))).json();
    expect(got).toMatchObject({
      adviceTargetWorkingDays: 2,
      referralTargetWorkingDays: 3,
      urgentAdviceTargetWorkingDays: 2,
      urgentReferralTargetWorkingDays: 3,
    });
  });

  it('a changed target sets the due date of the next request, urgent and routine apart, and moves no earlier one', async () => {
    t.clock.set('2026-11-23T09:00:00Z'); // a Monday
    const routineBefore = await readyRequest();
    const urgentBefore = await readyRequest({ urgency: 'urgent' });
    expect(await dueOf(routineBefore)).toBe(dueIn(3));
    expect(await dueOf(urgentBefore)).toBe(dueIn(3));

    const saved = await (
      await call('admin')
    )('PUT', settingsOf(serviceId), {
      ...targets,
      referralTargetWorkingDays: 5,
      urgentReferralTargetWorkingDays: 1,
      adviceTargetWorkingDays: 4,
      urgentAdviceTargetWorkingDays: 2,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ referralTargetWorkingDays: 5, urgentReferralTargetWorkingDays: 1 });

    t.clock.set('2026-11-24T10:00:00Z'); // the Tuesday
    const routineAfter = await readyRequest();
    const urgentAfter = await readyRequest({ urgency: 'urgent' });
    const adviceAfter = await readyRequest({ kind: 'advice_and_guidance' });
    const urgentAdviceAfter = await readyRequest({ kind: 'advice_and_guidance', urgency: 'urgent' });
    expect(await dueOf(routineAfter)).toBe(dueIn(5));
    expect(await dueOf(urgentAfter)).toBe(dueIn(1));
    expect(await dueOf(adviceAfter)).toBe(dueIn(4));
    expect(await dueOf(urgentAdviceAfter)).toBe(dueIn(2));
    // Tuesday + 5 working days is the Tuesday after; + 1 is Wednesday: the two are told apart.
    expect((await dueOf(routineAfter)).slice(0, 10)).toBe('2026-12-01');
    expect((await dueOf(urgentAfter)).slice(0, 10)).toBe('2026-11-25');

    // Requests already waiting keep the due date they were given.
    t.clock.set('2026-11-23T09:00:00Z');
    expect(await dueOf(routineBefore)).toBe(dueIn(3));
    expect(await dueOf(urgentBefore)).toBe(dueIn(3));
  });

  it('leaving out the urgent targets keeps them, shortened to a shorter routine one: never a longer urgent wait', async () => {
    const admin = await call('admin');
    const saved = await admin('PUT', settingsOf(serviceId), { ...targets, referralTargetWorkingDays: 7 });
    expect(saved.statusCode, saved.body).toBe(200);
    // The urgent targets set above stay (referral 1, A&G 2); below, the urgent A&G one is cut to a shorter routine one.
    expect(saved.json()).toMatchObject({ referralTargetWorkingDays: 7, urgentReferralTargetWorkingDays: 1 });
    const shorter = await admin('PUT', settingsOf(serviceId), {
      ...targets,
      adviceTargetWorkingDays: 1,
      urgentReferralTargetWorkingDays: 3,
    });
    expect(shorter.json()).toMatchObject({ adviceTargetWorkingDays: 1, urgentAdviceTargetWorkingDays: 1 });
    expect(shorter.json().urgentReferralTargetWorkingDays).toBe(3);
  });
});

describe('invalid settings', () => {
  it.each([
    [
      'an urgent target longer than the routine one',
      { referralTargetWorkingDays: 3, urgentReferralTargetWorkingDays: 5 },
      'urgentReferralTargetWorkingDays',
      'The urgent referral target cannot be longer than the routine one (3 working days)',
    ],
    [
      'a target of 0',
      { adviceTargetWorkingDays: 0 },
      'adviceTargetWorkingDays',
      'The routine Advice & Guidance target must be at least 1 working day',
    ],
    [
      'a target left empty',
      { referralTargetWorkingDays: null },
      'referralTargetWorkingDays',
      'Enter the routine referral target as a number of working days',
    ],
    [
      'half a day',
      { referralTargetWorkingDays: 2.5 },
      'referralTargetWorkingDays',
      'Enter the routine referral target as a whole number of working days',
    ],
    [
      'a grace of five hours',
      { didNotAttendGraceMinutes: 300 },
      'didNotAttendGraceMinutes',
      'The grace period must be 240 minutes (4 hours) or fewer',
    ],
    [
      'a reminder of 0 days',
      { reminderWorkingDays: [3, 0] },
      'reminderWorkingDays.1',
      'A reminder must be at least 1 working day before the appointment',
    ],
    [
      'no telephone number',
      { contactTelephone: '  ' },
      'contactTelephone',
      'Enter the telephone number patients should call',
    ],
    [
      'a telephone number that is not one',
      { contactTelephone: 'call reception' },
      'contactTelephone',
      'Enter a UK telephone number, like 01632 960 100',
    ],
    [
      'an email address that is not one',
      { contactEmail: 'dermatology at vale' },
      'contactEmail',
      'Enter an email address in the correct format, like dermatology@example.nhs.uk',
    ],
    [
      'opening hours on two lines',
      { openingHours: 'Monday to Friday\n9am to 5pm' },
      'openingHours',
      'Write the opening hours on one line',
    ],
  ])('%s: refused (400) in words, naming the field, and nothing changed', async (_what, change, field, message) => {
    const admin = await call('admin');
    const before = (await admin('GET', settingsOf(serviceId))).body;
    const refused = await admin('PUT', settingsOf(serviceId), { ...targets, ...change });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().errors).toContainEqual({ field, message });
    expect((await admin('GET', settingsOf(serviceId))).body).toBe(before);
  });
});

describe('who may change them', () => {
  it('only an admin of that service: another service’s admin gets 404 (recorded); its consultants and clerks 403', async () => {
    const before = (await (await call('admin'))('GET', settingsOf(serviceId))).body;
    const change = { ...targets, referralTargetWorkingDays: 1, contactTelephone: '01632 960000' };
    const outsider = await (await call('otherAdmin'))('PUT', settingsOf(serviceId), change);
    expect(outsider.statusCode).toBe(404);
    expect(outsider.body).not.toContain('01632 960100');
    expect((await (await call('otherAdmin'))('GET', settingsOf(serviceId))).statusCode).toBe(404);
    for (const who of ['consultant', 'clerk', 'gp']) {
      expect((await (await call(who))('PUT', settingsOf(serviceId), change)).statusCode, who).toBe(403);
    }
    expect((await (await call('admin'))('GET', settingsOf(serviceId))).body).toBe(before);
    const { rows } = await t.db.pool.query(
      `SELECT 1 FROM audit_events WHERE action = 'access.denied' AND record_id = $1`,
      [serviceId],
    );
    expect(rows.length).toBeGreaterThan(0);
  });

  it('an admin of two services changes each, one at a time', async () => {
    const both = await call('bothAdmin');
    expect(
      (await both('PUT', settingsOf(otherServiceId), { ...targets, referralTargetWorkingDays: 9 })).statusCode,
    ).toBe(200);
    expect((await both('GET', settingsOf(otherServiceId))).json().referralTargetWorkingDays).toBe(9);
    expect((await both('GET', settingsOf(serviceId))).json().referralTargetWorkingDays).not.toBe(9);
  });
});

describe('contact details for patients', () => {
  const pdfText = async (url: string, user: SignedIn) => {
    const pdf = await t.app.inject({ url, headers: as(user) });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await extractText(await getDocumentProxy(new Uint8Array(pdf.rawPayload)), { mergePages: true })).text;
    return text.replace(/\s+/g, ' ');
  };

  /** Signs an outcome on a ready request and answers the text of its letters once made, by audience. */
  async function lettersOf(requestId: string) {
    const consultant = await as_('consultant');
    const { version } = (await caller(t.app, consultant)('POST', `/api/requests/${requestId}/claim`)).json();
    const signed = await signOutcome(caller(t.app, consultant), requestId, {
      version,
      category: 'discharge_with_advice',
      diagnosisCode: seborrhoeic.code,
      differentials: [],
      plan: seborrhoeic.planTemplate,
      medicines: [],
    });
    expect(signed.statusCode, signed.body).toBe(200);
    const gp = await as_('gp');
    const detail = await vi.waitFor(
      async () => {
        const found = (await caller(t.app, gp)('GET', `/api/requests/${requestId}`)).json();
        expect(found.letters?.length ?? 0, 'letters made').toBeGreaterThanOrEqual(2);
        return found as { letters: { url: string; audience: string }[] };
      },
      { timeout: 20_000, interval: 100 },
    );
    const texts: Record<string, string> = {};
    for (const letter of detail.letters) texts[letter.audience] = await pdfText(letter.url, gp);
    return texts;
  }

  it('are the organisation’s own until the admin sets them; then the next letters and the patient’s page give the new ones', async () => {
    t.clock.set('2026-11-25T09:00:00Z');
    const admin = await call('admin');
    expect((await admin('GET', settingsOf(serviceId))).json()).toMatchObject({
      contactTelephone: '01632 960100',
      contactEmail: 'derm@vale.example',
      openingHours: '',
    });
    const before = await readyRequest();
    const waiting = await readyRequest();
    const beforeLetters = await lettersOf(before);
    expect(beforeLetters['referrer']).toContain('Telephone 01632 960100');
    expect(beforeLetters['patient']).toContain(
      'contact Vale Dermatology, telephone 01632 960100, or email derm@vale.example',
    );

    const current = (await admin('GET', settingsOf(serviceId))).json();
    const saved = await admin('PUT', settingsOf(serviceId), {
      ...current,
      contactTelephone: '01632 960 777',
      contactEmail: 'skin.bookings@vale.example',
      openingHours: 'Monday to Friday, 8am to 6pm',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    // A change of targets alone keeps them.
    const targetsOnly = await admin('PUT', settingsOf(serviceId), { ...targets });
    expect(targetsOnly.json().contactTelephone).toBe('01632 960 777');

    const after = await readyRequest();
    const afterLetters = await lettersOf(after);
    for (const text of Object.values(afterLetters)) {
      expect(text).toContain('Telephone 01632 960 777');
      expect(text).toContain('skin.bookings@vale.example');
      expect(text).not.toContain('01632 960100');
    }
    expect(afterLetters['patient']).toContain(
      'contact Vale Dermatology, telephone 01632 960 777 (Monday to Friday, 8am to 6pm), or email skin.bookings@vale.example',
    );
    // The letters of the request answered before the change are as they were sent.
    const gp = await as_('gp');
    const older = (await caller(t.app, gp)('GET', `/api/requests/${before}`)).json().letters[0].url;
    expect(await pdfText(older, gp)).toContain('Telephone 01632 960100');
    // A returned request's letter is written from the same details.
    expect((await returnedLetterFacts(t.db.pool, after))!.facts.service).toMatchObject({
      telephone: '01632 960 777',
      email: 'skin.bookings@vale.example',
    });

    // The patient's page of a request made before the change shows the new details too: it is read when opened.
    const headers = await openPatientLinkAs(t, gp, waiting, '1970-05-17');
    const view = (await t.app.inject({ url: '/api/patient/request', headers })).json();
    expect(view.service).toEqual({
      name: 'Vale Dermatology',
      telephone: '01632 960 777',
      email: 'skin.bookings@vale.example',
      openingHours: 'Monday to Friday, 8am to 6pm',
    });
  });

  it('are given on the page of a link that no longer works, beside the practice that sends links', async () => {
    const gp = await as_('gp');
    const id = await readyRequest();
    const sent = await caller(t.app, gp)('POST', `/api/requests/${id}/patient-links`, { channel: 'email' });
    expect(sent.statusCode, sent.body).toBe(201);
    const { rows } = await t.db.pool.query<{ body_text: string }>(
      'SELECT body_text FROM outbox WHERE request_id = $1 ORDER BY created_at DESC LIMIT 1',
      [id],
    );
    const token = /\/p\/([A-Za-z0-9_-]{43})/.exec(rows[0]!.body_text)![1]!;
    t.clock.set(new Date(t.clock.now().getTime() + 60 * 86_400_000));
    const expired = await t.app.inject({ url: `/p/${token}` });
    expect(expired.statusCode).toBe(410);
    expect(expired.body).toContain('About an appointment at a skin clinic, contact Vale Dermatology on 01632 960 777.');
  });
});
