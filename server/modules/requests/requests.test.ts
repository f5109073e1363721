import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { outboxWorker } from '../../jobs/outbox.ts';
import { createMailer } from '../../mail/mailer.ts';
import { createLogger } from '../../logger.ts';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink.ts';
import { as, buildTestApp, signInAs, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import {
  draftRequest as draftIntake,
  markImagesComplete,
  nextNhsNumber,
  patientDetails,
} from '../../testing/intake.ts';

let t: TestApp;
let smtp: SmtpSink;
let gp: SignedIn;
let otherGp: SignedIn;
let consultant: SignedIn;
let otherConsultant: SignedIn;
let admin: SignedIn;
let serviceId: string;

let referrerEmail: string;
const credentials = new Map<string, { email: string; password: string }>();

/** Signs everyone in again: moving the clock by days ends their sessions, as it would in life. */
async function signInAgain() {
  const fresh = async (session: SignedIn) => {
    const account = credentials.get(session.userId)!;
    return signInAs(t.app, account.email, account.password);
  };
  gp = await fresh(gp);
  otherGp = await fresh(otherGp);
  consultant = await fresh(consultant);
  otherConsultant = await fresh(otherConsultant);
  admin = await fresh(admin);
}

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await buildTestApp(
    { SMTP_URL: smtp.url },
    {
      workers: ({ config, pool, clock }) => [
        outboxWorker(
          pool,
          clock,
          createMailer({
            smtpUrl: config.smtpUrl,
            from: config.mailFrom,
            sinkDir: '.tmp/mail',
            logger: createLogger(config),
          }),
        ),
      ],
    },
  );
  const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service', name: 'Test Dermatology' });
  const otherService = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  const otherPractice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  await linkOrganisations(t.db.pool, service.id, practice.id);
  await linkOrganisations(t.db.pool, service.id, otherPractice.id);
  serviceId = service.id;

  const make = async (organisationId: string, role: 'referrer' | 'consultant' | 'service_admin') => {
    const user = await buildUser(t.db.pool, { organisationId, roles: [role] });
    credentials.set(user.id, user);
    return { user, session: await signInAs(t.app, user.email, user.password) };
  };
  const referrer = await make(practice.id, 'referrer');
  gp = referrer.session;
  referrerEmail = referrer.user.email;
  otherGp = (await make(otherPractice.id, 'referrer')).session;
  consultant = (await make(service.id, 'consultant')).session;
  otherConsultant = (await make(otherService.id, 'consultant')).session;
  admin = (await make(service.id, 'service_admin')).session;
  movedAt = t.clock.now().getTime();
});
afterEach(async () => {
  if (t.clock.now().getTime() - movedAt > 10 * 60_000) {
    movedAt = t.clock.now().getTime();
    await signInAgain();
  }
});
let movedAt = 0;
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const call = (who: SignedIn, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: as(who), ...(payload ? { payload } : {}) });

/** A draft made through the API as the referrer would make it. */
const draftRequest = async (options: Parameters<typeof draftIntake>[3] = {}) =>
  (await draftIntake(t.app, gp, serviceId, options)).id;

const imagesComplete = (id: string) => markImagesComplete(t.db.pool, id, t.clock.now());

