import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { LightMyRequestResponse } from 'fastify';
import type { ParsedMail } from 'mailparser';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../shared/roles.ts';
import { buildApp } from '../app.ts';
import { outboxWorker } from '../jobs/outbox.ts';
import { createLogger } from '../logger.ts';
import { createMailer } from '../mail/mailer.ts';
import { lettersWorker } from '../modules/letters/make-letters-job.ts';
import { diagnoses } from '../modules/review/diagnoses.ts';
import { buildOrganisation, buildUser, linkOrganisations } from '../testing/factories.ts';
import { caller, completeHistory, markImagesComplete, nextNhsNumber, patientDetails } from '../testing/intake.ts';
import { startSmtpSink, type SmtpSink } from '../testing/smtp-sink.ts';
import { as, buildTestApp, signInAs, type SignedIn, type TestApp } from '../testing/test-app.ts';
import { createUpload, sendChunk } from '../testing/tus.ts';
import { signOutcome } from '../testing/review.ts';

/**
 * SECURITY.md promises, each tested through HTTP on a real database:
 * - lists, searches and counts never include another organisation's records, and answer the same whether a
 *   hidden record exists or not;
 * - a body carrying another organisation's id is ignored or refused, and the record is stored under the caller's;
 * - markup in names, addresses, notes and file names is inert in emails;
 * - CRLF in inputs cannot forge log lines, and `__proto__` in JSON has no effect.
 */

type Person = { id: string; email: string; password: string; session: SignedIn };
type Org = { id: string; name: string };

let t: TestApp;
let smtp: SmtpSink;
const everyone: Person[] = [];

async function person(organisationId: string, role: Role, displayName: string): Promise<Person> {
  const user = await buildUser(t.db.pool, { organisationId, roles: [role], displayName });
  const signedIn: Person = { ...user, session: await signInAs(t.app, user.email, user.password) };
  everyone.push(signedIn);
  return signedIn;
}

/** Everyone signs in again, as people do after the clock has moved on by days. */
async function signInEveryone() {
  for (const who of everyone) who.session = await signInAs(t.app, who.email, who.password);
}

const call = (who: Person) => caller(t.app, who.session);
const tick = () => t.clock.advance({ seconds: 1 });

function expectStatus(response: LightMyRequestResponse, ...statuses: number[]): LightMyRequestResponse {
  if (!statuses.includes(response.statusCode))
    throw new Error(`expected ${statuses.join(' or ')}, got ${response.statusCode}: ${response.body}`);
  return response;
}

/** Polls until `probe` answers something truthy, within a bounded time (never a fixed sleep). */
async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 25_000) {
  return vi.waitFor(
    async () => {
      const value = await probe();
      if (!value) throw new Error(`timed out waiting for ${what}`);
      return value;
    },
    { timeout: timeoutMs, interval: 100 },
  );
}

/** Waits until every message in the outbox has been delivered (or withdrawn on purpose). */
const outboxSettled = () =>
  until('the outbox to empty', async () => {
    const { rows } = await t.db.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL AND coalesce(last_error, '') NOT LIKE 'withdrawn:%'",
    );
    return rows[0]!.n === 0;
  });

const outboxIdsOf = async (requestId: string) =>
  (await t.db.pool.query<{ id: string }>('SELECT id FROM outbox WHERE request_id = $1', [requestId])).rows.map(
    (r) => r.id,
  );

/** The outbox rows a piece of work added for a request. */
async function newOutboxRows(requestId: string, work: () => Promise<unknown>): Promise<string[]> {
  const earlier = new Set(await outboxIdsOf(requestId));
  await work();
  return (await outboxIdsOf(requestId)).filter((id) => !earlier.has(id));
}

const deliveredMail = (outboxId: string): Promise<ParsedMail> =>
  smtp.waitFor((mail) => mail.messageId === `<${outboxId}@telederm>`, 25_000);

const tokenIn = (text: string) => /\/p\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? null;

/**
 * Sends the patient a link by email and opens it as their browser would, confirming the date of birth when one is
 * given. The token is read from the outbox, or from the delivered email once the outbox has redacted it.
 */
async function openLink(referrer: Person, requestId: string, dateOfBirth?: string): Promise<Record<string, string>> {
  const [outboxId] = await newOutboxRows(requestId, async () =>
    expectStatus(await call(referrer)('POST', `/api/requests/${requestId}/patient-links`, { channel: 'email' }), 201),
  );
  const { rows } = await t.db.pool.query<{ body_text: string }>('SELECT body_text FROM outbox WHERE id = $1', [
    outboxId,
  ]);
  const token = tokenIn(rows[0]!.body_text) ?? tokenIn((await deliveredMail(outboxId!)).text ?? '');
  const opened = await t.app.inject({ url: `/p/${token}` });
  const cookie = opened.cookies.find((c) => c.name === 'telederm_patient');
  if (!cookie) throw new Error(`link did not open: ${opened.statusCode}`);
  const headers: Record<string, string> = { cookie: `telederm_patient=${cookie.value}` };
  headers['x-csrf-token'] = (await t.app.inject({ url: '/api/patient/session', headers })).json().csrfToken;
  if (dateOfBirth) {
    const verified = await t.app.inject({
      method: 'POST',
      url: '/api/patient/verify',
      headers,
      payload: { dateOfBirth },
    });
    expectStatus(verified, 204);
  }
  return headers;
}

