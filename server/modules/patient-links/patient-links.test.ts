import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { outboxWorker } from '../../jobs/outbox.ts';
import { createLogger } from '../../logger.ts';
import { createMailer } from '../../mail/mailer.ts';
import { createTexter } from '../../mail/texter.ts';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { caller, draftRequest } from '../../testing/intake.ts';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink.ts';
import { buildTestApp, signInAs, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { uploadPhoto } from '../../testing/tus.ts';
import { imageProcessingWorker } from '../images/process-image-job.ts';
import { lettersWorker } from '../letters/make-letters-job.ts';
import { exifOrientationFixtures } from '../../../test/fixtures/photographs.ts';
import { describeActivity } from '../../../web/src/features/requests/last-activity.ts';
import { signOutcome } from '../../testing/review.ts';

const fixtures = exifOrientationFixtures;
let t: TestApp;
let smtp: SmtpSink;
let gp: SignedIn;
let consultant: SignedIn;
let admin: SignedIn;
let serviceId: string;

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await buildTestApp(
    { SMTP_URL: smtp.url, PATIENT_LINK_DAYS: '14' },
    {
      workers: (deps) => {
        const logger = createLogger(deps.config);
        return [
          outboxWorker(
            deps.pool,
            deps.clock,
            createMailer({
              smtpUrl: deps.config.smtpUrl,
              from: deps.config.mailFrom,
              sinkDir: path.join(deps.config.dataDir, 'mail'),
              logger,
            }),
            createTexter({ sinkDir: path.join(deps.config.dataDir, 'mail'), logger }),
          ),
          imageProcessingWorker(deps),
          lettersWorker({ ...deps, publicOrigin: deps.config.publicOrigin }),
        ];
      },
    },
  );
  const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice', name: 'Meadow Practice' });
  await linkOrganisations(t.db.pool, service.id, practice.id);
  serviceId = service.id;
  const signIn = async (organisationId: string, role: 'referrer' | 'consultant' | 'service_admin') => {
    const user = await buildUser(t.db.pool, { organisationId, roles: [role] });
    return signInAs(t.app, user.email, user.password);
  };
  gp = await signIn(practice.id, 'referrer');
  consultant = await signIn(service.id, 'consultant');
  admin = await signIn(service.id, 'service_admin');
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

/** Sends a link by email and returns its token, read from the mail the patient receives. */
async function sendLink(requestId: string): Promise<string> {
  const before = smtp.messages.length;
  expect(
    (await caller(t.app, gp)('POST', `/api/requests/${requestId}/patient-links`, { channel: 'email' })).statusCode,
  ).toBe(201);
  const mail = await smtp.waitFor((m) => smtp.messages.indexOf(m) >= before && /\/p\//.test(m.text ?? ''));
  return /\/p\/([A-Za-z0-9_-]{43})/.exec(mail.text!)![1]!;
}

/** Opens a link as the patient's browser would; returns its cookie headers, or the refusal. */
async function open(token: string) {
  const response = await t.app.inject({ url: `/p/${token}` });
  const cookie = response.cookies.find((c) => c.name === 'telederm_patient');
  if (!cookie) return { response, headers: null };
  const headers: Record<string, string> = { cookie: `telederm_patient=${cookie.value}` };
  headers['x-csrf-token'] = (await t.app.inject({ url: '/api/patient/session', headers })).json().csrfToken;
  return { response, headers, cookie };
}

const patient = (headers: Record<string, string>, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

describe('the patient link', () => {
  it('opens once into an HttpOnly cookie and a URL without the token, and shows nothing before the date of birth', async () => {
    const { id } = await draftRequest(t.app, gp, serviceId);
    const token = await sendLink(id);
    const { rows } = await t.db.pool.query('SELECT token_hash FROM patient_links WHERE request_id = $1', [id]);
    expect(rows[0].token_hash).not.toBe(token);
    expect(JSON.stringify((await t.db.pool.query('SELECT * FROM patient_links')).rows)).not.toContain(token);
    // The mail arrives a moment before the worker records it as sent; then the token is redacted.
    const sent = await vi.waitFor(
      async () => {
        const row = (
          await t.db.pool.query<{ body_text: string }>(
            'SELECT body_text FROM outbox WHERE request_id = $1 AND sent_at IS NOT NULL',
            [id],
          )
        ).rows[0];
        expect(row, 'the link sent').toBeDefined();
        return row;
      },
      { timeout: 10_000, interval: 50 },
    );
    expect(sent?.body_text).toMatch(/\/p\/\[sent\]/);
    expect(sent?.body_text).not.toContain(token);

    const { response, headers, cookie } = await open(token);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/patient');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    const before = await patient(headers!, 'GET', '/api/patient/request');
    expect(before.statusCode).toBe(403);
    expect(before.body).not.toMatch(/Lovelace|1970/);

    const wrong = await patient(headers!, 'POST', '/api/patient/verify', { dateOfBirth: '1971-05-17' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().detail).toMatch(/4 more tries/);
    expect((await patient(headers!, 'POST', '/api/patient/verify', { dateOfBirth: '1970-05-17' })).statusCode).toBe(
      204,
    );
    const viewed = await patient(headers!, 'GET', '/api/patient/request');
    const view = viewed.json();
    expect(view.status?.text, viewed.body).toBe('Your GP practice is preparing your request.');
    expect(view.practice.name).toBe('Meadow Practice');
  });

  it('locks after 5 wrong dates of birth and tells the practice', async () => {
    const { id } = await draftRequest(t.app, gp, serviceId);
    const token = await sendLink(id);
    const { headers } = await open(token);
    for (let i = 0; i < 4; i += 1)
      await patient(headers!, 'POST', '/api/patient/verify', { dateOfBirth: '2000-01-01' });
    const fifth = await patient(headers!, 'POST', '/api/patient/verify', { dateOfBirth: '2000-01-01' });
    expect(fifth.statusCode).toBe(410);
    const reference = (await caller(t.app, gp)('GET', `/api/requests/${id}`)).json().reference;
    await smtp.waitFor((m) => m.subject === `Telederm ${reference}: patient link locked`);
    const again = await t.app.inject({ url: `/p/${token}` });
    expect(again.statusCode).toBe(410);
    expect(again.body).toContain('This link has been locked');
    expect((await patient(headers!, 'POST', '/api/patient/verify', { dateOfBirth: '1970-05-17' })).statusCode).toBe(
      401,
    );
  });

  it.each([
    ['expired', (_id: string) => Promise.resolve(t.clock.advance({ days: 15 })), 'This link has expired'],
    [
      'revoked',
      async (id: string) => void (await caller(t.app, gp)('DELETE', `/api/requests/${id}/patient-links/current`)),
      'This link has been cancelled',
    ],
    ['superseded', async (id: string) => void (await sendLink(id)), 'This link has been replaced'],
  ])(
    'answers a %s link with a 410 page that says what happened and whom to contact, and nothing else',
    async (_case, spoil, title) => {
      const { id } = await draftRequest(t.app, gp, serviceId);
      const token = await sendLink(id);
      await spoil(id);
      const response = await t.app.inject({ url: `/p/${token}` });
      expect(response.statusCode).toBe(410);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.body).toContain(title);
      expect(response.body).toContain('Meadow Practice');
      expect(response.body).not.toMatch(/Lovelace|Ada|1970|TD-/);
      expect(response.cookies).toEqual([]);
      if (_case === 'expired') t.clock.set('2026-11-23T09:00:00Z');
    },
  );

  it('answers a tampered token with 404 and nothing', async () => {
    const { id } = await draftRequest(t.app, gp, serviceId);
    const token = await sendLink(id);
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    const response = await t.app.inject({ url: `/p/${tampered}` });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toMatch(/Meadow|Lovelace/);
  });

  it('reaches its own request only: another request is out of reach', async () => {
    const mine = await draftRequest(t.app, gp, serviceId);
    const other = await draftRequest(t.app, gp, serviceId);
    const { headers } = await open(await sendLink(mine.id));
    await patient(headers!, 'POST', '/api/patient/verify', { dateOfBirth: '1970-05-17' });
    await patient(headers!, 'POST', '/api/patient/consent', { referralAndImageSharing: true });
    const photo = await fs.readFile(path.join(fixtures, 'Portrait_2.jpg'));
    const metadata = `requestId ${Buffer.from(other.id).toString('base64')},lesionId ${Buffer.from(other.lesionIds[0]!).toString('base64')},view ${Buffer.from('close_up').toString('base64')}`;
    const intrusion = await t.app.inject({
      method: 'POST',
      url: '/api/patient/uploads',
      headers: {
        ...headers!,
        'tus-resumable': '1.0.0',
        'upload-length': String(photo.length),
        'upload-metadata': metadata,
      },
    });
    expect(intrusion.statusCode).toBe(404);
    expect((await caller(t.app, gp)('GET', '/api/patient/request')).statusCode).toBe(401);
  });
});

describe('the patient journey', () => {
  it('consents, sends photos, answers the questionnaire; the referrer sees it; after the outcome the patient reads the letter and gives feedback', async () => {
    const { id, lesionIds } = await draftRequest(t.app, gp, serviceId, { consent: false });
    const { headers } = await open(await sendLink(id));
    await patient(headers!, 'POST', '/api/patient/verify', { dateOfBirth: '1970-05-17' });
    expect(
      (await patient(headers!, 'POST', '/api/patient/consent', { referralAndImageSharing: true, teachingUse: true }))
        .statusCode,
    ).toBe(204);

    const photo = await fs.readFile(path.join(fixtures, 'Landscape_3.jpg'));
    const { created, uploadId } = await uploadPhoto(
      t.app,
      { cookie: headers!['cookie']!, csrfToken: headers!['x-csrf-token']!, userId: '' },
      {
        requestId: id,
        lesionId: lesionIds[0]!,
        bytes: photo,
        endpoint: '/api/patient/uploads',
        ingest: '/api/patient/images',
      },
    );
    expect(created.statusCode).toBe(201);
    expect(uploadId).toBeTruthy();

    const partial = await patient(headers!, 'PUT', '/api/patient/questionnaire', {
      answers: { durationValue: 2, durationUnit: 'months' },
    });
    expect(partial.statusCode).toBe(204);
    const incomplete = await patient(headers!, 'PUT', '/api/patient/questionnaire', {
      answers: { durationValue: 2, durationUnit: 'months' },
      complete: true,
    });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['symptoms', 'medicines', 'allergies', 'previousSkinCancer']),
    );
    const answers = {
      durationValue: 2,
      durationUnit: 'months',
      symptoms: ['itch'],
      medicines: 'none',
      allergies: 'penicillin',
      previousSkinCancer: 'no',
    };
    expect((await patient(headers!, 'PUT', '/api/patient/questionnaire', { answers, complete: true })).statusCode).toBe(
      204,
    );

    const seen = (await caller(t.app, gp)('GET', `/api/requests/${id}`)).json();
    expect(seen.patientLink).toMatchObject({
      channel: 'email',
      status: 'completed',
      openedAt: expect.any(String),
      verifiedAt: expect.any(String),
    });
    expect(seen.questionnaire.answers).toMatchObject({ allergies: 'penicillin' });
    expect(seen.consent).toMatchObject({ method: 'patient_link', teachingUse: true });
    const images = (await caller(t.app, gp)('GET', `/api/requests/${id}/images`)).json().images;
    expect(images).toHaveLength(1);
    expect(images[0].capturedBy).toBe('Patient (own photos)');

    expect((await caller(t.app, gp)('POST', `/api/requests/${id}/submit`)).json().state).toBe('ready_for_review');
    const view = (await patient(headers!, 'GET', '/api/patient/request')).json();
    expect(view.status.text).toMatch(
      /^With the dermatologist: expect an answer by (Monday|Tuesday|Wednesday|Thursday|Friday) \d+ \w+\.$/,
    );
    expect((await patient(headers!, 'POST', '/api/patient/feedback', { friendsAndFamily: 'good' })).statusCode).toBe(
      409,
    );
    // Once with the dermatologist, the answers stay as they are read.
    const late = await patient(headers!, 'PUT', '/api/patient/questionnaire', {
      answers: { ...answers, allergies: 'none' },
      complete: true,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toMatch(/already gone to the dermatologist/);

    const { version } = (await caller(t.app, consultant)('POST', `/api/requests/${id}/claim`)).json();
    const { diagnoses } = await import('../review/diagnoses.ts');
    const naevus = diagnoses.find((d) => /naevus/i.test(d.term) && !d.cancer)!;
    await signOutcome(caller(t.app, consultant), id, {
      version,
      category: 'discharge_with_advice',
      diagnosisCode: naevus.code,
      plan: naevus.planTemplate,
    });
    await vi.waitFor(
      async () => expect((await patient(headers!, 'GET', '/api/patient/request')).json().letter).toBeTruthy(),
      { timeout: 20_000, interval: 100 },
    );
    const pdf = await patient(headers!, 'GET', '/api/patient/letter');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const feedback = {
      friendsAndFamily: 'very_good',
      speed: 'agree',
      convenience: 'strongly_agree',
      comments: 'Quick, thank you',
    };
    expect((await patient(headers!, 'POST', '/api/patient/feedback', feedback)).statusCode).toBe(204);
    expect((await patient(headers!, 'POST', '/api/patient/feedback', feedback)).statusCode).toBe(409);
    const stored = (await t.db.pool.query('SELECT * FROM feedback_responses')).rows;
    expect(Object.keys(stored[0]).sort()).toEqual(['answers', 'id', 'month', 'service_id']);
    expect(JSON.stringify(stored)).not.toContain(id);

    const results = (await caller(t.app, admin)('GET', `/api/services/${serviceId}/feedback`)).json();
    const fft = results.months.at(-1).questions.friendsAndFamily;
    expect(fft.find((a: { answer: string }) => a.answer === 'very_good')).toMatchObject({ count: 1, percent: 100 });
    const csv = await caller(t.app, admin)('GET', `/api/services/${serviceId}/feedback.csv`);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.split('\r\n')[0]).toBe('"month","question","answer","count","percent","responses"');
    expect(csv.body).toContain('"friendsAndFamily","very_good","1","100","1"');
  });

  it('sends by text message to the local sink when no Notify key is set', async () => {
    const { id } = await draftRequest(t.app, gp, serviceId);
    expect((await caller(t.app, gp)('POST', `/api/requests/${id}/patient-links`, { channel: 'sms' })).statusCode).toBe(
      201,
    );
    const dir = path.join(t.config.dataDir, 'mail');
    const files = await vi.waitFor(
      async () => {
        const found = (await fs.readdir(dir).catch(() => [])).filter((f) => f.includes('-sms-') && f.endsWith('.txt'));
        expect(found.length, 'a text message written').toBeGreaterThan(0);
        return found;
      },
      { timeout: 15_000, interval: 100 },
    );
    const text = await fs.readFile(path.join(dir, files[0]!), 'utf8');
    expect(text).toMatch(/^To: \+447700900123/);
    expect(text).toMatch(/\/p\/[A-Za-z0-9_-]{43}/);
  });
});

describe('consent the patient gives through their link', () => {
  it('is stored and shown as given through the link, never as taken verbally, and is the method the API documents', async () => {
    const { id } = await draftRequest(t.app, gp, serviceId, { consent: false });
    const { headers } = await open(await sendLink(id));
    await patient(headers!, 'POST', '/api/patient/verify', { dateOfBirth: '1970-05-17' });
    expect(
      (await patient(headers!, 'POST', '/api/patient/consent', { referralAndImageSharing: true })).statusCode,
    ).toBe(204);
    const { rows } = await t.db.pool.query('SELECT method, recorded_by FROM consents WHERE request_id = $1', [id]);
    expect(rows).toEqual([{ method: 'patient_link', recorded_by: null }]);
    const seen = (await caller(t.app, gp)('GET', `/api/requests/${id}`)).json();
    expect(seen.consent).toMatchObject({ method: 'patient_link', recordedByName: null, teachingUse: false });

    // The web app labels each method the API can answer (shared/request-content.ts): the document lists them all.
    const document = (await t.app.inject({ url: '/api/openapi.json' })).json();
    const body = document.paths['/api/requests/{requestId}'].get.responses['200'].content['application/json'].schema;
    const consent = (body.$ref ? document.components.schemas[body.$ref.split('/').pop()] : body).properties.consent;
    const method = (consent.anyOf ?? [consent]).find((s: { properties?: object }) => s.properties).properties.method;
    expect(method.enum).toEqual(['verbal', 'written', 'patient_link']);
  });

  it('cannot be claimed by the referrer: they record only what they took, verbally or in writing', async () => {
    const { id } = await draftRequest(t.app, gp, serviceId, { consent: false });
    const claimed = await caller(t.app, gp)('POST', `/api/requests/${id}/consent`, {
      referralAndImageSharing: true,
      method: 'patient_link',
    });
    expect(claimed.statusCode).toBe(400);
    expect(claimed.json().errors.map((e: { field: string }) => e.field)).toEqual(['method']);
  });
});

describe('consent through the link once the request has gone on (issue 19)', () => {
  it('is refused on a submitted request, and the consent the referrer took stays the one on record', async () => {
    const { id } = await draftRequest(t.app, gp, serviceId);
    const submitted = await caller(t.app, gp)('POST', `/api/requests/${id}/submit`);
    expect(submitted.json().state, submitted.body).toBe('awaiting_images');
    const { headers } = await open(await sendLink(id));
    await patient(headers!, 'POST', '/api/patient/verify', { dateOfBirth: '1970-05-17' });

    const given = await patient(headers!, 'POST', '/api/patient/consent', {
      referralAndImageSharing: true,
      teachingUse: true,
    });
    expect(given.statusCode, given.body).toBe(409);
    expect(given.json().detail).toMatch(/already sent your request/);
    const { rows } = await t.db.pool.query('SELECT method, teaching_use FROM consents WHERE request_id = $1', [id]);
    expect(rows).toEqual([{ method: 'verbal', teaching_use: false }]);
  });

  it('cannot put consent back on a request stopped because the patient withdrew it', async () => {
    const { id } = await draftRequest(t.app, gp, serviceId);
    await caller(t.app, gp)('POST', `/api/requests/${id}/submit`);
    const { headers } = await open(await sendLink(id));
    await patient(headers!, 'POST', '/api/patient/verify', { dateOfBirth: '1970-05-17' });
    const withdrawn = await caller(t.app, gp)('POST', `/api/requests/${id}/consent/withdrawal`, {
      reason: 'The patient rang to withdraw',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBeLessThan(300);

    const given = await patient(headers!, 'POST', '/api/patient/consent', { referralAndImageSharing: true });
    expect(given.statusCode, given.body).toBe(409);
    const seen = (await caller(t.app, gp)('GET', `/api/requests/${id}`)).json();
    expect(seen.state).toBe('withdrawn');
    expect(seen.consent).toMatchObject({ method: 'verbal', withdrawnAt: expect.any(String) });
  });
});

describe('a patient who has done everything their link asked (issue 12 §7b)', () => {
  const answers = {
    durationValue: 2,
    durationUnit: 'months',
    symptoms: ['itch'],
    medicines: 'Emollient cream',
    allergies: 'penicillin',
    previousSkinCancer: 'no',
  };
  const finishedSubject = (reference: string) => `Telederm ${reference}: the patient has finished their part`;

  /** A draft without consent, its link opened and the date of birth confirmed. */
  async function linkOpened(options: { photography?: 'referrer' | 'clinic' } = {}) {
    const draft = await draftRequest(t.app, gp, serviceId, { consent: false, ...options });
    const { headers } = await open(await sendLink(draft.id));
    await patient(headers!, 'POST', '/api/patient/verify', { dateOfBirth: '1970-05-17' });
    const { reference } = (await caller(t.app, gp)('GET', `/api/requests/${draft.id}`)).json();
    return { ...draft, headers: headers!, reference: reference as string };
  }

  const sendPhoto = async (headers: Record<string, string>, request: { id: string; lesionIds: string[] }) => {
    const { created } = await uploadPhoto(
      t.app,
      { cookie: headers['cookie']!, csrfToken: headers['x-csrf-token']!, userId: '' },
      {
        requestId: request.id,
        lesionId: request.lesionIds[0]!,
        bytes: await fs.readFile(path.join(fixtures, 'Landscape_4.jpg')),
        endpoint: '/api/patient/uploads',
        ingest: '/api/patient/images',
      },
    );
    expect(created.statusCode).toBe(201);
  };

  /** The messages to the referrer that the patient has finished, as the outbox holds them. */
  const toldReferrer = async (requestId: string) =>
    (
      await t.db.pool.query<{ id: string; recipient: string; subject: string }>(
        `SELECT o.id, o.recipient, o.subject FROM outbox o WHERE o.request_id = $1 AND o.subject LIKE '%finished their part'`,
        [requestId],
      )
    ).rows;

  const auditRows = async (requestId: string, action: string) =>
    (
      await t.db.pool.query<{ detail: { patientFinished?: { notificationId: string } } }>(
        'SELECT detail FROM audit_events WHERE record_id = $1 AND action = $2 ORDER BY seq',
        [requestId, action],
      )
    ).rows.map((r) => r.detail);

  it('tells the referrer once, by email, in the call that completes the last task, and records it in that call’s audit row', async () => {
    const request = await linkOpened();
    const { headers } = request;
    await patient(headers, 'POST', '/api/patient/consent', { referralAndImageSharing: true });
    await sendPhoto(headers, request);
    expect(await toldReferrer(request.id)).toEqual([]);

    const finished = await patient(headers, 'PUT', '/api/patient/questionnaire', { answers, complete: true });
    expect(finished.statusCode, finished.body).toBe(204);
    const told = await toldReferrer(request.id);
    const { rows: referrer } = await t.db.pool.query('SELECT email FROM users WHERE id = $1', [gp.userId]);
    expect(told).toEqual([
      { id: expect.any(String), recipient: referrer[0].email, subject: finishedSubject(request.reference) },
    ]);
    expect(await auditRows(request.id, 'patient.questionnaire_saved')).toEqual([
      { patientFinished: { notificationId: told[0]!.id } },
    ]);

    // Saving again, or consenting again, tells no one again.
    expect((await patient(headers, 'PUT', '/api/patient/questionnaire', { answers, complete: true })).statusCode).toBe(
      204,
    );
    expect((await patient(headers, 'POST', '/api/patient/consent', { referralAndImageSharing: true })).statusCode).toBe(
      204,
    );
    expect(await toldReferrer(request.id)).toHaveLength(1);
    expect(await auditRows(request.id, 'patient.questionnaire_saved')).toEqual([
      { patientFinished: { notificationId: told[0]!.id } },
      {},
    ]);
    const mail = await smtp.waitFor((m) => m.subject === finishedSubject(request.reference));
    expect(mail.to).toMatchObject({ value: [{ address: referrer[0].email }] });
  });

  it('tells the referrer when the photo is the last thing sent, with the photo in the same call', async () => {
    const request = await linkOpened();
    const { headers } = request;
    await patient(headers, 'POST', '/api/patient/consent', { referralAndImageSharing: true });
    await patient(headers, 'PUT', '/api/patient/questionnaire', { answers, complete: true });
    expect(await toldReferrer(request.id)).toEqual([]);
    await sendPhoto(headers, request);
    const told = await toldReferrer(request.id);
    expect(told).toHaveLength(1);
    const { rows } = await t.db.pool.query('SELECT detail FROM audit_events WHERE action = $1 AND patient_id = $2', [
      'patient_link.finished',
      request.patientId,
    ]);
    expect(rows).toEqual([{ detail: { patientFinished: { notificationId: told[0]!.id } } }]);
  });

  it('tells the referrer of a clinic patient when consent is the last thing given', async () => {
    const request = await linkOpened({ photography: 'clinic' });
    const { headers } = request;
    await patient(headers, 'PUT', '/api/patient/questionnaire', { answers, complete: true });
    expect(await toldReferrer(request.id)).toEqual([]);
    await patient(headers, 'POST', '/api/patient/consent', { referralAndImageSharing: true });
    expect(await toldReferrer(request.id)).toHaveLength(1);
  });

  it('says nothing clinical in the email: the reference and a link to the request page only', async () => {
    const request = await linkOpened();
    const { headers } = request;
    await patient(headers, 'POST', '/api/patient/consent', { referralAndImageSharing: true });
    await sendPhoto(headers, request);
    await patient(headers, 'PUT', '/api/patient/questionnaire', { answers, complete: true });

    const mail = await smtp.waitFor((m) => m.subject === finishedSubject(request.reference));
    expect(mail.text?.trim()).toBe(
      [
        `The patient has done everything their link asked for request ${request.reference}.`,
        `Open the request to look at what they sent and take the next step: ${t.config.publicOrigin}/requests/${request.id}`,
        '',
        'This message contains no patient details. Do not reply to it.',
      ].join('\n'),
    );
    expect(mail.attachments).toEqual([]);
    const { rows } = await t.db.pool.query<{ nhs_number: string }>('SELECT nhs_number FROM patients WHERE id = $1', [
      request.patientId,
    ]);
    const everything = `${mail.subject}\n${mail.text}\n${mail.html || ''}`;
    for (const clinical of [
      'Ada',
      'Lovelace',
      rows[0]!.nhs_number,
      '1970',
      '17 May',
      'seborrhoeic',
      'Brown warty plaque',
      'forearm',
      'penicillin',
      'Emollient',
      'itch',
      'months',
    ]) {
      expect(everything).not.toContain(clinical);
    }
  });

  it('no longer tells the patient their practice is preparing the request, only once they have done their part', async () => {
    const request = await linkOpened();
    const { headers } = request;
    const status = async () => (await patient(headers, 'GET', '/api/patient/request')).json().status.text;
    await patient(headers, 'POST', '/api/patient/consent', { referralAndImageSharing: true });
    await sendPhoto(headers, request);
    expect(await status()).toBe('Your GP practice is preparing your request.');
    await patient(headers, 'PUT', '/api/patient/questionnaire', { answers, complete: true });
    expect(await status()).toBe(
      'Thank you — you have done everything we asked. Your GP practice will now send your request to the dermatology service.',
    );
  });

  it('shows on the referrer’s request list as the latest activity, at the time it happened, until something newer', async () => {
    const request = await linkOpened();
    const { headers } = request;
    const listed = async () =>
      (await caller(t.app, gp)('GET', '/api/requests?limit=200'))
        .json()
        .requests.find((r: { id: string }) => r.id === request.id);
    expect(describeActivity((await listed()).lastActivity)).toBe('Draft started');
    await patient(headers, 'POST', '/api/patient/consent', { referralAndImageSharing: true });
    await sendPhoto(headers, request);

    t.clock.advance({ minutes: 20 });
    const finishedAt = t.clock.now().toISOString();
    await patient(headers, 'PUT', '/api/patient/questionnaire', { answers, complete: true });
    const row = await listed();
    expect(row.lastActivity).toBe('patient_finished');
    expect(describeActivity(row.lastActivity)).toBe('Patient finished their part');
    expect(row.updatedAt).toBe(finishedAt);

    t.clock.advance({ minutes: 5 });
    expect((await caller(t.app, gp)('POST', `/api/requests/${request.id}/submit`)).statusCode).toBe(200);
    // The submission's own moves are newer: the eligibility decision is the last of them.
    expect(describeActivity((await listed()).lastActivity)).toBe('Eligibility decided');
  });
});