describe('patients', () => {
  it('are registered once per NHS number: spaces normalised, the second request finds the first record', async () => {
    const details = patientDetails();
    const spaced = `${details.nhsNumber.slice(0, 3)} ${details.nhsNumber.slice(3, 6)} ${details.nhsNumber.slice(6)}`;
    const first = await call(gp, 'POST', '/api/patients', { ...details, nhsNumber: spaced });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ nhsNumber: details.nhsNumber, postcode: 'NV1 4DE', mobile: '+447700900123' });
    const again = await call(gp, 'POST', '/api/patients', details);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
  });

  it.each([
    ['nhsNumber', { nhsNumber: '9434765918' }, /valid NHS number/],
    ['nhsNumber', { nhsNumber: '12345' }, /10 digits/],
    ['dateOfBirth', { dateOfBirth: '2099-01-01' }, /today or in the past/],
    ['dateOfBirth', { dateOfBirth: '1890-01-01' }, /on or after/],
    ['dateOfBirth', { dateOfBirth: '2001-02-30' }, /real date/],
    ['postcode', { postcode: 'NOT A CODE' }, /postcode/i],
    ['mobile', { mobile: '01632 960100' }, /mobile/i],
    ['email', { email: 'not-an-email' }, /email/i],
  ])('refuses a bad %s with a field-named message and stores nothing', async (field, override, message) => {
    const before = (await t.db.pool.query('SELECT count(*)::int AS n FROM patients')).rows[0].n;
    const response = await call(gp, 'POST', '/api/patients', patientDetails(override));
    expect(response.statusCode).toBe(400);
    const error = response.json().errors.find((e: { field: string }) => e.field === field);
    expect(error?.message).toMatch(message);
    expect((await t.db.pool.query('SELECT count(*)::int AS n FROM patients')).rows[0].n).toBe(before);
  });

  it('refuses an NHS number already recorded for someone else', async () => {
    const details = patientDetails();
    expect((await call(gp, 'POST', '/api/patients', details)).statusCode).toBe(201);
    const clash = await call(gp, 'POST', '/api/patients', { ...details, familyName: 'Babbage' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().errors[0].field).toBe('nhsNumber');
  });

  it('are found by NHS number or by name and date of birth, only by those who may see them', async () => {
    const details = patientDetails({ familyName: 'Searchable', dateOfBirth: '1981-03-04' });
    await call(gp, 'POST', '/api/patients', details);
    const byNumber = await call(gp, 'GET', `/api/patients?nhsNumber=${details.nhsNumber}`);
    expect(byNumber.json().patients).toHaveLength(1);
    const byName = await call(gp, 'GET', '/api/patients?familyName=searchable&dateOfBirth=1981-03-04');
    expect(byName.json().patients.map((p: { nhsNumber: string }) => p.nhsNumber)).toContain(details.nhsNumber);
    const outsider = await call(otherGp, 'GET', `/api/patients?nhsNumber=${details.nhsNumber}`);
    const nobody = await call(otherGp, 'GET', `/api/patients?nhsNumber=${nextNhsNumber()}`);
    expect(outsider.json()).toEqual({ patients: [] });
    expect(outsider.body).toBe(nobody.body);
  });
});

