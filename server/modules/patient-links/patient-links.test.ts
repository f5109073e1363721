import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    const deadline = Date.now() + 10_000;
    let sent: { body_text: string } | undefined;
    while (!sent && Date.now() < deadline) {
      sent = (await t.db.pool.query('SELECT body_text FROM outbox WHERE request_id = $1 AND sent_at IS NOT NULL', [id]))
        .rows[0];
      if (!sent) await new Promise((resolve) => setTimeout(resolve, 50));
    }
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
    ['expired', async (_id: string) => t.clock.advance({ days: 15 }), 'This link has expired'],
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

    const { version } = (await caller(t.app, consultant)('POST', `/api/requests/${id}/claim`)).json();
    const { diagnoses } = await import('../review/diagnoses.ts');
    const naevus = diagnoses.find((d) => /naevus/i.test(d.term) && !d.cancer)!;
    await signOutcome(caller(t.app, consultant), id, {
      version,
      category: 'discharge_with_advice',
      diagnosisCode: naevus.code,
      plan: naevus.planTemplate,
    });
    const deadline = Date.now() + 20_000;
    let letter = null;
    while (!letter) {
      letter = (await patient(headers!, 'GET', '/api/patient/request')).json().letter;
      if (!letter && Date.now() > deadline) throw new Error('patient letter not made');
      if (!letter) await new Promise((resolve) => setTimeout(resolve, 100));
    }
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
    const deadline = Date.now() + 15_000;
    let files: string[] = [];
    while (Date.now() < deadline) {
      files = (await fs.readdir(dir).catch(() => [])).filter((f) => f.includes('-sms-') && f.endsWith('.txt'));
      if (files.length) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
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
