import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../db/database.ts';
import { enqueueNotification, outboxWorker } from '../../jobs/outbox.ts';
import { createLogger } from '../../logger.ts';
import { createMailer } from '../../mail/mailer.ts';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { caller, draftRequest } from '../../testing/intake.ts';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink.ts';
import { buildTestApp, signInAs, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { bookSlot } from '../clinics/appointments.repository.ts';
import { insertSession } from '../clinics/sessions.repository.ts';
import { insertSite } from '../clinics/sites.repository.ts';
import { appointmentDateTime } from './appointment-date-time.ts';
import { appointmentLetter, returnedLetter } from './clinic-letter-content.ts';
import { appointmentLetterKey, enqueueAppointmentLetter, enqueueReturnedLetter } from './enqueue-clinic-letters.ts';
import type { LetterContent } from './letter-pdf.ts';
import { listLetters, type AppointmentLetterFacts, type ReturnedLetterFacts } from './letters.repository.ts';
import { lettersWorker } from './make-letters-job.ts';

const service = {
  name: 'Vale Dermatology',
  address: '1 Hospital Road, Northam',
  postcode: 'NV1 1AA',
  telephone: '01632 960000',
  email: 'derm@vale.example',
};
const patient = {
  givenName: 'Ada',
  familyName: 'Lovelace',
  dateOfBirth: '1970-05-17',
  nhsNumber: '9434765919',
  address: '1 Test Street, Northam',
  postcode: 'NV1 4DE',
};

/** Every word a letter puts on the page, in order. */
const wordsOf = (letter: LetterContent) =>
  [
    letter.letterhead.name,
    ...letter.to,
    letter.title,
    ...letter.about.flat(),
    letter.salutation,
    ...letter.sections.flatMap((s) => [s.heading, ...(s.paragraphs ?? []), ...(s.rows ?? []).flat()]),
    ...letter.signature,
    letter.footer,
  ].join('\n');

describe('appointment letters', () => {
  it('writes times as London reads them, in GMT and in BST', () => {
    expect(appointmentDateTime(new Date('2026-12-01T10:20:00Z'))).toBe('Tuesday 1 December 2026 at 10:20');
    expect(appointmentDateTime(new Date('2026-06-02T08:05:00Z'))).toBe('Tuesday 2 June 2026 at 09:05');
  });

  it('tells the patient where and when, what to bring, what happens and how to change it', () => {
    const facts: AppointmentLetterFacts = {
      reference: 'TD-4K7M9Q',
      patient,
      service,
      site: {
        name: 'Northgate Health Centre',
        address: '40 North Gate, Northam',
        postcode: 'NV3 1NG',
        accessibility: 'Step-free entrance; parking at the rear',
        openingHours: 'Mon–Fri 09:00–17:00',
      },
      startsAt: new Date('2026-12-01T10:20:00Z'),
    };
    const letter = appointmentLetter(facts, new Date('2026-11-23T09:00:00Z'));
    expect(letter.letterhead).toEqual({
      name: 'Vale Dermatology',
      address: '1 Hospital Road, Northam, NV1 1AA',
      telephone: '01632 960000',
      email: 'derm@vale.example',
    });
    expect(letter.about).toEqual([
      ['Name', 'Ada Lovelace'],
      ['Date of birth', '17 May 1970'],
      ['NHS number', '943 476 5919'],
    ]);
    const words = wordsOf(letter);
    for (const expected of [
      'Tuesday 1 December 2026 at 10:20',
      'Northgate Health Centre',
      '40 North Gate, Northam, NV3 1NG',
      'Step-free entrance; parking at the rear',
      'Mon–Fri 09:00–17:00',
      'a list of the medicines you take now',
      'your glasses, if you need them',
      'wear clothes that make it easy to show the skin to be photographed',
      'take off any make-up, nail varnish or fake tan on or near the area',
      'you can bring a relative, friend or chaperone with you',
      'A medical photographer will take photographs of your skin, including close-ups taken with a dermatoscope',
      'A consultant dermatologist (a skin specialist) will look at the photographs afterwards. You will not see a dermatologist on the day.',
      'Use the secure link in the message we sent you, or contact Vale Dermatology, telephone 01632 960000, or email derm@vale.example.',
      'If you cannot come, please tell us, so that we can give the appointment to someone else.',
    ]) {
      expect(words).toContain(expected);
    }
  });

  it('returns a request to its referrer with the appointments missed and the responsibility', () => {
    const facts: ReturnedLetterFacts = {
      reference: 'TD-4K7M9Q',
      kind: 'referral',
      patient,
      referrer: { name: 'Dr Gina Pratt' },
      practice: { name: 'Brook Surgery', address: '2 Brook Lane', postcode: 'NV2 2BB', telephone: '01632 960001' },
      service,
      missed: [
        { startsAt: new Date('2026-12-01T10:20:00Z'), siteName: 'Northgate Health Centre', sitePostcode: 'NV3 1NG' },
        { startsAt: new Date('2026-12-15T14:00:00Z'), siteName: 'Southside Clinic', sitePostcode: 'NV4 4SS' },
      ],
    };
    const letter = returnedLetter(facts, new Date('2026-12-15T16:00:00Z'));
    expect(letter.to).toEqual(['Dr Gina Pratt', 'Brook Surgery', '2 Brook Lane, NV2 2BB']);
    expect(letter.sections.find((s) => s.heading === 'Appointments not attended')?.paragraphs).toEqual([
      '\u2022 Tuesday 1 December 2026 at 10:20: Northgate Health Centre, NV3 1NG',
      '\u2022 Tuesday 15 December 2026 at 14:00: Southside Clinic, NV4 4SS',
    ]);
    const words = wordsOf(letter);
    expect(words).toContain('because the patient did not attend the community photography clinic');
    expect(words).toContain('Clinical responsibility for the patient remains with you, the referrer.');
    expect(words).toContain('please review them and send a new request');
  });
});

describe('appointment and returned letters, made by the letters job', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  let gp: SignedIn;
  let otherGp: SignedIn;
  let referrerEmail: string;
  let request: { id: string; patientId: string };
  let appointmentId: string;

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
    const derm = await buildOrganisation(t.db.pool, { kind: 'dermatology_service', name: 'Vale Dermatology' });
    await t.db.pool.query('UPDATE organisations SET address = $2, postcode = $3, telephone = $4 WHERE id = $1', [
      derm.id,
      service.address,
      service.postcode,
      service.telephone,
    ]);
    const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
    const otherPractice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
    const clinic = await buildOrganisation(t.db.pool, { kind: 'community_clinic' });
    await linkOrganisations(t.db.pool, derm.id, practice.id);
    await linkOrganisations(t.db.pool, derm.id, otherPractice.id);
    await linkOrganisations(t.db.pool, derm.id, clinic.id, 'clinic_provider');
    const referrer = await buildUser(t.db.pool, { organisationId: practice.id, roles: ['referrer'] });
    const other = await buildUser(t.db.pool, { organisationId: otherPractice.id, roles: ['referrer'] });
    referrerEmail = referrer.email;
    gp = await signInAs(t.app, referrer.email, referrer.password);
    otherGp = await signInAs(t.app, other.email, other.password);
    request = await draftRequest(t.app, gp, derm.id);
    const at = t.clock.now();
    const siteId = await insertSite(t.db.pool, {
      clinicId: clinic.id,
      name: 'Northgate Health Centre',
      address: '40 North Gate, Northam',
      postcode: 'NV3 1NG',
      accessibility: 'Step-free entrance',
      openingHours: 'Mon–Fri 09:00–17:00',
      at,
    });
    appointmentId = await withTransaction(t.db.pool, async (tx) => {
      const session = await insertSession(tx, {
        siteId,
        startsAt: new Date('2026-12-01T10:00:00Z'),
        endsAt: new Date('2026-12-01T11:00:00Z'),
        slotMinutes: 20,
        photographerIds: [],
        at,
      });
      return bookSlot(tx, { requestId: request.id, slotId: session.slotIds[1]!, bookedBy: null, at });
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const pdfText = async (content: Buffer) =>
    (await extractText(await getDocumentProxy(new Uint8Array(content)), { mergePages: true })).text;

  it('makes the appointment letter, then sends the held email that carries it', async () => {
    const boss = t.services.jobs.boss;
    await withTransaction(t.db.pool, async (tx) => {
      const outboxId = await enqueueNotification(
        tx,
        boss,
        {
          channel: 'email',
          recipient: 'ada@example.com',
          subject: 'Your skin photography appointment',
          bodyText: 'Your appointment letter is attached.',
          requestId: request.id,
          attachment: { key: appointmentLetterKey(request.id, appointmentId), name: 'appointment-letter.pdf' },
        },
        t.clock.now(),
        { hold: true },
      );
      await enqueueAppointmentLetter(tx, boss, { appointmentId, outboxId });
    });
    const mail = await smtp.waitFor((m) => m.subject === 'Your skin photography appointment');
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]).toMatchObject({ filename: 'appointment-letter.pdf', contentType: 'application/pdf' });
    const text = await pdfText(mail.attachments[0]!.content);
    expect(text).toContain('Tuesday 1 December 2026 at 10:20');
    expect(text).toContain('Northgate Health Centre');

    const letters = await listLetters(t.db.pool, request.id);
    expect(letters).toMatchObject([
      {
        kind: 'appointment',
        audience: 'patient',
        appointmentId,
        outcomeId: null,
        blobKey: `letters/${request.id}/appointment-${appointmentId}-patient.pdf`,
      },
    ]);

    const download = await caller(t.app, gp)('GET', `/api/letters/${letters[0]!.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toMatch(/-appointment-letter\.pdf"$/);
    expect((await caller(t.app, otherGp)('GET', `/api/letters/${letters[0]!.id}`)).statusCode).toBe(404);
  });

  it('returns the request to the referrer with a letter, and tells them without naming the patient', async () => {
    await t.db.pool.query("UPDATE appointments SET status = 'did_not_attend', ended_at = $2 WHERE id = $1", [
      appointmentId,
      new Date('2026-12-01T11:00:00Z'),
    ]);
    const boss = t.services.jobs.boss;
    await withTransaction(t.db.pool, (tx) => enqueueReturnedLetter(tx, boss, { requestId: request.id }));
    const mail = await smtp.waitFor((m) => /request returned, patient did not attend/.test(m.subject ?? ''));
    expect(mail.subject).toMatch(/^Telederm TD-[A-Z0-9]+: request returned, patient did not attend$/);
    expect(mail.text).toContain(`${t.config.publicOrigin}/requests/${request.id}`);
    expect(mail.text).not.toContain('Lovelace');
    expect((mail.to as { text: string }).text).toBe(referrerEmail);

    const returned = (await listLetters(t.db.pool, request.id)).find((l) => l.kind === 'returned')!;
    expect(returned).toMatchObject({ audience: 'referrer', blobKey: `letters/${request.id}/returned-referrer.pdf` });
    const download = await caller(t.app, gp)('GET', `/api/letters/${returned.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toMatch(/-returned-to-referrer\.pdf"$/);
    const text = await pdfText(download.rawPayload);
    expect(text).toContain('did not attend');
    expect(text).toContain('Tuesday 1 December 2026 at 10:20');

    // Made once: a repeated job neither records nor announces it again.
    const worker = lettersWorker({ ...t.services, publicOrigin: t.config.publicOrigin });
    await worker.handle({ kind: 'returned', requestId: request.id }, boss);
    expect((await listLetters(t.db.pool, request.id)).filter((l) => l.kind === 'returned')).toHaveLength(1);
    const { rows } = await t.db.pool.query(
      "SELECT count(*)::int AS n FROM outbox WHERE request_id = $1 AND subject LIKE '%request returned%'",
      [request.id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('still takes outcome-letter jobs queued as { outcomeId }', async () => {
    const worker = lettersWorker({ ...t.services, publicOrigin: t.config.publicOrigin });
    await expect(
      worker.handle({ outcomeId: '00000000-0000-4000-8000-000000000000' }, t.services.jobs.boss),
    ).resolves.toBeUndefined();
  });
});