describe('drafts', () => {
  it('save as you go, and a stale version is refused rather than overwritten', async () => {
    const id = await draftRequest();
    const stale = await call(gp, 'PATCH', `/api/requests/${id}`, { version: 1, clinicalQuestion: 'overwrite?' });
    expect(stale.statusCode).toBe(409);
    const detail = (await call(gp, 'GET', `/api/requests/${id}`)).json();
    expect(detail.clinicalQuestion).toBe('Is this a seborrhoeic keratosis?');
    expect(detail.state).toBe('draft');
  });

  it('go only to a service that serves the practice', async () => {
    const elsewhere = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
    const patient = await call(gp, 'POST', '/api/patients', patientDetails());
    const response = await call(gp, 'POST', '/api/requests', {
      patientId: patient.json().id,
      kind: 'referral',
      serviceId: elsewhere.id,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('serviceId');
  });

  it('refuse a lesion off the body map, or a paired site without its side', async () => {
    const id = await draftRequest({ lesions: 0 });
    const offMap = await call(gp, 'POST', `/api/requests/${id}/lesions`, {
      bodySite: 'tail',
      laterality: 'midline',
      description: 'x',
    });
    expect(offMap.json().errors[0].field).toBe('bodySite');
    const noSide = await call(gp, 'POST', `/api/requests/${id}/lesions`, {
      bodySite: 'cheek',
      laterality: 'midline',
      description: 'x',
    });
    expect(noSide.json().errors[0].field).toBe('laterality');
  });

  it('are invisible to the service until submitted', async () => {
    const id = await draftRequest();
    expect((await call(consultant, 'GET', `/api/requests/${id}`)).statusCode).toBe(404);
  });
});

describe('submission and eligibility', () => {
  it('says everything that is missing and changes nothing', async () => {
    const patient = await call(gp, 'POST', '/api/patients', patientDetails());
    const created = await call(gp, 'POST', '/api/requests', {
      patientId: patient.json().id,
      kind: 'referral',
      serviceId,
    });
    const response = await call(gp, 'POST', `/api/requests/${created.json().id}/submit`);
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'clinicalQuestion',
        'history.durationValue',
        'history.suspectedCancer',
        'lesions',
        'consent',
      ]),
    );
    expect((await call(gp, 'GET', `/api/requests/${created.json().id}`)).json().state).toBe('draft');
  });

  it('accepts an eligible referral, which then awaits its images, with the decision stored', async () => {
    const id = await draftRequest({ lesions: 2 });
    const response = await call(gp, 'POST', `/api/requests/${id}/submit`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      state: 'awaiting_images',
      eligibility: { decision: 'accepted', ruleSetVersion: 1 },
    });
    const detail = (await call(gp, 'GET', `/api/requests/${id}`)).json();
    expect(detail.timeline.map((e: { kind: string }) => e.kind)).toEqual(['submit', 'decide_eligibility']);
    const list = (await call(gp, 'GET', '/api/requests?state=awaiting_images')).json();
    expect(list.requests.map((r: { id: string }) => r.id)).toContain(id);
  });

  it('redirects a suspected melanoma to the urgent pathway on the save that records it, before anything else is asked, and never queues it', async () => {
    // A draft with nothing but its patient: no question, lesions or consent yet.
    const patient = (await call(gp, 'POST', '/api/patients', patientDetails())).json();
    const created = await call(gp, 'POST', '/api/requests', {
      patientId: patient.id,
      kind: 'referral',
      urgency: 'routine',
      serviceId,
    });
    const id = created.json().id as string;
    const saved = await call(gp, 'PATCH', `/api/requests/${id}`, {
      version: 1,
      history: { suspectedCancer: ['melanoma'] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().redirected.state).toBe('redirected');
    expect(saved.json().redirected.eligibility.reasons).toEqual([
      'Suspected melanoma: refer urgently on the suspected cancer pathway (two-week wait) now. This service cannot accept it.',
    ]);
    const detail = (await call(gp, 'GET', `/api/requests/${id}`)).json();
    expect(detail.state).toBe('redirected');
    expect(detail.timeline.map((e: { kind: string }) => e.kind)).toEqual(['submit', 'decide_eligibility']);
    const response = await call(gp, 'POST', `/api/requests/${id}/submit`);
    expect(response.statusCode).toBe(409);
    const queued = (await call(consultant, 'GET', '/api/requests'))
      .json()
      .requests.filter(
        (r: { id: string; state: string }) => r.id === id && ['awaiting_images', 'ready_for_review'].includes(r.state),
      );
    expect(queued).toEqual([]);
    expect((await call(consultant, 'POST', `/api/requests/${id}/claim`)).statusCode).toBe(409);
  });

  it('leaves a draft that records no suspected cancer a draft, however incomplete', async () => {
    const id = await draftRequest({ consent: false });
    const detail = (await call(gp, 'GET', `/api/requests/${id}`)).json();
    const saved = await call(gp, 'PATCH', `/api/requests/${id}`, {
      version: detail.version,
      history: { ...detail.history, suspectedCancer: [] },
    });
    expect(saved.json()).toEqual({ version: detail.version + 1, redirected: null });
    expect((await call(gp, 'GET', `/api/requests/${id}`)).json().state).toBe('draft');
  });

  it('does not accept four lesions, giving the reason, and gives every reason that applied', async () => {
    const four = await draftRequest({ lesions: 4 });
    const response = (await call(gp, 'POST', `/api/requests/${four}/submit`)).json();
    expect(response.state).toBe('not_accepted');
    expect(response.eligibility.firedRules).toEqual(['more-than-three-lesions']);
    const young = await draftRequest({ lesions: 4, dateOfBirth: '2015-01-01', history: { immunosuppressed: true } });
    const both = (await call(gp, 'POST', `/api/requests/${young}/submit`)).json();
    expect(both.eligibility.firedRules).toEqual(
      expect.arrayContaining(['under-18', 'more-than-three-lesions', 'immunosuppressed-or-transplant']),
    );
    expect(both.eligibility.reasons).toHaveLength(3);
  });

  it('follows the rule set as data: a service admin allows five lesions and four are then accepted', async () => {
    const current = (await call(admin, 'GET', `/api/services/${serviceId}/rule-sets/referral`)).json().current;
    const rules = current.rules.map((rule: { id: string; when: object }) =>
      rule.id === 'more-than-three-lesions' ? { ...rule, when: { fact: 'lesionCount', op: 'gt', value: 5 } } : rule,
    );
    const saved = await call(admin, 'PUT', `/api/services/${serviceId}/rule-sets/referral`, {
      name: 'Five lesions',
      rules,
    });
    expect(saved.json().version).toBe(2);
    const id = await draftRequest({ lesions: 4 });
    const response = (await call(gp, 'POST', `/api/requests/${id}/submit`)).json();
    expect(response.eligibility).toMatchObject({ decision: 'accepted', ruleSetVersion: 2 });
    const bad = await call(admin, 'PUT', `/api/services/${serviceId}/rule-sets/referral`, {
      name: 'Broken',
      rules: [
        {
          id: 'x',
          description: 'x',
          effect: 'not_accepted',
          reason: 'x',
          when: { fact: 'shoeSize', op: 'gt', value: 9 },
        },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toMatch(/shoeSize/);
    const restored = current.rules;
    await call(admin, 'PUT', `/api/services/${serviceId}/rule-sets/referral`, { name: current.name, rules: restored });
  });
});

describe('lifecycle and conversation', () => {
  it('a question pauses the clock and emails the referrer; the answer returns the case with its due date moved', async () => {
    t.clock.set('2026-11-23T09:00:00Z'); // a Monday
    const id = await draftRequest();
    await call(gp, 'POST', `/api/requests/${id}/submit`);
    await imagesComplete(id);
    const readyResponse = await call(consultant, 'GET', `/api/requests/${id}`);
    const ready = readyResponse.json();
    expect(ready.state, readyResponse.body).toBe('ready_for_review');
    expect(new Date(ready.dueAt).toISOString()).toBe('2026-11-26T23:59:59.999Z'); // 3 working days: Thursday
    expect((await call(consultant, 'POST', `/api/requests/${id}/claim`)).json().state).toBe('in_review');

    const asked = await call(consultant, 'POST', `/api/requests/${id}/messages`, {
      kind: 'question',
      body: 'Any family history of melanoma?',
    });
    expect(asked.json().state).toBe('information_requested');
    const mail = await smtp.waitFor((m) => m.subject?.includes(ready.reference) ?? false);
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toContain(referrerEmail);
    expect(mail.text).toContain(`/requests/${id}`);
    expect(mail.text).not.toContain('Lovelace');

    t.clock.set('2026-11-25T10:00:00Z'); // Wednesday: two working days later
    await signInAgain();
    const answered = await call(gp, 'POST', `/api/requests/${id}/messages`, { kind: 'answer', body: 'None known.' });
    expect(answered.json().state).toBe('ready_for_review');
    const after = (await call(gp, 'GET', `/api/requests/${id}`)).json();
    expect(new Date(after.dueAt).toISOString()).toBe('2026-11-30T23:59:59.999Z'); // moved by 2 working days: Monday
    expect(after.clockPaused).toBe(false);
    expect(
      after.timeline.filter((e: { type: string }) => e.type === 'message').map((e: { text: string }) => e.text),
    ).toEqual(['Any family history of melanoma?', 'None known.']);
  });

  it('refuses an illegal move with 409 and a message, and the referrer cannot withdraw a case in review', async () => {
    const id = await draftRequest();
    await call(gp, 'POST', `/api/requests/${id}/submit`);
    await imagesComplete(id);
    await call(consultant, 'POST', `/api/requests/${id}/claim`);
    const withdraw = await call(gp, 'POST', `/api/requests/${id}/withdraw`, { reason: 'Resolved' });
    expect(withdraw.statusCode).toBe(409);
    expect(withdraw.json().detail).toBe('A request that is in review cannot be withdrawn.');
    const answerWithoutQuestion = await call(gp, 'POST', `/api/requests/${id}/messages`, { kind: 'answer', body: 'x' });
    expect(answerWithoutQuestion.statusCode).toBe(409);
  });

  it('a withdrawal is recorded with its reason', async () => {
    const id = await draftRequest();
    await call(gp, 'POST', `/api/requests/${id}/submit`);
    const response = await call(gp, 'POST', `/api/requests/${id}/withdraw`, { reason: 'Lesion fell off' });
    expect(response.json().state).toBe('withdrawn');
    const timeline = (await call(gp, 'GET', `/api/requests/${id}`)).json().timeline;
    expect(timeline.at(-1)).toMatchObject({ kind: 'withdraw', text: 'Lesion fell off' });
  });

  it('withdrawal of consent is recorded and stops processing', async () => {
    const id = await draftRequest();
    await call(gp, 'POST', `/api/requests/${id}/submit`);
    const response = await call(gp, 'POST', `/api/requests/${id}/consent/withdrawal`, {
      reason: 'Patient changed their mind',
    });
    expect(response.statusCode).toBe(204);
    const detail = (await call(gp, 'GET', `/api/requests/${id}`)).json();
    expect(detail.state).toBe('withdrawn');
    expect(detail.consent.withdrawalReason).toBe('Patient changed their mind');
  });
});

describe('who sees what', () => {
  it('another practice and another service get 404, the same as for nothing at all', async () => {
    const id = await draftRequest();
    await call(gp, 'POST', `/api/requests/${id}/submit`);
    const missing = await call(otherGp, 'GET', '/api/requests/00000000-0000-4000-8000-000000000000');
    for (const outsider of [otherGp, otherConsultant]) {
      const response = await call(outsider, 'GET', `/api/requests/${id}`);
      expect(response.statusCode).toBe(404);
      expect(response.body).toBe(missing.body.replace('00000000-0000-4000-8000-000000000000', id));
      expect(response.body).not.toContain('Lovelace');
    }
    expect((await call(otherGp, 'POST', `/api/requests/${id}/withdraw`, { reason: 'x' })).statusCode).toBe(404);
    expect((await call(otherConsultant, 'POST', `/api/requests/${id}/claim`)).statusCode).toBe(404);
    const { rows } = await t.db.pool.query(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'access.denied' AND record_id = $1",
      [id],
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(4);
  });

  it('lists only their own organisation’s requests', async () => {
    const id = await draftRequest();
    const theirs = (await call(otherGp, 'GET', '/api/requests')).json().requests.map((r: { id: string }) => r.id);
    expect(theirs).not.toContain(id);
  });

  it('the referrer cannot take a case for review, and a sort field outside the list is refused', async () => {
    expect((await call(gp, 'POST', '/api/requests/00000000-0000-4000-8000-000000000000/claim')).statusCode).toBe(403);
    const injected = await call(
      gp,
      'GET',
      `/api/requests?sort=${encodeURIComponent('updated_at; DROP TABLE requests')}`,
    );
    expect(injected.statusCode).toBe(400);
    expect(injected.json().errors[0].field).toBe('sort');
  });

  it('reads of a request are audited with the patient', async () => {
    const id = await draftRequest();
    await call(gp, 'GET', `/api/requests/${id}`);
    const { rows } = await t.db.pool.query(
      "SELECT patient_id FROM audit_events WHERE action = 'request.viewed' AND record_id = $1 AND actor_user_id = $2",
      [id, gp.userId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].patient_id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