const patientCall = (headers: Record<string, string>, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

async function registerPatient(by: Person, details: Record<string, unknown>): Promise<string> {
  const response = expectStatus(await call(by)('POST', '/api/patients', patientDetails(details)), 200, 201);
  return response.json<{ id: string }>().id;
}

/** A complete draft for the patient, made through the API as the referrer makes it. */
async function draftFor(
  by: Person,
  serviceId: string,
  patientId: string,
  options: { photography?: 'referrer' | 'clinic'; clinicalQuestion?: string; lesion?: string } = {},
): Promise<{ id: string; reference: string; lesionId: string }> {
  tick();
  const created = expectStatus(
    await call(by)('POST', '/api/requests', { patientId, kind: 'referral', urgency: 'routine', serviceId }),
    201,
  ).json<{ id: string; reference: string }>();
  expectStatus(
    await call(by)('PATCH', `/api/requests/${created.id}`, {
      version: 1,
      clinicalQuestion: options.clinicalQuestion ?? 'Is this a seborrhoeic keratosis?',
      history: completeHistory,
      photography: options.photography ?? 'referrer',
    }),
    200,
  );
  const lesion = expectStatus(
    await call(by)('POST', `/api/requests/${created.id}/lesions`, {
      bodySite: 'forearm_front',
      laterality: 'left',
      description: options.lesion ?? 'Brown warty plaque',
      sizeMm: 8,
    }),
    201,
  ).json<{ id: string }>();
  expectStatus(
    await call(by)('POST', `/api/requests/${created.id}/consent`, {
      referralAndImageSharing: true,
      teachingUse: false,
      method: 'verbal',
    }),
    201,
  );
  return { ...created, lesionId: lesion.id };
}

async function submit(by: Person, requestId: string, state: string) {
  tick();
  const response = expectStatus(await call(by)('POST', `/api/requests/${requestId}/submit`), 200);
  expect(response.json().state).toBe(state);
}

async function readyForReview(by: Person, requestId: string) {
  await submit(by, requestId, 'awaiting_images');
  tick();
  await markImagesComplete(t.db.pool, requestId, t.clock.now());
}

async function claim(consultant: Person, requestId: string): Promise<number> {
  tick();
  return expectStatus(await call(consultant)('POST', `/api/requests/${requestId}/claim`), 200).json<{
    version: number;
  }>().version;
}

const seborrhoeic = diagnoses.find((d) => /seborrh?oeic keratosis/i.test(d.term))!;
const outcomeBody = (version: number, overrides: Record<string, unknown> = {}) => ({
  version,
  category: 'discharge_with_advice',
  diagnosisCode: seborrhoeic.code,
  plan: seborrhoeic.planTemplate,
  ...overrides,
});

async function addSite(clerk: Person, clinicId: string, site: Record<string, string>): Promise<string> {
  const response = await call(clerk)('POST', '/api/clinic-sites', {
    clinicId,
    address: 'Somewhere, Northam',
    postcode: 'NV1 2AB',
    ...site,
  });
  return expectStatus(response, 201).json<{ id: string }>().id;
}

/** A session at the site on the date; returns its id and its slots' ids, earliest first. */
async function addSession(clerk: Person, siteId: string, date: string, photographerId: string) {
  const created = await call(clerk)('POST', '/api/clinic-sessions', {
    siteId,
    date,
    start: '09:00',
    end: '10:00',
    slotMinutes: 20,
    photographerIds: [photographerId],
  });
  const id = expectStatus(created, 201).json<{ id: string }>().id;
  const detail = expectStatus(await call(clerk)('GET', `/api/clinic-sessions/${id}`), 200);
  return { id, slotIds: detail.json<{ slots: { id: string }[] }>().slots.map((s) => s.id) };
}

/** Books the slot, and waits for the appointment email (held until its letter is made) to be delivered. */
async function book(clerk: Person, requestId: string, slotId: string): Promise<string> {
  let appointmentId = '';
  const [outboxId] = await newOutboxRows(requestId, async () => {
    const response = await call(clerk)('POST', `/api/requests/${requestId}/appointments`, { slotId, channel: 'email' });
    appointmentId = expectStatus(response, 201).json<{ id: string }>().id;
  });
  await deliveredMail(outboxId!);
  return appointmentId;
}

/**
 * Two sides of every boundary. Outside: service S with practice X and clinic C, whose users call every list.
 * Hidden: service T with clinic D, and practice Y, which both S and T serve; Y's drafts to S are Y's alone.
 */
const w = {} as {
  service: Org;
  practice: Org;
  clinic: Org;
  hiddenService: Org;
  sharedPractice: Org;
  hiddenClinic: Org;
  referrer: Person;
  consultant: Person;
  clerk: Person;
  admin: Person;
  photographer: Person;
  hiddenReferrer: Person;
  hiddenConsultant: Person;
  hiddenClerk: Person;
  hiddenAdmin: Person;
  hiddenPhotographer: Person;
};

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await buildTestApp(
    { SMTP_URL: smtp.url },
    {
      workers: ({ config, pool, clock, blobs }) => [
        outboxWorker(
          pool,
          clock,
          createMailer({
            smtpUrl: config.smtpUrl,
            from: config.mailFrom,
            sinkDir: '.tmp/mail',
            logger: createLogger(config),
          }),
          undefined,
          blobs,
        ),
        lettersWorker({ pool, clock, blobs, publicOrigin: config.publicOrigin }),
      ],
    },
  );
  const org = (kind: 'gp_practice' | 'dermatology_service' | 'community_clinic', name: string) =>
    buildOrganisation(t.db.pool, { kind, name });
  w.service = await org('dermatology_service', 'Outside Dermatology');
  w.practice = await org('gp_practice', 'Outside Surgery');
  w.clinic = await org('community_clinic', 'Outside Clinic');
  w.hiddenService = await org('dermatology_service', 'Zeta Dermatology');
  w.sharedPractice = await org('gp_practice', 'Shared Surgery');
  w.hiddenClinic = await org('community_clinic', 'Zeta Clinic');
  await linkOrganisations(t.db.pool, w.service.id, w.practice.id);
  await linkOrganisations(t.db.pool, w.service.id, w.sharedPractice.id);
  await linkOrganisations(t.db.pool, w.service.id, w.clinic.id, 'clinic_provider');
  await linkOrganisations(t.db.pool, w.hiddenService.id, w.sharedPractice.id);
  await linkOrganisations(t.db.pool, w.hiddenService.id, w.hiddenClinic.id, 'clinic_provider');
  w.referrer = await person(w.practice.id, 'referrer', 'Dr Olga Outside');
  w.consultant = await person(w.service.id, 'consultant', 'Dr Oscar Outside');
  w.clerk = await person(w.service.id, 'booking_clerk', 'Owen Outside (clerk)');
  w.admin = await person(w.service.id, 'service_admin', 'Orla Outside (admin)');
  w.photographer = await person(w.clinic.id, 'photographer', 'Otto Outside (photographer)');
  w.hiddenReferrer = await person(w.sharedPractice.id, 'referrer', 'Dr Zara Zeta');
  w.hiddenConsultant = await person(w.hiddenService.id, 'consultant', 'Dr Zeno Zeta');
  w.hiddenClerk = await person(w.hiddenService.id, 'booking_clerk', 'Zak Zeta (clerk)');
  w.hiddenAdmin = await person(w.hiddenService.id, 'service_admin', 'Zoe Zeta (admin)');
  w.hiddenPhotographer = await person(w.hiddenClinic.id, 'photographer', 'Zed Zeta (photographer)');
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('lists, searches and counts never include another organisation’s records, and answer the same whether a hidden record exists or not', () => {
  type Outsider = 'referrer' | 'consultant' | 'clerk' | 'admin' | 'photographer';
  type Answer = { status: number; contentType: string; body: string };
  const day = '2026-11-30';
  /** Held by the outside practice, and (under another surname) by the shared practice too. */
  const nhsHeld = nextNhsNumber();
  /** Searched for by the outsiders, who hold no record of it; the shared practice registers it. */
  const nhsSought = nextNhsNumber();
  const nameAndBirth = 'familyName=Lovelace&dateOfBirth=1970-05-17';
  const requestStates = ['draft', 'awaiting_images', 'ready_for_review', 'in_review', 'withdrawn', 'outcome_recorded'];

  const probes: { who: Outsider; path: string }[] = [
    ...['', '?sort=created', '?sort=due', '?sort=urgency&limit=3', ...requestStates.map((s) => `?state=${s}`)].map(
      (query) => ({ who: 'referrer' as const, path: `/api/requests${query}` }),
    ),
    ...['', ...requestStates.map((s) => `?state=${s}`)].map((query) => ({
      who: 'consultant' as const,
      path: `/api/requests${query}`,
    })),
    ...(['referrer', 'consultant', 'clerk'] as const).flatMap((who) =>
      [
        `nhsNumber=${nhsHeld}`,
        `nhsNumber=${nhsSought}`,
        nameAndBirth,
        nameAndBirth.replace('Lovelace', 'LOVELACE'),
      ].map((query) => ({ who, path: `/api/patients?${query}` })),
    ),
    // A request's page lists the patient's earlier requests, matched by NHS number across practices' records.
    { who: 'referrer', path: '/api/requests/{ready}' },
    { who: 'consultant', path: '/api/requests/{ready}' },
    { who: 'referrer', path: '/api/organisations' },
    { who: 'consultant', path: '/api/worklist' },
    { who: 'consultant', path: '/api/worklist?kind=referral' },
    { who: 'consultant', path: '/api/worklist?practiceId={shared}' },
    { who: 'consultant', path: '/api/worklist?overdue=true' },
    { who: 'consultant', path: '/api/diagnoses' },
    { who: 'consultant', path: '/api/services/{service}/rule-sets/referral' },
    { who: 'clerk', path: '/api/booking-queue' },
    { who: 'clerk', path: '/api/service/cases' },
    { who: 'clerk', path: '/api/requests?state=awaiting_images' },
    { who: 'clerk', path: '/api/clinic-sites' },
    { who: 'clerk', path: '/api/clinic-photographers' },
    { who: 'clerk', path: '/api/clinic-sessions' },
    { who: 'clerk', path: `/api/clinic-sessions?from=${day}&to=${day}` },
    { who: 'clerk', path: `/api/service/clinic-report?from=${day}&to=2026-12-31` },
    { who: 'admin', path: '/api/service/cases' },
    { who: 'admin', path: '/api/users' },
    { who: 'admin', path: '/api/organisations' },
    { who: 'admin', path: '/api/services/{service}/settings' },
    { who: 'admin', path: '/api/services/{service}/feedback' },
    { who: 'admin', path: '/api/services/{service}/feedback.csv' },
    { who: 'admin', path: '/api/audit-events?limit=500' },
    { who: 'photographer', path: `/api/clinic-day?date=${day}` },
    { who: 'photographer', path: `/api/clinic-sessions?from=${day}&to=${day}` },
    { who: 'photographer', path: '/api/clinic-sites' },
  ];
  const urlOf = (path: string) =>
    path.replace('{service}', w.service.id).replace('{shared}', w.sharedPractice.id).replace('{ready}', own.ready);
  const ask = async (who: Outsider, path: string): Promise<Answer> => {
    const response = await call(w[who])('GET', urlOf(path));
    return { status: response.statusCode, contentType: String(response.headers['content-type']), body: response.body };
  };

  const before = new Map<string, Answer>();
  const after = new Map<string, Answer>();
  const own = {} as Record<'patient' | 'draft' | 'withdrawn' | 'booked' | 'queued' | 'ready' | 'inReview', string>;
  /** What the hidden side made: none of it may appear in an outsider's answer. */
  const hidden = {
    ids: [] as string[],
    words: ['Zephyrine', 'Otherfamily', 'Zeta', 'hidden1@', 'hidden2@', nhsSought],
  };
  const hiddenRecord = {} as Record<'withdrawnDraft' | 'draft' | 'request' | 'patient' | 'site', string>;
  let auditSeqBefore = 0;

  /** The outsiders' own records, so that every list has something of theirs in it. */
  async function outsiderRecords() {
    const s = w.service.id;
    own.patient = await registerPatient(w.referrer, {
      nhsNumber: nhsHeld,
      givenName: 'Olive',
      familyName: 'Lovelace',
      dateOfBirth: '1970-05-17',
      email: 'olive@example.com',
    });
    own.draft = (await draftFor(w.referrer, s, own.patient)).id;
    own.withdrawn = (await draftFor(w.referrer, s, own.patient)).id;
    expectStatus(
      await call(w.referrer)('POST', `/api/requests/${own.withdrawn}/withdraw`, { reason: 'Not needed' }),
      200,
    );
    own.booked = (await draftFor(w.referrer, s, own.patient, { photography: 'clinic' })).id;
    await submit(w.referrer, own.booked, 'awaiting_images');
    own.queued = (await draftFor(w.referrer, s, own.patient, { photography: 'clinic' })).id;
    await submit(w.referrer, own.queued, 'awaiting_images');
    own.ready = (await draftFor(w.referrer, s, own.patient)).id;
    await readyForReview(w.referrer, own.ready);
    own.inReview = (await draftFor(w.referrer, s, own.patient)).id;
    await readyForReview(w.referrer, own.inReview);
    await claim(w.consultant, own.inReview);
    const site = await addSite(w.clerk, w.clinic.id, { name: 'Outside Site' });
    const session = await addSession(w.clerk, site, day, w.photographer.id);
    await book(w.clerk, own.booked, session.slotIds[0]!);
    await t.db.pool.query(
      `INSERT INTO feedback_responses (service_id, month, answers) VALUES ($1, '2026-11-01', '{"friendsAndFamily":"good","comments":"Outside comment"}')`,
      [s],
    );
    await outboxSettled();
  }

  /**
   * The hidden side's work: the shared practice registers the same NHS numbers, the same surname and date of
   * birth, and makes drafts to the outsiders' service (kept, withdrawn, consent withdrawn); the other service takes
   * requests through every state, books them into its clinic, cancels a session, hears from a patient, and changes
   * its templates, settings, rules and users.
   */
  async function hiddenRecords() {
    const y = w.hiddenReferrer;
    const [s, tService] = [w.service.id, w.hiddenService.id];
    const held = await registerPatient(y, {
      nhsNumber: nhsHeld,
      givenName: 'Zephyrine',
      familyName: 'Otherfamily',
      dateOfBirth: '1970-05-17',
      email: 'hidden1@example.com',
    });
    const sought = await registerPatient(y, {
      nhsNumber: nhsSought,
      givenName: 'Zephyrine',
      familyName: 'Lovelace',
      dateOfBirth: '1970-05-17',
      email: 'hidden2@example.com',
    });
    hiddenRecord.patient = sought;
    const made = async (serviceId: string, patientId: string, photography?: 'clinic') => {
      const draft = await draftFor(y, serviceId, patientId, photography ? { photography } : {});
      hidden.ids.push(draft.id, draft.reference, draft.lesionId);
      return draft.id;
    };
    hiddenRecord.draft = await made(s, sought);
    hiddenRecord.withdrawnDraft = await made(s, sought);
    expectStatus(
      await call(y)('POST', `/api/requests/${hiddenRecord.withdrawnDraft}/withdraw`, { reason: 'Not needed' }),
      200,
    );
    const consentWithdrawn = await made(s, held);
    expectStatus(
      await call(y)('POST', `/api/requests/${consentWithdrawn}/consent/withdrawal`, { reason: 'Changed their mind' }),
      204,
    );

    const clinicCase = await made(tService, sought, 'clinic');
    await submit(y, clinicCase, 'awaiting_images');
    hiddenRecord.request = await made(tService, sought);
    await readyForReview(y, hiddenRecord.request);
    expectStatus(
      await call(y)('POST', `/api/requests/${hiddenRecord.request}/messages`, { kind: 'note', body: 'Zeta note' }),
      201,
    );
    const inReview = await made(tService, held);
    await readyForReview(y, inReview);
    await claim(w.hiddenConsultant, inReview);
    const withdrawnThere = await made(tService, held);
    await submit(y, withdrawnThere, 'awaiting_images');
    expectStatus(await call(y)('POST', `/api/requests/${withdrawnThere}/withdraw`, { reason: 'Resolved' }), 200);
    const answered = await made(tService, sought);
    const patient = await openLink(y, answered, '1970-05-17');
    await readyForReview(y, answered);
    const version = await claim(w.hiddenConsultant, answered);
    expectStatus(await signOutcome(call(w.hiddenConsultant), answered, outcomeBody(version)), 200);
    const feedback = { friendsAndFamily: 'very_good', comments: 'Zeta feedback comment' };
    expectStatus(await patientCall(patient, 'POST', '/api/patient/feedback', feedback), 204);

    hiddenRecord.site = await addSite(w.hiddenClerk, w.hiddenClinic.id, { name: 'Zeta Site', postcode: 'NV1 2AB' });
    const session = await addSession(w.hiddenClerk, hiddenRecord.site, day, w.hiddenPhotographer.id);
    const spare = await addSession(w.hiddenClerk, hiddenRecord.site, '2026-12-01', w.hiddenPhotographer.id);
    await book(w.hiddenClerk, clinicCase, session.slotIds[0]!);
    expectStatus(
      await call(w.hiddenClerk)('POST', `/api/clinic-sessions/${spare.id}/cancel`, { reason: 'Zeta photographer ill' }),
      200,
    );
    expectStatus(await call(w.hiddenPhotographer)('GET', `/api/clinic-day?date=${day}`), 200);

    const admin = call(w.hiddenAdmin);
    const tPath = `/api/services/${tService}`;
    expectStatus(
      await admin('PUT', `${tPath}/plan-templates/${seborrhoeic.code}`, { text: 'Zeta plan template' }),
      204,
    );
    expectStatus(
      await admin('PUT', `${tPath}/settings`, { adviceTargetWorkingDays: 5, referralTargetWorkingDays: 7 }),
      200,
    );
    const rules = expectStatus(await admin('GET', `${tPath}/rule-sets/referral`), 200).json().current.rules;
    expectStatus(await admin('PUT', `${tPath}/rule-sets/referral`, { name: 'Zeta rules', rules }), 200, 201);
    const created = await admin('POST', '/api/users', {
      email: 'zeta.new@test.example',
      displayName: 'Zeta New Clerk',
      password: 'a long enough passphrase for zeta',
      organisationId: tService,
      roles: ['booking_clerk'],
    });
    hidden.ids.push(expectStatus(created, 201).json().id);

    hidden.ids.push(held, sought, tService, w.hiddenClinic.id, hiddenRecord.site, session.id, spare.id);
    for (const who of [y, w.hiddenConsultant, w.hiddenClerk, w.hiddenAdmin, w.hiddenPhotographer])
      hidden.ids.push(who.id);
    await outboxSettled();
  }

  const outsiderIds = () => new Set([w.referrer, w.consultant, w.clerk, w.admin, w.photographer].map((p) => p.id));
  type AuditEvent = { seq: number; actorUserId: string | null };
  /**
   * The audit trail is the one list the outsiders' own calls add to (each read is audited): what they added after
   * the first look is set aside, and everything else must be exactly as it was.
   */
  function comparable(path: string, answer: Answer): string {
    if (!path.startsWith('/api/audit-events')) return answer.body;
    const { events } = JSON.parse(answer.body) as { events: AuditEvent[] };
    const mine = outsiderIds();
    return JSON.stringify({
      events: events.filter((e) => !(e.seq > auditSeqBefore && mine.has(e.actorUserId ?? ''))),
    });
  }

  beforeAll(async () => {
    await outsiderRecords();
    for (const { who, path } of probes) before.set(`${who} ${path}`, await ask(who, path));
    const audit = JSON.parse(before.get('admin /api/audit-events?limit=500')!.body) as { events: AuditEvent[] };
    auditSeqBefore = Math.max(...audit.events.map((e) => e.seq));
    await hiddenRecords();
    for (const { who, path } of probes) after.set(`${who} ${path}`, await ask(who, path));
  });

  it('the outsiders’ own records are in their answers (so that the comparisons below mean something)', () => {
    const body = (key: string) => before.get(key)!.body;
    for (const id of Object.values(own).filter((id) => id !== own.patient))
      expect(body('referrer /api/requests')).toContain(id);
    expect(JSON.parse(body(`referrer /api/patients?nhsNumber=${nhsHeld}`)).patients).toHaveLength(1);
    expect(body('consultant /api/worklist')).toContain(own.ready);
    expect(body('consultant /api/worklist')).toContain(own.inReview);
    expect(body('clerk /api/booking-queue')).toContain(own.queued);
    expect(body(`photographer /api/clinic-day?date=${day}`)).toContain(own.booked);
    expect(body('admin /api/services/{service}/feedback')).toContain('Outside comment');
    // The outside practice's own withdrawn draft never reached the service either.
    expect(body('consultant /api/requests?state=withdrawn')).toBe('{"requests":[]}');
    expect(JSON.parse(body('consultant /api/worklist')).counts).toEqual({
      awaiting_images: 2,
      ready_for_review: 1,
      in_review: 1,
    });
  });

  it.each(probes)(
    '$who: GET $path answers byte for byte as before, with nothing of the hidden records',
    ({ who, path }) => {
      const [was, now] = [before.get(`${who} ${path}`)!, after.get(`${who} ${path}`)!];
      expect(now.status, now.body).toBe(200);
      expect(now.contentType).toBe(was.contentType);
      expect(comparable(path, now)).toBe(comparable(path, was));
      for (const marker of [...hidden.ids, ...hidden.words]) expect(now.body).not.toContain(marker);
    },
  );

  it('a filter or address naming a hidden record answers exactly as one naming nothing that exists', async () => {
    const nobody = randomUUID();
    const cases: [Outsider, (id: string) => string, string][] = [
      ['clerk', (id) => `/api/clinic-sessions?siteId=${id}`, hiddenRecord.site],
      ['photographer', (id) => `/api/clinic-sessions?siteId=${id}`, hiddenRecord.site],
      ['consultant', (id) => `/api/worklist?practiceId=${id}`, w.sharedPractice.id],
      ['consultant', (id) => `/api/services/${id}/rule-sets/referral`, w.hiddenService.id],
      ['admin', (id) => `/api/users?organisationId=${id}`, w.hiddenService.id],
      ['admin', (id) => `/api/services/${id}/feedback`, w.hiddenService.id],
      ['admin', (id) => `/api/services/${id}/settings`, w.hiddenService.id],
      ['admin', (id) => `/api/audit-events?recordType=request&recordId=${id}`, hiddenRecord.request],
      ['admin', (id) => `/api/audit-events?recordType=patient&recordId=${id}`, hiddenRecord.patient],
      // A draft withdrawn before it was ever sent is still the practice's alone.
      ['consultant', (id) => `/api/requests/${id}`, hiddenRecord.withdrawnDraft],
      ['clerk', (id) => `/api/requests/${id}`, hiddenRecord.withdrawnDraft],
      ['consultant', (id) => `/api/requests/${id}`, hiddenRecord.draft],
      ['consultant', (id) => `/api/patients/${id}`, hiddenRecord.patient],
      ['referrer', (id) => `/api/patients/${id}`, hiddenRecord.patient],
      ['referrer', (id) => `/api/requests/${id}`, hiddenRecord.request],
    ];
    for (const [who, url, id] of cases) {
      const [hiddenAnswer, nothing] = [await call(w[who])('GET', url(id)), await call(w[who])('GET', url(nobody))];
      expect(hiddenAnswer.statusCode, `${who} ${url(id)}`).toBe(nothing.statusCode);
      expect(hiddenAnswer.body.replaceAll(id, '{id}'), `${who} ${url(id)}`).toBe(
        nothing.body.replaceAll(nobody, '{id}'),
      );
    }
    for (const who of ['referrer', 'consultant', 'clerk'] as const) {
      const sought = await call(w[who])('GET', `/api/patients?nhsNumber=${nhsSought}`);
      const unknown = await call(w[who])('GET', `/api/patients?nhsNumber=${nextNhsNumber()}`);
      expect(sought.body).toBe(unknown.body);
    }
  });
});

describe('a body carrying another organisation’s id is refused or ignored; the record is stored under the caller’s', () => {
  const nhs = nextNhsNumber();
  const sharedPerson = { nhsNumber: nhs, givenName: 'Yvonne', familyName: 'Shared', dateOfBirth: '1980-01-01' };
  let theirPatient: string;
  let ownPatient: string;
  let ownRegistration: LightMyRequestResponse;
  let theirDraft: { id: string; lesionId: string };
  let ownDraft: { id: string; lesionId: string };
  let ownClinicCase: string;
  let ownReady: string;
  let hiddenSite: string;
  let hiddenSlot: string;
  let ownSite: string;
  let ownSlots: string[];

  const count = async (sql: string, values: unknown[]) =>
    (await t.db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, values)).rows[0]!.n;
  const row = async (sql: string, values: unknown[]) => (await t.db.pool.query(sql, values)).rows[0];

  beforeAll(async () => {
    // Each practice keeps its own record of a patient: the shared practice's, and the outside practice's.
    theirPatient = await registerPatient(w.hiddenReferrer, { ...sharedPerson, email: 'yvonne@example.com' });
    ownRegistration = await call(w.referrer)(
      'POST',
      '/api/patients',
      patientDetails({ ...sharedPerson, email: 'y@x.example' }),
    );
    ownPatient = expectStatus(ownRegistration, 201).json().id;
    theirDraft = await draftFor(w.hiddenReferrer, w.hiddenService.id, theirPatient);
    ownDraft = await draftFor(w.referrer, w.service.id, ownPatient);
    ownClinicCase = (await draftFor(w.referrer, w.service.id, ownPatient, { photography: 'clinic' })).id;
    await submit(w.referrer, ownClinicCase, 'awaiting_images');
    ownReady = (await draftFor(w.referrer, w.service.id, ownPatient)).id;
    await readyForReview(w.referrer, ownReady);
    hiddenSite = await addSite(w.hiddenClerk, w.hiddenClinic.id, { name: 'Zeta Annexe' });
    hiddenSlot = (await addSession(w.hiddenClerk, hiddenSite, '2026-12-02', w.hiddenPhotographer.id)).slotIds[0]!;
    ownSite = await addSite(w.clerk, w.clinic.id, { name: 'Outside Annexe' });
    ownSlots = (await addSession(w.clerk, ownSite, '2026-12-02', w.photographer.id)).slotIds;
  });

  it('registering a number another practice holds makes the caller’s own record, with nothing of theirs', () => {
    expect(ownPatient).not.toBe(theirPatient);
    expect(ownRegistration.json()).toMatchObject({ practiceId: w.practice.id, email: 'y@x.example' });
    expect(ownRegistration.body).not.toContain('yvonne@example.com');
    expect(ownRegistration.body).not.toContain(w.sharedPractice.id);
  });

  it('POST /api/requests for another practice’s record of the patient: 404 as for no patient, nothing stored', async () => {
    const before = await count('requests WHERE patient_id = $1', [theirPatient]);
    const body = { kind: 'referral', serviceId: w.service.id };
    const theirs = await call(w.referrer)('POST', '/api/requests', { ...body, patientId: theirPatient });
    const nobody = await call(w.referrer)('POST', '/api/requests', { ...body, patientId: randomUUID() });
    expect(theirs.statusCode).toBe(404);
    expect(theirs.body).toBe(nobody.body);
    const viaTheirService = await call(w.referrer)('POST', '/api/requests', {
      ...body,
      patientId: theirPatient,
      serviceId: w.hiddenService.id,
    });
    expect([400, 404]).toContain(viaTheirService.statusCode);
    expect(await count('requests WHERE patient_id = $1', [theirPatient])).toBe(before);
  });

  it('POST /api/requests to a service that does not serve the practice: 400 on serviceId, nothing stored', async () => {
    const before = await count('requests WHERE practice_id = $1', [w.practice.id]);
    const body = { patientId: ownPatient, kind: 'referral' };
    const theirs = await call(w.referrer)('POST', '/api/requests', { ...body, serviceId: w.hiddenService.id });
    const nowhere = await call(w.referrer)('POST', '/api/requests', { ...body, serviceId: randomUUID() });
    expect(theirs.statusCode).toBe(400);
    expect(theirs.json().errors[0].field).toBe('serviceId');
    expect(theirs.body).toBe(nowhere.body);
    expect(await count('requests WHERE practice_id = $1', [w.practice.id])).toBe(before);
  });

  it('POST /api/requests with extra practiceId, organisationId, referrerId or state: ignored, stored as the caller’s draft', async () => {
    const response = await call(w.referrer)('POST', '/api/requests', {
      patientId: ownPatient,
      kind: 'referral',
      serviceId: w.service.id,
      practiceId: w.sharedPractice.id,
      organisationId: w.hiddenService.id,
      referrerId: w.hiddenReferrer.id,
      state: 'ready_for_review',
      reference: 'TD-FORGED',
      submittedAt: '2026-01-01T00:00:00Z',
    });
    const { id, reference } = expectStatus(response, 201).json();
    expect(reference).not.toBe('TD-FORGED');
    expect(
      await row(
        'SELECT practice_id, service_id, referrer_id, patient_id, state, reference, submitted_at FROM requests WHERE id = $1',
        [id],
      ),
    ).toEqual({
      practice_id: w.practice.id,
      service_id: w.service.id,
      referrer_id: w.referrer.id,
      patient_id: ownPatient,
      state: 'draft',
      reference,
      submitted_at: null,
    });
  });

  it('PATCH of a draft: another service is refused and nothing changes; other ids are ignored', async () => {
    const stored = () =>
      row('SELECT practice_id, service_id, patient_id, referrer_id, version FROM requests WHERE id = $1', [
        ownDraft.id,
      ]);
    const was = await stored();
    const moved = await call(w.referrer)('PATCH', `/api/requests/${ownDraft.id}`, {
      version: was.version,
      serviceId: w.hiddenService.id,
    });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().errors[0].field).toBe('serviceId');
    expect(await stored()).toEqual(was);
    const ignored = await call(w.referrer)('PATCH', `/api/requests/${ownDraft.id}`, {
      version: was.version,
      clinicalQuestion: 'Still ours?',
      practiceId: w.sharedPractice.id,
      patientId: theirPatient,
      referrerId: w.hiddenReferrer.id,
      organisationId: w.hiddenService.id,
    });
    expectStatus(ignored, 200);
    expect(await stored()).toEqual({ ...was, version: was.version + 1 });
  });

  it('POST /api/patients with another practice’s id: stored as the caller’s practice’s record', async () => {
    const response = await call(w.referrer)(
      'POST',
      '/api/patients',
      patientDetails({
        id: theirPatient,
        practiceId: w.sharedPractice.id,
        organisationId: w.hiddenService.id,
        registeredElsewhereAt: '2026-01-01T00:00:00Z',
      }),
    );
    const { id } = expectStatus(response, 201).json();
    expect(id).not.toBe(theirPatient);
    expect(await row('SELECT practice_id, registered_elsewhere_at FROM patients WHERE id = $1', [id])).toEqual({
      practice_id: w.practice.id,
      registered_elsewhere_at: null,
    });
  });

  it('lesions, consent and messages naming another request or organisation are stored under the addressed request and the caller', async () => {
    const theirLesions = await count('lesions WHERE request_id = $1', [theirDraft.id]);
    const lesion = {
      bodySite: 'forearm_front',
      laterality: 'right',
      description: 'Second plaque',
      sizeMm: 5,
      requestId: theirDraft.id,
      organisationId: w.sharedPractice.id,
    };
    const added = expectStatus(await call(w.referrer)('POST', `/api/requests/${ownDraft.id}/lesions`, lesion), 201);
    expect(await row('SELECT request_id FROM lesions WHERE id = $1', [added.json().id])).toEqual({
      request_id: ownDraft.id,
    });
    expect((await call(w.referrer)('POST', `/api/requests/${theirDraft.id}/lesions`, lesion)).statusCode).toBe(404);
    expect(await count('lesions WHERE request_id = $1', [theirDraft.id])).toBe(theirLesions);

    const consent = await call(w.referrer)('POST', `/api/requests/${ownDraft.id}/consent`, {
      referralAndImageSharing: true,
      method: 'written',
      requestId: theirDraft.id,
      recordedBy: w.hiddenReferrer.id,
    });
    expect(
      await row('SELECT request_id, recorded_by FROM consents WHERE id = $1', [expectStatus(consent, 201).json().id]),
    ).toEqual({ request_id: ownDraft.id, recorded_by: w.referrer.id });

    const message = await call(w.referrer)('POST', `/api/requests/${ownClinicCase}/messages`, {
      kind: 'note',
      body: 'The patient prefers mornings',
      requestId: theirDraft.id,
      authorUserId: w.hiddenReferrer.id,
      authorOrganisationId: w.sharedPractice.id,
      organisationId: w.hiddenService.id,
    });
    expect(
      await row('SELECT request_id, author_user_id, author_organisation_id FROM messages WHERE id = $1', [
        expectStatus(message, 201).json().id,
      ]),
    ).toEqual({ request_id: ownClinicCase, author_user_id: w.referrer.id, author_organisation_id: w.practice.id });
  });

  it('reassigning a case to another service’s consultant is refused, as for nobody, and nothing changes', async () => {
    const stored = () => row('SELECT state, claimed_by, version FROM requests WHERE id = $1', [ownReady]);
    const was = await stored();
    const url = `/api/requests/${ownReady}/reassign`;
    const theirs = await call(w.clerk)('POST', url, { consultantId: w.hiddenConsultant.id });
    const nobody = await call(w.clerk)('POST', url, { consultantId: randomUUID() });
    expect(theirs.statusCode).toBe(400);
    expect(theirs.json().errors[0].field).toBe('consultantId');
    expect(theirs.body).toBe(nobody.body);
    expect(await stored()).toEqual(was);
  });

  it('clinic sites and sessions cannot be made at another service’s clinic or staffed by its photographers', async () => {
    const site = { name: 'Intruding Site', address: '1 Road', postcode: 'NV1 2AB' };
    const theirs = await call(w.clerk)('POST', '/api/clinic-sites', { ...site, clinicId: w.hiddenClinic.id });
    const nowhere = await call(w.clerk)('POST', '/api/clinic-sites', { ...site, clinicId: randomUUID() });
    expect(theirs.statusCode).toBe(404);
    expect(theirs.body).toBe(nowhere.body);
    expect(await count("clinic_sites WHERE name = 'Intruding Site'", [])).toBe(0);
    const ownSiteWithExtras = await call(w.clerk)('POST', '/api/clinic-sites', {
      ...site,
      name: 'Own Site',
      clinicId: w.clinic.id,
      organisationId: w.hiddenClinic.id,
      clinic_id: w.hiddenClinic.id,
    });
    expect(
      await row('SELECT clinic_id FROM clinic_sites WHERE id = $1', [expectStatus(ownSiteWithExtras, 201).json().id]),
    ).toEqual({ clinic_id: w.clinic.id });

    const session = { date: '2026-12-03', start: '09:00', end: '10:00', slotMinutes: 20 };
    const sessionsAt = (siteId: string) => count('clinic_sessions WHERE site_id = $1', [siteId]);
    const [atTheirs, atOwn] = [await sessionsAt(hiddenSite), await sessionsAt(ownSite)];
    const intoTheirSite = await call(w.clerk)('POST', '/api/clinic-sessions', {
      ...session,
      siteId: hiddenSite,
      photographerIds: [w.photographer.id],
    });
    expect(intoTheirSite.statusCode).toBe(404);
    const theirPhotographer = await call(w.clerk)('POST', '/api/clinic-sessions', {
      ...session,
      siteId: ownSite,
      photographerIds: [w.hiddenPhotographer.id],
    });
    expect(theirPhotographer.statusCode).toBe(400);
    expect(theirPhotographer.json().errors[0].field).toBe('photographerIds');
    expect([await sessionsAt(hiddenSite), await sessionsAt(ownSite)]).toEqual([atTheirs, atOwn]);
  });

  it('booking or moving into another service’s clinic slot, by the clerk or by the patient, is refused; nothing is booked there', async () => {
    const bookedInto = (slotId: string) => count('appointments WHERE slot_id = $1', [slotId]);
    const refused = await call(w.clerk)('POST', `/api/requests/${ownClinicCase}/appointments`, {
      slotId: hiddenSlot,
      channel: 'email',
    });
    expect(refused.statusCode).toBe(404);
    expect(await count('appointments WHERE request_id = $1', [ownClinicCase])).toBe(0);

    const appointmentId = await book(w.clerk, ownClinicCase, ownSlots[0]!);
    const stored = () => row('SELECT slot_id, status FROM appointments WHERE id = $1', [appointmentId]);
    const moved = await call(w.clerk)('POST', `/api/appointments/${appointmentId}/move`, {
      slotId: hiddenSlot,
      channel: 'email',
    });
    expect(moved.statusCode).toBe(404);
    const patient = await openLink(w.referrer, ownClinicCase, sharedPerson.dateOfBirth);
    const movedByPatient = await patientCall(patient, 'POST', '/api/patient/appointment/move', { slotId: hiddenSlot });
    expect(movedByPatient.statusCode).toBe(404);
    expect(await stored()).toEqual({ slot_id: ownSlots[0], status: 'booked' });
    expect(await bookedInto(hiddenSlot)).toBe(0);
  });

  it('users, settings, plan templates and rule sets of another service cannot be written', async () => {
    const admin = call(w.admin);
    const user = { displayName: 'Intruder', password: 'a long enough passphrase here', roles: ['booking_clerk'] };
    const intruder = await admin('POST', '/api/users', {
      ...user,
      email: 'intruder.two@test.example',
      organisationId: w.hiddenService.id,
    });
    expect(intruder.statusCode).toBe(404);
    expect(await count("users WHERE email = 'intruder.two@test.example'", [])).toBe(0);
    const withExtras = await admin('POST', '/api/users', {
      ...user,
      email: 'own.clerk@test.example',
      organisationId: w.service.id,
      organisationIds: [w.hiddenService.id],
      memberships: [{ organisationId: w.hiddenService.id, roles: ['service_admin'] }],
    });
    const { rows } = await t.db.pool.query('SELECT organisation_id, roles FROM memberships WHERE user_id = $1', [
      expectStatus(withExtras, 201).json().id,
    ]);
    expect(rows).toEqual([{ organisation_id: w.service.id, roles: ['booking_clerk'] }]);

    const theirs = `/api/services/${w.hiddenService.id}`;
    const readBack = async () =>
      [
        (await call(w.hiddenAdmin)('GET', `${theirs}/settings`)).body,
        (await call(w.hiddenAdmin)('GET', `${theirs}/rule-sets/referral`)).body,
      ].join('\n');
    const was = await readBack();
    const writes: [string, string, object][] = [
      ['PUT', `${theirs}/settings`, { adviceTargetWorkingDays: 1, referralTargetWorkingDays: 1 }],
      ['PUT', `${theirs}/plan-templates/${seborrhoeic.code}`, { text: 'Intruding template' }],
      ['PUT', `${theirs}/rule-sets/referral`, { name: 'Intruding rules', rules: [] }],
    ];
    for (const [method, url, body] of writes) {
      expect((await admin(method as 'PUT', url, body)).statusCode, url).toBe(404);
    }
    expect(await readBack()).toBe(was);
    expect(await count("plan_templates WHERE text = 'Intruding template'", [])).toBe(0);
  });

  it('an upload naming another practice’s request is refused; one naming another user as its owner stays the caller’s', async () => {
    const metadata = { view: 'close_up', filename: 'photo.jpg' };
    const theirs = await createUpload(
      t.app,
      w.referrer.session,
      { ...metadata, requestId: theirDraft.id, lesionId: theirDraft.lesionId },
      10,
    );
    expect(theirs.response.statusCode).toBe(404);
    expect(theirs.uploadId).toBeNull();
    const crossed = await createUpload(
      t.app,
      w.referrer.session,
      { ...metadata, requestId: ownDraft.id, lesionId: theirDraft.lesionId },
      10,
    );
    expect(crossed.response.statusCode).toBe(404);

    const mine = await createUpload(
      t.app,
      w.referrer.session,
      { ...metadata, requestId: ownDraft.id, lesionId: ownDraft.lesionId, ownerId: w.hiddenReferrer.id },
      10,
    );
    expect(mine.response.statusCode).toBe(201);
    const bytes = Buffer.alloc(10, 1);
    expect((await sendChunk(t.app, w.hiddenReferrer.session, mine.uploadId!, 0, bytes)).statusCode).toBe(404);
    expect((await sendChunk(t.app, w.referrer.session, mine.uploadId!, 0, bytes)).statusCode).toBe(204);
  });
});

