import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { outboxWorker } from '../../jobs/outbox.ts';
import { createLogger } from '../../logger.ts';
import { createMailer } from '../../mail/mailer.ts';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { caller, draftRequest, markImagesComplete } from '../../testing/intake.ts';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink.ts';
import { as, buildTestApp, signInAs, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { lettersWorker } from '../letters/make-letters-job.ts';
import { diagnoses } from './diagnoses.ts';
import { signOutcome } from '../../testing/review.ts';
import { outcomeDigest } from './preview-outcome-letters.ts';
import { signOutcomeBody } from './review.schemas.ts';

let t: TestApp;
let smtp: SmtpSink;
let serviceId: string;
const accounts = new Map<string, { email: string; password: string }>();
const sessions: Record<'gp' | 'otherGp' | 'drA' | 'drB' | 'clerk', SignedIn> = {} as never;

const seborrhoeic = diagnoses.find((d) => /seborrh?oeic keratosis/i.test(d.term))!;

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await buildTestApp(
    { SMTP_URL: smtp.url, REVIEW_CLAIM_MINUTES: '20' },
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
        ),
        lettersWorker({ pool, clock, blobs, publicOrigin: config.publicOrigin }),
      ],
    },
  );
  const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service', name: 'Vale Dermatology' });
  const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice', name: 'Brook Surgery' });
  const otherPractice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  await linkOrganisations(t.db.pool, service.id, practice.id);
  await linkOrganisations(t.db.pool, service.id, otherPractice.id);
  serviceId = service.id;
  const make = async (
    key: keyof typeof sessions,
    organisationId: string,
    role: 'referrer' | 'consultant' | 'booking_clerk',
    name?: string,
  ) => {
    const user = await buildUser(t.db.pool, { organisationId, roles: [role], ...(name ? { displayName: name } : {}) });
    accounts.set(key, user);
    sessions[key] = await signInAs(t.app, user.email, user.password);
  };
  await make('gp', practice.id, 'referrer', 'Dr Gina Pratt');
  await make('otherGp', otherPractice.id, 'referrer');
  await make('drA', service.id, 'consultant', 'Dr Ann Able');
  await make('drB', service.id, 'consultant', 'Dr Ben Baker');
  await make('clerk', service.id, 'booking_clerk');
});
afterEach(async () => {
  // Tests move the clock by hours or days; everyone signs in again as they would.
  for (const key of Object.keys(sessions) as (keyof typeof sessions)[]) {
    const account = accounts.get(key)!;
    sessions[key] = await signInAs(t.app, account.email, account.password);
  }
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const call = (who: keyof typeof sessions) => caller(t.app, sessions[who]);

/** Moves the clock and signs everyone in again, as people would after hours or days away. */
async function moveClock(at: string) {
  t.clock.set(at);
  for (const key of Object.keys(sessions) as (keyof typeof sessions)[]) {
    const account = accounts.get(key)!;
    sessions[key] = await signInAs(t.app, account.email, account.password);
  }
}
const words = (text: string) => text.replace(/\s+/g, ' ');

async function readyCase(options: Parameters<typeof draftRequest>[3] & { urgency?: 'urgent' } = {}) {
  const { id } = await draftRequest(t.app, sessions.gp, serviceId, options);
  if (options.urgency) {
    const draft = (await call('gp')('GET', `/api/requests/${id}`)).json();
    await call('gp')('PATCH', `/api/requests/${id}`, { version: draft.version, urgency: 'urgent' });
  }
  expect((await call('gp')('POST', `/api/requests/${id}/submit`)).json().state).toBe('awaiting_images');
  await markImagesComplete(t.db.pool, id, t.clock.now());
  return id;
}

const outcomeBody = (version: number, overrides: Record<string, unknown> = {}) => ({
  version,
  category: 'gp_to_prescribe',
  diagnosisCode: seborrhoeic.code,
  differentials: [{ term: 'Viral wart' }],
  plan: seborrhoeic.planTemplate,
  medicines: [
    { name: 'Cryotherapy is not a medicine', strength: '', form: '', directions: 'No treatment needed', duration: '' },
  ],
  ...overrides,
});

async function letterTexts(requestId: string, who: keyof typeof sessions = 'gp') {
  const detail = await vi.waitFor(
    async () => {
      const found = (await call(who)('GET', `/api/requests/${requestId}`)).json();
      expect(found.letters?.length ?? 0, 'letters made').toBeGreaterThanOrEqual(2);
      return found;
    },
    { timeout: 20_000, interval: 100 },
  );
  const texts: Record<string, string> = {};
  for (const letter of detail.letters) {
    const pdf = await t.app.inject({ url: letter.url, headers: as(sessions[who]) });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const document = await getDocumentProxy(new Uint8Array(pdf.rawPayload));
    texts[letter.audience] = (await extractText(document, { mergePages: true })).text;
    texts[`${letter.audience}-raw`] = pdf.rawPayload.toString('latin1');
  }
  return { detail, texts };
}

describe('worklist', () => {
  it('lists urgent cases first, then by due date, with overdue and due today marked and counts per state', async () => {
    await moveClock('2026-11-23T09:00:00Z'); // Monday
    const routine = await readyCase();
    await moveClock('2026-11-24T09:00:00Z');
    const later = await readyCase();
    const urgent = await readyCase({ urgency: 'urgent' });
    await moveClock('2026-11-26T12:00:00Z'); // Thursday: the first is due today (3 working days), none overdue yet
    const list = (await call('drA')('GET', '/api/worklist')).json();
    const ours = list.cases.filter((c: { id: string }) => [routine, later, urgent].includes(c.id));
    expect(ours.map((c: { id: string }) => c.id)).toEqual([urgent, routine, later]);
    expect(ours.find((c: { id: string }) => c.id === routine)).toMatchObject({ dueToday: true, overdue: false });
    expect(list.counts.ready_for_review).toBeGreaterThanOrEqual(3);
    await moveClock('2026-11-27T09:00:00Z');
    const overdue = (await call('drA')('GET', '/api/worklist?overdue=true'))
      .json()
      .cases.map((c: { id: string }) => c.id);
    expect(overdue).toContain(routine);
    expect(overdue).not.toContain(later);
    const referrals = (await call('drA')('GET', '/api/worklist?kind=advice_and_guidance')).json().cases;
    expect(referrals.map((c: { id: string }) => c.id)).not.toContain(routine);
  });
});

describe('claiming', () => {
  it('one consultant at a time; the second sees who holds it; an idle claim lapses and can be taken over', async () => {
    const id = await readyCase();
    const claimed = await call('drA')('POST', `/api/requests/${id}/claim`);
    expect(claimed.json()).toMatchObject({ state: 'in_review', takenOver: false });
    const refused = await call('drB')('POST', `/api/requests/${id}/claim`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe('Dr Ann Able is reviewing this case.');
    const worklist = (await call('drB')('GET', '/api/worklist')).json().cases.find((c: { id: string }) => c.id === id);
    expect(worklist.heldBy).toMatchObject({ name: 'Dr Ann Able', mine: false });

    t.clock.advance({ minutes: 21 });
    const account = accounts.get('drB')!;
    sessions.drB = await signInAs(t.app, account.email, account.password);
    const taken = await call('drB')('POST', `/api/requests/${id}/claim`);
    expect(taken.json()).toMatchObject({ state: 'in_review', takenOver: true });
    const detail = (await call('drB')('GET', `/api/requests/${id}`)).json();
    expect(detail.timeline.some((e: { text: string | null }) => /lapsed after 20 minutes/.test(e.text ?? ''))).toBe(
      true,
    );
  });

  it('refuses a write from a stale version rather than overwriting', async () => {
    const id = await readyCase();
    const { version } = (await call('drA')('POST', `/api/requests/${id}/claim`)).json();
    const stale = await signOutcome(call('drA'), id, outcomeBody(version - 1));
    expect(stale.statusCode).toBe(409);
    expect((await signOutcome(call('drB'), id, outcomeBody(version))).statusCode).toBe(409);
  });

  it('the service view shows who holds what, and a clerk can reassign', async () => {
    const id = await readyCase();
    await call('drA')('POST', `/api/requests/${id}/claim`);
    const view = (await call('clerk')('GET', '/api/service/cases'))
      .json()
      .cases.find((c: { id: string }) => c.id === id);
    expect(view.heldBy.name).toBe('Dr Ann Able');
    const drB = accounts.get('drB')!;
    const { rows } = await t.db.pool.query('SELECT id FROM users WHERE email = $1', [drB.email]);
    expect((await call('clerk')('POST', `/api/requests/${id}/reassign`, { consultantId: rows[0].id })).statusCode).toBe(
      200,
    );
    const { version } = (await call('drB')('POST', `/api/requests/${id}/claim`)).json();
    expect((await signOutcome(call('drB'), id, outcomeBody(version))).statusCode).toBe(200);
  });
});

describe('outcomes and letters', () => {
  it('signs a coded outcome with the consultant and GMC number, makes both letters and tells the referrer', async () => {
    const id = await readyCase();
    const { version } = (await call('drA')('POST', `/api/requests/${id}/claim`)).json();
    const plan = `${seborrhoeic.planTemplate}\n\nNote <script>alert("x")</script> & <b>bold</b>`;
    const signed = await signOutcome(call('drA'), id, outcomeBody(version, { plan }));
    expect(signed.json()).toMatchObject({ state: 'outcome_recorded', outcomeId: expect.any(String) });

    const { detail, texts } = await letterTexts(id);
    expect(detail.outcomes[0]).toMatchObject({
      kind: 'outcome',
      diagnosisCode: seborrhoeic.code,
      diagnosisTerm: seborrhoeic.term,
      signedByName: 'Dr Ann Able',
      gmcNumber: '1234567',
      categoryLabel: 'GP to prescribe',
    });
    const clinical = words(texts['referrer']!);
    expect(clinical).toContain(words(seborrhoeic.term));
    expect(clinical).toContain('GP to prescribe');
    expect(clinical).toContain('Dr Ann Able');
    expect(clinical).toContain('GMC 1234567');
    expect(clinical).toContain('<script>alert("x")</script>');
    expect(texts['referrer-raw']).not.toMatch(/\/JavaScript|\/JS\b|\/OpenAction/);
    const patient = words(texts['patient']!);
    expect(patient).toContain(words(seborrhoeic.layName));
    expect(patient).toContain('What happens next');
    expect(patient).not.toContain(seborrhoeic.code);

    const reference = detail.reference as string;
    const mail = await smtp.waitFor(
      (m) => m.subject === `Telederm ${reference}: the dermatologist's response is ready`,
    );
    expect(mail.text).toContain(`/requests/${id}`);
    expect(detail.timeline.filter((e: { type: string }) => e.type === 'letter')).toHaveLength(2);
  });

  it('shows the letters as they will be sent before signing, and signs only what was previewed (hazard H13)', async () => {
    const id = await readyCase();
    const { version } = (await call('drA')('POST', `/api/requests/${id}/claim`)).json();
    const body = outcomeBody(version);
    expect((await call('drA')('POST', `/api/requests/${id}/outcome`, body)).json().errors[0]).toMatchObject({
      field: 'previewDigest',
      message: 'Preview the letters before signing',
    });
    // The digest alone is not enough: the letters must have been previewed by this consultant.
    const unseen = { ...body, previewDigest: outcomeDigest(signOutcomeBody.parse(body)) };
    expect((await call('drA')('POST', `/api/requests/${id}/outcome`, unseen)).statusCode).toBe(400);

    const preview = await call('drA')('POST', `/api/requests/${id}/outcome/preview`, body);
    expect(preview.statusCode, preview.body).toBe(200);
    const { letters, previewDigest } = preview.json();
    expect(letters.map((l: { audience: string }) => l.audience)).toEqual(['referrer', 'patient']);
    const changed = { ...body, plan: `${body.plan} Review in 6 weeks.`, previewDigest };
    const refused = await call('drA')('POST', `/api/requests/${id}/outcome`, changed);
    expect(refused.json().errors[0].message).toMatch(/changed since you previewed its letters/);
    expect((await call('drA')('POST', `/api/requests/${id}/outcome`, { ...body, previewDigest })).statusCode).toBe(200);

    // Every line the consultant read is on the letter sent, apart from its date and time of signing.
    const { texts } = await letterTexts(id);
    for (const [index, audience] of (['referrer', 'patient'] as const).entries()) {
      const content = letters[index].content;
      const sent = words(texts[audience]!);
      const lines: string[] = [
        content.title,
        content.salutation,
        ...content.about.flat(),
        ...content.to,
        ...content.sections.flatMap((section: { heading: string; paragraphs?: string[]; rows?: string[][] }) => [
          section.heading,
          ...(section.paragraphs ?? []),
          ...(section.rows ?? []).flat(),
        ]),
        ...content.signature.slice(0, -1),
      ];
      for (const line of lines) expect(sent, `${audience}: ${line}`).toContain(words(line));
    }
  });

  it("keeps the cases a consultant asked about or signed in their own history, and nobody else's", async () => {
    const asked = await readyCase();
    const signed = await readyCase();
    const claimedAsk = (await call('drA')('POST', `/api/requests/${asked}/claim`)).json();
    await signOutcome(call('drA'), asked, {
      version: claimedAsk.version,
      category: 'more_information_needed',
      question: 'Has it bled?',
    });
    t.clock.advance({ minutes: 5 });
    const claimedSign = (await call('drA')('POST', `/api/requests/${signed}/claim`)).json();
    expect((await signOutcome(call('drA'), signed, outcomeBody(claimedSign.version))).statusCode).toBe(200);

    const history = (await call('drA')('GET', '/api/worklist/history')).json().items;
    const mine = history.filter((i: { requestId: string }) => [asked, signed].includes(i.requestId));
    expect(mine.map((i: { requestId: string; did: string; state: string }) => [i.requestId, i.did, i.state])).toEqual([
      [signed, 'signed', 'outcome_recorded'],
      [asked, 'asked', 'information_requested'],
    ]);
    const theirs = (await call('drB')('GET', '/api/worklist/history')).json().items;
    expect(theirs.map((i: { requestId: string }) => i.requestId)).not.toContain(asked);
    expect(theirs.map((i: { requestId: string }) => i.requestId)).not.toContain(signed);
  });

  it('previews no letters for a question, a stale version or a case held by someone else', async () => {
    const id = await readyCase();
    const { version } = (await call('drA')('POST', `/api/requests/${id}/claim`)).json();
    const preview = (who: 'drA' | 'drB', body: object) =>
      call(who)('POST', `/api/requests/${id}/outcome/preview`, body);
    expect((await preview('drA', { version, category: 'more_information_needed', question: 'Bled?' })).statusCode).toBe(
      400,
    );
    expect((await preview('drA', outcomeBody(version - 1))).statusCode).toBe(409);
    expect((await preview('drB', outcomeBody(version))).statusCode).toBe(409);
    expect((await preview('drA', outcomeBody(version, { plan: '' }))).json().errors[0].field).toBe('plan');
  });

  it('never changes a signed outcome; an addendum is a new signed entry and reaches the letter', async () => {
    const id = await readyCase();
    const { version } = (await call('drA')('POST', `/api/requests/${id}/claim`)).json();
    const { outcomeId } = (await signOutcome(call('drA'), id, outcomeBody(version))).json();
    await expect(t.db.pool.query("UPDATE outcomes SET plan = 'changed' WHERE id = $1", [outcomeId])).rejects.toThrow(
      /cannot be changed/,
    );
    const addendum = await call('drB')('POST', `/api/requests/${id}/addenda`, {
      text: 'Histology later confirmed the diagnosis.',
    });
    expect(addendum.statusCode).toBe(201);
    const detail = await vi.waitFor(
      async () => {
        const found = (await call('gp')('GET', `/api/requests/${id}`)).json();
        expect(found.letters.length, 'addendum letters made').toBeGreaterThanOrEqual(4);
        return found;
      },
      { timeout: 20_000, interval: 100 },
    );
    expect(detail.outcomes.map((o: { kind: string }) => o.kind)).toEqual(['outcome', 'addendum']);
    const latest = detail.letters.find(
      (l: { outcomeId: string; audience: string }) => l.outcomeId === addendum.json().id && l.audience === 'referrer',
    );
    const pdf = await t.app.inject({ url: latest.url, headers: as(sessions.gp) });
    const text = (await extractText(await getDocumentProxy(new Uint8Array(pdf.rawPayload)), { mergePages: true })).text;
    expect(words(text)).toContain('Histology later confirmed the diagnosis.');
    expect(text).toContain('Dr Ben Baker');
  });

  it('tells the patient their letter is ready, with a link to read it; tells the GP when the patient cannot be told', async () => {
    const outboxOf = (requestId: string, subject: RegExp) =>
      vi.waitFor(
        async () => {
          const { rows } = await t.db.pool.query<{
            recipient: string;
            body_text: string;
            channel: string;
            subject: string;
          }>('SELECT recipient, body_text, channel, subject FROM outbox WHERE request_id = $1', [requestId]);
          const found = rows.filter((row) => subject.test(row.subject));
          expect(found.length, `a message matching ${subject}`).toBeGreaterThan(0);
          return found;
        },
        { timeout: 20_000, interval: 50 },
      );
    const id = await readyCase();
    const { version } = (await call('drA')('POST', `/api/requests/${id}/claim`)).json();
    expect((await signOutcome(call('drA'), id, outcomeBody(version))).statusCode).toBe(200);
    const [told] = await outboxOf(id, /your letter from the skin specialist is ready/);
    expect(told).toMatchObject({ channel: 'email', recipient: 'ada@example.com' });
    const token = /\/p\/([A-Za-z0-9_-]{43})/.exec(told!.body_text)![1]!;
    const opened = await t.app.inject({ url: `/p/${token}` });
    const cookie = opened.cookies.find((c) => c.name === 'telederm_patient')!;
    const headers: Record<string, string> = { cookie: `telederm_patient=${cookie.value}` };
    headers['x-csrf-token'] = (await t.app.inject({ url: '/api/patient/session', headers })).json().csrfToken;
    const verify = {
      method: 'POST' as const,
      url: '/api/patient/verify',
      headers,
      payload: { dateOfBirth: '1970-05-17' },
    };
    expect((await t.app.inject(verify)).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/patient/request', headers })).json().letter).not.toBeNull();
    const [toGp] = await outboxOf(id, /dermatologist's response is ready/);
    expect(toGp!.body_text).toContain('The patient has been sent a secure link to read their copy.');

    // A patient with neither email nor mobile on the practice's record cannot be told: the GP is, plainly.
    const silent = await readyCase();
    await t.db.pool.query(
      'UPDATE patients SET email = NULL, mobile = NULL WHERE id = (SELECT patient_id FROM requests WHERE id = $1)',
      [silent],
    );
    const claimed = (await call('drA')('POST', `/api/requests/${silent}/claim`)).json();
    await signOutcome(call('drA'), silent, outcomeBody(claimed.version));
    const [gpTold] = await outboxOf(silent, /dermatologist's response is ready/);
    expect(gpTold!.body_text).toContain('they have not been sent their copy: give or post them the patient copy');
    expect(
      (await t.db.pool.query('SELECT count(*)::int AS n FROM outbox WHERE request_id = $1', [silent])).rows[0].n,
    ).toBe(1);
  });

  it('asks the consultant to confirm or change a template plan left unedited under an outcome it was not written for', async () => {
    const id = await readyCase();
    const { version } = (await call('drA')('POST', `/api/requests/${id}/claim`)).json();
    const body = outcomeBody(version, { category: 'biopsy_or_excision', medicines: [] });
    const asked = await signOutcome(call('drA'), id, body);
    expect(asked.statusCode).toBe(400);
    expect(asked.json().errors).toEqual([
      expect.objectContaining({
        field: 'plan',
        message: expect.stringMatching(/may not fit "Biopsy or excision list"/),
      }),
    ]);
    // A confirmed plan is signed as it is; an edited plan is the consultant's own and is not questioned.
    expect((await signOutcome(call('drA'), id, { ...body, planConfirmed: true })).statusCode).toBe(200);
    const other = await readyCase();
    const claimed = (await call('drA')('POST', `/api/requests/${other}/claim`)).json();
    const edited = { ...body, version: claimed.version, plan: `${body.plan} Listed for shave excision.` };
    expect((await signOutcome(call('drA'), other, edited)).statusCode).toBe(200);
  });

  it('flags a redirect to the urgent suspected cancer pathway loudly to the referrer', async () => {
    const id = await readyCase();
    const { version } = (await call('drA')('POST', `/api/requests/${id}/claim`)).json();
    const melanoma = diagnoses.find((d) => /melanoma/i.test(d.term) && d.cancer)!;
    await signOutcome(
      call('drA'),
      id,
      outcomeBody(version, {
        category: 'redirect_urgent_cancer',
        diagnosisCode: melanoma.code,
        medicines: [],
        plan: '',
      }),
    );
    const { detail, texts } = await letterTexts(id);
    expect(texts['referrer']).toMatch(/URGENT: refer on the suspected cancer pathway/);
    await smtp.waitFor((m) => m.subject?.startsWith(`URGENT Telederm ${detail.reference}`) ?? false);
  });

  /** An Advice & Guidance case ready for review, its conversion to a referral authorised or not. */
  async function adviceCase(options: { authorised: boolean; dateOfBirth?: string }) {
    const { id } = await draftRequest(t.app, sessions.gp, serviceId, {
      kind: 'advice_and_guidance',
      ...(options.dateOfBirth ? { dateOfBirth: options.dateOfBirth } : {}),
    });
    if (options.authorised) {
      const draft = (await call('gp')('GET', `/api/requests/${id}`)).json();
      await call('gp')('PATCH', `/api/requests/${id}`, { version: draft.version, conversionAuthorised: true });
    }
    expect((await call('gp')('POST', `/api/requests/${id}/submit`)).statusCode).toBe(200);
    await markImagesComplete(t.db.pool, id, t.clock.now());
    return id;
  }

  it('converts authorised Advice & Guidance into a real referral that reaches the booking queue, and both letters say who acts next', async () => {
    const id = await adviceCase({ authorised: true });
    const { version } = (await call('drA')('POST', `/api/requests/${id}/claim`)).json();
    expect((await call('drA')('GET', `/api/requests/${id}/conversion`)).json()).toEqual({
      possible: true,
      reasons: [],
    });
    const signed = await signOutcome(
      call('drA'),
      id,
      outcomeBody(version, { category: 'convert_to_referral', plan: 'Referred to the clinic for assessment.' }),
    );
    expect(signed.statusCode, signed.body).toBe(200);

    const { rows } = await t.db.pool.query(
      `SELECT c.id, c.reference, c.kind, c.state, c.photography, c.patient_id = a.patient_id AS "samePatient",
              (SELECT count(*)::int FROM lesions WHERE request_id = c.id) AS lesions,
              (SELECT count(*)::int FROM consents WHERE request_id = c.id) AS consents
       FROM requests c JOIN requests a ON a.id = c.converted_from WHERE a.id = $1`,
      [id],
    );
    expect(rows).toEqual([
      expect.objectContaining({
        kind: 'referral',
        state: 'awaiting_images',
        photography: 'clinic',
        samePatient: true,
        lesions: 1,
        consents: 1,
      }),
    ]);
    const referral = rows[0];
    const queue = (await call('clerk')('GET', '/api/booking-queue')).json();
    expect(JSON.stringify(queue)).toContain(referral.reference);
    // Converted once: a second conversion is refused before signing.
    expect((await call('drA')('GET', `/api/requests/${id}/conversion`)).json().possible).toBe(false);

    const { texts } = await letterTexts(id);
    expect(words(texts['referrer']!)).toContain(
      `converted into a referral to Vale Dermatology (reference ${referral.reference})`,
    );
    expect(words(texts['referrer']!)).toContain(
      'Clinical responsibility for the skin problem referred passes to Vale Dermatology',
    );
    expect(words(texts['referrer']!)).not.toContain('remains with the referring clinician');
    expect(words(texts['patient']!)).toContain(
      `turned into a referral to Vale Dermatology (reference ${referral.reference})`,
    );
  });

  it('sends a converted referral whose photographs were sent to the worklist, or to the booking queue when the consultant asks a clinic for new ones', async () => {
    const converted = async (referralPhotography: 'referrer' | 'clinic') => {
      const id = await adviceCase({ authorised: true });
      await t.db.pool.query(
        `INSERT INTO images (upload_id, request_id, lesion_id, view, state, original_key, original_bytes,
           original_sha256, original_format, captured_by_label, uploaded_at)
         SELECT gen_random_uuid()::text, request_id, id, 'close_up', 'ready', 'originals/test', 1000,
           encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'hex'), 'jpeg', 'test', $2
         FROM lesions WHERE request_id = $1`,
        [id, t.clock.now()],
      );
      const { version } = (await call('drA')('POST', `/api/requests/${id}/claim`)).json();
      const signed = await signOutcome(
        call('drA'),
        id,
        outcomeBody(version, {
          category: 'convert_to_referral',
          plan: 'Referred to the clinic for assessment.',
          referralPhotography,
        }),
      );
      expect(signed.statusCode, signed.body).toBe(200);
      const { rows } = await t.db.pool.query(
        `SELECT reference, state, photography, (SELECT count(*)::int FROM images WHERE request_id = r.id) AS photographs
         FROM requests r WHERE converted_from = $1`,
        [id],
      );
      return rows[0];
    };
    const sent = await converted('referrer');
    expect(sent).toMatchObject({ state: 'ready_for_review', photography: 'referrer', photographs: 1 });
    const clinic = await converted('clinic');
    // The earlier photograph goes with it, and the referral still waits for the clinic's.
    expect(clinic).toMatchObject({ state: 'awaiting_images', photography: 'clinic', photographs: 1 });
    const queue = JSON.stringify((await call('clerk')('GET', '/api/booking-queue')).json());
    expect(queue).toContain(clinic.reference);
    expect(queue).not.toContain(sent.reference);
  });

  it('refuses to convert a child into an adults-only referral, saying why before signing; and without authorisation only recommends one, plainly', async () => {
    const child = await adviceCase({ authorised: true, dateOfBirth: '2016-04-02' });
    const { version } = (await call('drA')('POST', `/api/requests/${child}/claim`)).json();
    const check = (await call('drA')('GET', `/api/requests/${child}/conversion`)).json();
    expect(check.possible).toBe(false);
    expect(check.reasons.join(' ')).toMatch(/under 18/);
    const refused = await signOutcome(
      call('drA'),
      child,
      outcomeBody(version, { category: 'convert_to_referral', plan: 'Referred to the clinic for assessment.' }),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ field: 'category', message: expect.stringMatching(/under 18/) });
    expect((await t.db.pool.query('SELECT 1 FROM requests WHERE converted_from = $1', [child])).rows).toEqual([]);

    const unauthorised = await adviceCase({ authorised: false });
    const claimed = (await call('drA')('POST', `/api/requests/${unauthorised}/claim`)).json();
    const convert = await signOutcome(
      call('drA'),
      unauthorised,
      outcomeBody(claimed.version, { category: 'convert_to_referral', plan: 'Referred to the clinic for assessment.' }),
    );
    expect(convert.json().errors[0].message).toMatch(/did not authorise conversion/);
    const recommended = await signOutcome(
      call('drA'),
      unauthorised,
      outcomeBody(claimed.version, { category: 'recommend_referral', plan: 'Please refer to dermatology.' }),
    );
    expect(recommended.statusCode, recommended.body).toBe(200);
    const { texts } = await letterTexts(unauthorised);
    expect(words(texts['referrer']!)).toContain('please make the referral. Clinical responsibility remains with you');
    expect(words(texts['patient']!)).toContain('Your GP practice will make the referral');
  });

  it('"more information needed" asks the referrer, pauses the clock, and the case returns with its due date moved', async () => {
    await moveClock('2026-11-30T09:00:00Z'); // Monday
    const id = await readyCase();
    const due = (await call('drA')('GET', `/api/requests/${id}`)).json().dueAt;
    const { version } = (await call('drA')('POST', `/api/requests/${id}/claim`)).json();
    const asked = await signOutcome(call('drA'), id, {
      version,
      category: 'more_information_needed',
      question: 'Please send a dermoscopic photograph.',
      askForPhotographs: true,
    });
    expect(asked.json()).toMatchObject({ state: 'information_requested', outcomeId: null });
    expect((await call('drA')('GET', '/api/worklist')).json().cases.map((c: { id: string }) => c.id)).not.toContain(id);
    await moveClock('2026-12-02T09:00:00Z'); // two working days later
    await call('gp')('POST', `/api/requests/${id}/messages`, { kind: 'answer', body: 'Attached.' });
    const back = (await call('drA')('GET', '/api/worklist')).json().cases.find((c: { id: string }) => c.id === id);
    expect(back).toBeTruthy();
    expect(new Date(due).toISOString()).toBe('2026-12-03T23:59:59.999Z'); // Thursday: 3 working days
    expect(new Date(back.dueAt).toISOString()).toBe('2026-12-07T23:59:59.999Z'); // moved by the 2 paused working days
  });

  it('letters are for those who may see the request', async () => {
    const id = await readyCase();
    const { version } = (await call('drA')('POST', `/api/requests/${id}/claim`)).json();
    await signOutcome(call('drA'), id, outcomeBody(version));
    const { detail } = await letterTexts(id);
    const outsider = await t.app.inject({ url: detail.letters[0].url, headers: as(sessions.otherGp) });
    expect(outsider.statusCode).toBe(404);
  });
});