describe('markup in names, addresses, notes and messages is inert in emails', () => {
  const script = '<script>alert(1)</script>';
  const image = '<img src=x onerror=alert(1)>';
  const patient = {
    nhsNumber: nextNhsNumber(),
    givenName: `Ada${script}`,
    familyName: `Byron${image}`,
    dateOfBirth: '1971-02-03',
    email: 'ada.byron@example.com',
    mobile: '07700 900456',
    address: `1 ${image} Street, Northam`,
    postcode: 'NV7 1AB',
  };
  /** Anything that would identify the patient if it were in a subject line. */
  const identifying = [
    'Ada',
    'Byron',
    patient.nhsNumber,
    `${patient.nhsNumber.slice(0, 3)} ${patient.nhsNumber.slice(3, 6)} ${patient.nhsNumber.slice(6)}`,
    '1971',
    '3 February',
    '03/02',
    'NV7',
    'ada.byron',
    'Street',
    '07700',
  ];
  /** Markup that would run if an email were shown as HTML. */
  const liveMarkup = /<script|<img|onerror\s*=/i;
  const requestIds: string[] = [];
  const mails: ParsedMail[] = [];
  let referrerEmail = '';

  beforeAll(async () => {
    const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service', name: 'Vale Dermatology' });
    // Organisation names come from the service's administrators, not the public, but reach subjects all the same.
    const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice', name: 'Brook <i>Surgery</i>' });
    const clinic = await buildOrganisation(t.db.pool, { kind: 'community_clinic', name: 'Vale Clinic' });
    await linkOrganisations(t.db.pool, service.id, practice.id);
    await linkOrganisations(t.db.pool, service.id, clinic.id, 'clinic_provider');
    const referrer = await person(practice.id, 'referrer', `Dr Gina ${image} Pratt`);
    const consultant = await person(service.id, 'consultant', `Dr Ann ${script} Able`);
    const clerk = await person(service.id, 'booking_clerk', `Clara ${script} Clerk`);
    const photographer = await person(clinic.id, 'photographer', 'Pat Photographer');
    referrerEmail = referrer.email;
    const patientId = await registerPatient(referrer, patient);

    // A clinic referral: the link email, appointment emails with their letters, a cancellation, a missed appointment.
    const clinicCase = await draftFor(referrer, service.id, patientId, {
      photography: 'clinic',
      clinicalQuestion: `Is this ${script} benign?`,
      lesion: `Plaque ${image}`,
    });
    requestIds.push(clinicCase.id);
    await openLink(referrer, clinicCase.id);
    await submit(referrer, clinicCase.id, 'awaiting_images');
    const site = await addSite(clerk, clinic.id, {
      name: `Northgate ${script} Centre`,
      address: `40 North Gate ${image}, Northam`,
      accessibility: `Step-free ${script}`,
      openingHours: `Mon–Fri ${image}`,
    });
    const session = await addSession(clerk, site, '2026-11-30', photographer.id);
    const first = await book(clerk, clinicCase.id, session.slotIds[0]!);
    expectStatus(
      await call(clerk)('POST', `/api/appointments/${first}/cancel`, { reason: `Patient phoned ${script}` }),
      200,
    );
    const second = await book(clerk, clinicCase.id, session.slotIds[1]!);

    // A referral reviewed from the referrer's photographs: a locked link, a question, the outcome.
    const reviewed = await draftFor(referrer, service.id, patientId, {
      clinicalQuestion: `Rash ${image} ${script}`,
      lesion: `Scaly ${script}`,
    });
    requestIds.push(reviewed.id);
    const link = await openLink(referrer, reviewed.id);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const wrong = await patientCall(link, 'POST', '/api/patient/verify', { dateOfBirth: '1999-09-09' });
      expectStatus(wrong, attempt < 5 ? 400 : 410);
    }
    await readyForReview(referrer, reviewed.id);
    await claim(consultant, reviewed.id);
    const question = { kind: 'question', body: `Any family history? ${script}${image}` };
    expectStatus(await call(consultant)('POST', `/api/requests/${reviewed.id}/messages`, question), 201);
    const answer = { kind: 'answer', body: `None known ${image}` };
    expectStatus(await call(referrer)('POST', `/api/requests/${reviewed.id}/messages`, answer), 201);
    const version = await claim(consultant, reviewed.id);
    const signed = await signOutcome(
      call(consultant),
      reviewed.id,
      outcomeBody(version, { plan: `Emollient twice daily ${script}`, differentials: [{ term: `Eczema ${image}` }] }),
    );
    expectStatus(signed, 200);

    // The day of the appointment, after it: the patient did not come.
    t.clock.set('2026-11-30T11:00:00Z');
    await signInEveryone();
    expectStatus(await call(clerk)('POST', `/api/appointments/${second}/did-not-attend`), 200);

    await outboxSettled();
    const { rows } = await t.db.pool.query<{ id: string }>(
      "SELECT id FROM outbox WHERE request_id = ANY($1) AND channel = 'email' AND sent_at IS NOT NULL ORDER BY created_at",
      [requestIds],
    );
    for (const { id } of rows) mails.push(await deliveredMail(id));
  });

  it('every flow that emails sent one: link, appointment (twice), cancellation, missed appointment, locked link, question, outcome', () => {
    const subjects = mails.map((m) => m.subject ?? '');
    for (const expected of [
      /: send photos of your skin$/,
      /: your skin photography appointment$/,
      /: your skin photography appointment is cancelled$/,
      /: we missed you at your skin photography appointment$/,
      /: patient link locked$/,
      /: a question for you$/,
      /: the dermatologist's response is ready$/,
    ]) {
      expect(
        subjects.some((s) => expected.test(s)),
        `${expected} in ${subjects.join(' | ')}`,
      ).toBe(true);
    }
    expect(subjects.filter((s) => s.endsWith(': your skin photography appointment'))).toHaveLength(2);
  });

  it('the outbox keeps a text body only: there is no HTML part to fill', async () => {
    const { rows: columns } = await t.db.pool.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'outbox' AND table_schema = current_schema()",
    );
    expect(columns.map((c) => c.column_name)).toContain('body_text');
    expect(columns.map((c) => c.column_name).filter((name) => /html/i.test(name))).toEqual([]);
  });

  it('every delivered email is text/plain (a PDF letter at most beside it), with no HTML part carrying live markup', () => {
    for (const mail of mails) {
      const contentType = mail.headers.get('content-type') as { value: string } | undefined;
      expect(['text/plain', 'multipart/mixed']).toContain(contentType?.value);
      expect(mail.html ? liveMarkup.test(mail.html) : false, mail.subject).toBe(false);
      for (const attachment of mail.attachments) expect(attachment.contentType).toBe('application/pdf');
      expect(typeof mail.text).toBe('string');
    }
    // The site's name reached the patient as it was typed, in plain text, where it cannot run.
    expect(mails.some((m) => m.text?.includes(`Northgate ${script} Centre`))).toBe(true);
    expect(mails.some((m) => m.attachments.length === 1)).toBe(true);
  });

  it('no subject identifies the patient, and no email to the referrer names them', async () => {
    const { rows } = await t.db.pool.query<{ subject: string }>(
      'SELECT subject FROM outbox WHERE request_id = ANY($1)',
      [requestIds],
    );
    for (const subject of [...rows.map((r) => r.subject), ...mails.map((m) => m.subject ?? '')]) {
      expect(subject).not.toMatch(/[\r\n]/);
      for (const text of identifying) expect(subject).not.toContain(text);
    }
    const toReferrer = mails.filter((m) => JSON.stringify(m.to).includes(referrerEmail));
    expect(toReferrer.length).toBeGreaterThanOrEqual(3);
    for (const mail of toReferrer) {
      for (const text of identifying) expect(mail.text ?? '').not.toContain(text);
    }
  });
});

describe('CRLF in inputs cannot forge log lines; __proto__ in JSON has no effect', () => {
  const forged = '\r\n{"level":50,"msg":"forged"}\n{"level":60,"msg":"forged"}';
  let submitted: string;
  let draft: string;

  beforeAll(async () => {
    await signInEveryone();
    const patientId = await registerPatient(w.referrer, {});
    submitted = (await draftFor(w.referrer, w.service.id, patientId)).id;
    await submit(w.referrer, submitted, 'awaiting_images');
    draft = (await draftFor(w.referrer, w.service.id, patientId)).id;
  });

  it('every line logged is one JSON object, whatever CRLF the path, query, headers or body carried', async () => {
    const writes: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        writes.push(String(chunk));
        done();
      },
    });
    const logged = await buildApp(t.services, { logger: pino({ level: 'trace' }, stream), webDist: null });
    const inject = (options: {
      method?: 'GET' | 'POST';
      url: string;
      headers?: Record<string, string>;
      payload?: object;
    }) => logged.app.inject({ ...options, headers: { ...as(w.referrer.session), ...options.headers } });
    try {
      const encoded = encodeURIComponent(forged);
      for (const url of [
        `/api/requests/${encoded}`,
        `/api/requests/x${forged}`,
        `/api/requests?state=${encoded}`,
        `/api/requests?sort=x${forged}&limit=${encoded}`,
        `/api/nowhere/${encoded}?q=${forged}`,
      ]) {
        expect((await inject({ url })).statusCode).toBeLessThan(500);
      }
      for (const header of [
        'user-agent',
        'referer',
        'accept-language',
        'x-forwarded-for',
        'x-real-ip',
        'request-id',
        'x-request-id',
        'x-correlation-id',
        'host',
      ]) {
        expect((await inject({ url: '/api/requests', headers: { [header]: `x${forged}` } })).statusCode).toBeLessThan(
          500,
        );
      }
      const bodies: [string, object][] = [
        ['/api/auth/sign-in', { email: `a@b.example${forged}`, password: forged }],
        ['/api/requests', { patientId: forged, kind: forged, serviceId: forged }],
        ['/api/patients', patientDetails({ givenName: `Ada${forged}`, address: forged })],
        [`/api/requests/${submitted}/messages`, { kind: 'note', body: `Note${forged}` }],
      ];
      for (const [url, payload] of bodies) {
        expect((await inject({ method: 'POST', url, payload })).statusCode).toBeLessThan(500);
      }
      // An unexpected failure is logged with its error: the body that caused it must not break the line either.
      await t.db.pool.query('ALTER TABLE messages RENAME TO messages_moved');
      try {
        const failed = await inject({
          method: 'POST',
          url: `/api/requests/${submitted}/messages`,
          headers: { 'user-agent': `x${forged}` },
          payload: { kind: 'note', body: `Note${forged}` },
        });
        expect(failed.statusCode).toBe(500);
      } finally {
        await t.db.pool.query('ALTER TABLE messages_moved RENAME TO messages');
      }
    } finally {
      await logged.app.close();
    }

    const lines = writes
      .join('')
      .split('\n')
      .filter((line) => line !== '');
    // Each write is exactly one line: nothing in a value ended a line early.
    expect(lines).toHaveLength(writes.length);
    const entries = lines.map((line) => JSON.parse(line) as unknown);
    for (const entry of entries) {
      expect(entry !== null && typeof entry === 'object' && !Array.isArray(entry)).toBe(true);
      const fields = entry as Record<string, unknown>;
      expect(fields['msg']).not.toBe('forged');
      if (fields['reqId'] !== undefined) expect(fields['reqId']).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
    }
    // The hostile input was logged (as an escaped string inside its own line), and so was the failure.
    expect(lines.some((line) => line.includes('forged'))).toBe(true);
    expect(entries.some((e) => (e as Record<string, unknown>)['msg'] === 'unexpected error')).toBe(true);
  });

  const raw = (who: Person, method: 'POST' | 'PATCH', url: string, json: string) =>
    t.app.inject({
      method,
      url,
      headers: { ...as(who.session), 'content-type': 'application/json' },
      payload: json,
    });
  /** A JSON body with the poison written in as raw text (JSON.stringify would drop a `__proto__` key). */
  const poisoned = (body: object, poison: string) => `{${poison},${JSON.stringify(body).slice(1)}`;
  const poisons = (fields: string) => [
    `"__proto__":${fields}`,
    `"constructor":{"prototype":${fields}}`,
    `"__proto__":${fields},"constructor":{"prototype":${fields}}`,
  ];

  it('__proto__ or constructor.prototype in a body: refused or ignored, never stored or inherited', async () => {
    const elsewhere = `{"isAdmin":true,"practiceId":"${w.sharedPractice.id}","serviceId":"${w.hiddenService.id}","organisationId":"${w.hiddenService.id}","state":"ready_for_review","roles":["system_admin"],"suspectedCancer":["melanoma"]}`;
    for (const poison of poisons(elsewhere)) {
      const details = patientDetails();
      const patient = await raw(w.referrer, 'POST', '/api/patients', poisoned(details, poison));
      expect([400, 201]).toContain(patient.statusCode);
      const { rows: patients } = await t.db.pool.query('SELECT practice_id FROM patients WHERE nhs_number = $1', [
        details.nhsNumber,
      ]);
      expect(patients).toEqual(patient.statusCode === 201 ? [{ practice_id: w.practice.id }] : []);

      const ownPatient = await registerPatient(w.referrer, {});
      const body = { patientId: ownPatient, kind: 'referral', serviceId: w.service.id };
      const request = await raw(w.referrer, 'POST', '/api/requests', poisoned(body, poison));
      expect([400, 201]).toContain(request.statusCode);
      const { rows: requests } = await t.db.pool.query(
        'SELECT practice_id, service_id, state FROM requests WHERE patient_id = $1',
        [ownPatient],
      );
      expect(requests).toEqual(
        request.statusCode === 201 ? [{ practice_id: w.practice.id, service_id: w.service.id, state: 'draft' }] : [],
      );

      const { version } = (await call(w.referrer)('GET', `/api/requests/${draft}`)).json();
      const history = `{${poison},${JSON.stringify(completeHistory).slice(1)}`;
      const patched = await raw(
        w.referrer,
        'PATCH',
        `/api/requests/${draft}`,
        `{"version":${version},"history":${history}}`,
      );
      expect([400, 200]).toContain(patched.statusCode);
      const { rows: drafts } = await t.db.pool.query('SELECT state, service_id, history FROM requests WHERE id = $1', [
        draft,
      ]);
      expect(drafts[0]).toMatchObject({ state: 'draft', service_id: w.service.id });
      expect(drafts[0].history.suspectedCancer).toEqual([]);
      expect(JSON.stringify(drafts[0].history)).not.toMatch(/melanoma|__proto__|isAdmin/);

      const email = `clerk.${randomUUID().slice(0, 8)}@test.example`;
      const user = {
        email,
        displayName: 'Proto Clerk',
        password: 'a long enough passphrase here',
        organisationId: w.service.id,
        roles: ['booking_clerk'],
      };
      const created = await raw(w.admin, 'POST', '/api/users', poisoned(user, poison));
      expect([400, 201]).toContain(created.statusCode);
      const { rows: memberships } = await t.db.pool.query(
        'SELECT m.organisation_id, m.roles FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1',
        [email],
      );
      expect(memberships).toEqual(
        created.statusCode === 201 ? [{ organisation_id: w.service.id, roles: ['booking_clerk'] }] : [],
      );
    }
    for (const url of [
      '/api/requests?__proto__[isAdmin]=true&constructor[prototype][isAdmin]=true',
      '/api/requests?__proto__=x&constructor=y&state=draft',
      '/api/patients?__proto__[nhsNumber]=x&familyName=Lovelace&dateOfBirth=1970-05-17',
    ]) {
      expect((await call(w.referrer)('GET', url)).statusCode).toBeLessThan(500);
    }
    const plain: Record<string, unknown> = {};
    for (const key of ['isAdmin', 'practiceId', 'serviceId', 'organisationId', 'state', 'roles', 'suspectedCancer']) {
      expect(plain[key]).toBeUndefined();
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, key)).toBe(false);
    }
  });
});
