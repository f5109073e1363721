import type { PgBoss } from 'pg-boss';
import type pg from 'pg';
import { requestKindLabels, type RequestKind } from '../../../shared/request-content.ts';
import type { Clock } from '../../clock.ts';
import { withTransaction, type Tx } from '../../db/database.ts';
import { enqueueNotification, releaseNotification, withdrawNotification } from '../../jobs/outbox.ts';
import type { BlobStore } from '../../storage/blob-store.ts';
import { appendAuditEvent } from '../audit/index.ts';
import { formatNhsNumber } from '../patients/index.ts';
import { longDate, serviceLetterhead, type LetterFacts } from './compose-letters.ts';
import { renderLetter, type LetterContent } from './letter-pdf.ts';
import { appointmentLetterFacts, insertLetter, returnedLetterFacts } from './letters.repository.ts';
import { serviceContactPhrase } from './service-contact.ts';

/** What the patient's appointment letter says. */
export type AppointmentLetterFacts = {
  reference: string;
  patient: LetterFacts['patient'];
  service: LetterFacts['service'];
  site: { name: string; address: string; postcode: string; accessibility: string; openingHours: string };
  startsAt: Date;
};

/** What the letter returning a request to its referrer says. */
export type ReturnedLetterFacts = {
  reference: string;
  kind: RequestKind;
  patient: LetterFacts['patient'];
  referrer: { name: string };
  practice: LetterFacts['practice'];
  service: LetterFacts['service'];
  /** The appointments the patient did not attend, oldest first. */
  missed: { startsAt: Date; siteName: string; sitePostcode: string }[];
};

/** Jobs of the `letters` queue that are not outcome letters, told apart by `kind`. */
export type AppointmentLetterJob = { kind: 'appointment'; appointmentId: string; outboxId: string | null };
export type ReturnedLetterJob = { kind: 'returned'; requestId: string };

/** The same queue as the outcome letters (make-letters-job.ts). */
const queue = 'letters';

const londonParts = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/London',
});

/** An appointment's time as the patient reads it, in London: "Tuesday 1 December 2026 at 10:20". */
export function appointmentDateTime(at: Date): string {
  const part = Object.fromEntries(londonParts.formatToParts(at).map((p) => [p.type, p.value]));
  return `${part['weekday']} ${part['day']} ${part['month']} ${part['year']} at ${part['hour']}:${part['minute']}`;
}

/** Where an appointment letter is stored; the booking's held email attaches the file at this key. */
export function appointmentLetterKey(requestId: string, appointmentId: string): string {
  return `letters/${requestId}/appointment-${appointmentId}-patient.pdf`;
}

const returnedLetterKey = (requestId: string) => `letters/${requestId}/returned-referrer.pdf`;

const fullName = (patient: LetterFacts['patient']) => `${patient.givenName} ${patient.familyName}`;
const bullets = (items: string[]) => items.map((item) => `\u2022 ${item}`);

/** The patient's letter for a community photography clinic appointment, in plain English. */
export function appointmentLetter(facts: AppointmentLetterFacts, generatedAt: Date): LetterContent {
  const { patient, service, site } = facts;
  const where: [string, string][] = [
    ['When', appointmentDateTime(facts.startsAt)],
    ['Where', site.name],
    ['Address', [site.address, site.postcode].filter(Boolean).join(', ')],
  ];
  if (site.openingHours) where.push(['Opening hours', site.openingHours]);
  if (site.accessibility) where.push(['Access', site.accessibility]);
  return {
    letterhead: serviceLetterhead(service),
    title: 'Your appointment to have photographs of your skin taken',
    date: longDate(generatedAt),
    reference: facts.reference,
    about: [
      ['Name', fullName(patient)],
      ['Date of birth', longDate(patient.dateOfBirth)],
      ['NHS number', formatNhsNumber(patient.nhsNumber)],
    ],
    to: [fullName(patient), patient.address, patient.postcode].filter(Boolean),
    salutation: `Dear ${fullName(patient)},`,
    sections: [
      {
        heading: 'Your appointment',
        paragraphs: [
          `Your GP practice has asked ${service.name} to look at your skin. We have booked an appointment for you to have photographs taken at a community clinic.`,
        ],
        rows: where,
      },
      {
        heading: 'What to bring',
        paragraphs: bullets(['a list of the medicines you take now', 'your glasses, if you need them']),
      },
      {
        heading: 'Before you come',
        paragraphs: bullets([
          'wear clothes that make it easy to show the skin to be photographed',
          'take off any make-up, nail varnish or fake tan on or near the area',
          'you can bring a relative, friend or chaperone with you',
        ]),
      },
      {
        heading: 'What happens at the appointment',
        paragraphs: [
          'A medical photographer will take photographs of your skin, including close-ups taken with a dermatoscope (a magnifying camera held against the skin). It does not hurt.',
          'A consultant dermatologist (a skin specialist) will look at the photographs afterwards. You will not see a dermatologist on the day.',
          'We will write to you and your GP practice with what the dermatologist says.',
        ],
      },
      {
        heading: 'If you need to change or cancel',
        paragraphs: [
          `Use the secure link in the message we sent you, or contact ${serviceContactPhrase(service)}.`,
          'If you cannot come, please tell us, so that we can give the appointment to someone else.',
        ],
      },
    ],
    signature: [service.name],
    footer: `Please bring this letter with you. Reference ${facts.reference}.`,
  };
}

/** The letter to the referrer returning a request whose patient did not attend the photography clinic. */
export function returnedLetter(facts: ReturnedLetterFacts, generatedAt: Date): LetterContent {
  const { patient } = facts;
  const what = requestKindLabels[facts.kind];
  return {
    letterhead: serviceLetterhead(facts.service),
    title: `${what} returned: the patient did not attend`,
    date: longDate(generatedAt),
    reference: facts.reference,
    about: [
      ['Patient', fullName(patient)],
      ['Date of birth', longDate(patient.dateOfBirth)],
      ['NHS number', formatNhsNumber(patient.nhsNumber)],
      ['Address', [patient.address, patient.postcode].filter(Boolean).join(', ')],
    ],
    to: [
      facts.referrer.name,
      facts.practice.name,
      [facts.practice.address, facts.practice.postcode].filter(Boolean).join(', '),
    ],
    salutation: `Dear ${facts.referrer.name},`,
    sections: [
      {
        heading: 'Why we are returning this request',
        paragraphs: [
          `We are returning your request (${what}, reference ${facts.reference}) because the patient did not attend the community photography clinic. No photographs were taken, and a consultant dermatologist has not reviewed the request.`,
        ],
      },
      {
        heading: 'Appointments not attended',
        paragraphs: bullets(
          facts.missed.map(
            (m) => `${appointmentDateTime(m.startsAt)}: ${[m.siteName, m.sitePostcode].filter(Boolean).join(', ')}`,
          ),
        ),
      },
      {
        heading: 'Clinical responsibility',
        paragraphs: ['Clinical responsibility for the patient remains with you, the referrer.'],
      },
      {
        heading: 'What to do next',
        paragraphs: ['If the patient still needs a dermatology opinion, please review them and send a new request.'],
      },
    ],
    signature: [facts.service.name],
    footer: `This letter was produced by Telederm for ${facts.service.name}. The patient has not been sent a copy.`,
  };
}

const jobOptions = (tx: Tx) => ({
  retryLimit: 8,
  retryDelay: 10,
  retryBackoff: true,
  db: { executeSql: (text: string, values?: unknown[]) => tx.query(text, values as unknown[]) },
});

/**
 * Queues the appointment letter in the booking's transaction. The job makes
 * the PDF at {@link appointmentLetterKey}, records it and then releases the
 * held email (`outboxId`) that carries it, so the email never goes without
 * its letter.
 */
export async function enqueueAppointmentLetter(
  tx: Tx,
  boss: PgBoss,
  options: { appointmentId: string; outboxId: string | null },
): Promise<void> {
  const job: AppointmentLetterJob = { kind: 'appointment', ...options };
  await boss.send(queue, job, jobOptions(tx));
}

/** Queues the letter returning a request to its referrer, in the transaction that returns it. */
export async function enqueueReturnedLetter(tx: Tx, boss: PgBoss, options: { requestId: string }): Promise<void> {
  const job: ReturnedLetterJob = { kind: 'returned', ...options };
  await boss.send(queue, job, jobOptions(tx));
}

type Deps = { pool: pg.Pool; clock: Clock; blobs: BlobStore; publicOrigin: string };

const systemActor = { userId: null, organisationId: null, label: 'system: letters', clientAddress: '' };

/**
 * Makes, stores and records an appointment letter, then releases its email.
 * A letter already recorded is not made again (the email may have carried
 * it), but its email is still released: releasing twice sends once.
 */
export async function makeAppointmentLetter(deps: Deps, job: AppointmentLetterJob, boss: PgBoss): Promise<void> {
  const { rows: existing } = await deps.pool.query(
    "SELECT 1 FROM letters WHERE appointment_id = $1 AND audience = 'patient'",
    [job.appointmentId],
  );
  if (existing.length) {
    if (job.outboxId) await withTransaction(deps.pool, (tx) => releaseIfStillBooked(tx, boss, job));
    return;
  }
  const found = await appointmentLetterFacts(deps.pool, job.appointmentId);
  if (!found) return;
  const at = deps.clock.now();
  const pdf = await renderLetter(appointmentLetter(found.facts, at));
  const blobKey = appointmentLetterKey(found.requestId, job.appointmentId);
  await deps.blobs.put(blobKey, pdf, { contentType: 'application/pdf' });
  await withTransaction(deps.pool, async (tx) => {
    const letterId = await insertLetter(tx, {
      kind: 'appointment',
      appointmentId: job.appointmentId,
      requestId: found.requestId,
      audience: 'patient',
      blobKey,
      bytes: pdf.length,
      at,
    });
    if (letterId) {
      await appendAuditEvent(tx, systemActor, at, {
        action: 'letter.made',
        recordType: 'letter',
        recordId: letterId,
        patientId: found.patientId,
        detail: { kind: 'appointment', audience: 'patient' },
      });
    }
    if (job.outboxId) await releaseIfStillBooked(tx, boss, job);
  });
}

/**
 * Sends the booking's held email, unless the appointment was moved or cancelled before its letter was ready:
 * then the message (which would give a stale time) is withdrawn, its link token redacted, and the reason kept.
 */
async function releaseIfStillBooked(tx: Tx, boss: PgBoss, job: AppointmentLetterJob) {
  const { rows } = await tx.query<{ status: string }>('SELECT status FROM appointments WHERE id = $1', [
    job.appointmentId,
  ]);
  if (rows[0]?.status === 'booked') return releaseNotification(tx, boss, job.outboxId!);
  await withdrawNotification(tx, job.outboxId!, 'the appointment changed before its letter was ready');
}

/**
 * Makes, stores and records the letter returning a request, and tells the
 * referrer by an email with no patient details in it. Once only.
 */
export async function makeReturnedLetter(deps: Deps, job: ReturnedLetterJob, boss: PgBoss): Promise<void> {
  const { rows: existing } = await deps.pool.query(
    "SELECT 1 FROM letters WHERE request_id = $1 AND kind = 'returned' AND audience = 'referrer'",
    [job.requestId],
  );
  if (existing.length) return;
  const found = await returnedLetterFacts(deps.pool, job.requestId);
  if (!found) return;
  const at = deps.clock.now();
  const pdf = await renderLetter(returnedLetter(found.facts, at));
  const blobKey = returnedLetterKey(job.requestId);
  await deps.blobs.put(blobKey, pdf, { contentType: 'application/pdf' });
  await withTransaction(deps.pool, async (tx) => {
    const letterId = await insertLetter(tx, {
      kind: 'returned',
      requestId: job.requestId,
      audience: 'referrer',
      blobKey,
      bytes: pdf.length,
      at,
    });
    if (!letterId) return;
    const { reference } = found.facts;
    await enqueueNotification(
      tx,
      boss,
      {
        channel: 'email',
        recipient: found.referrerEmail,
        subject: `Telederm ${reference}: request returned, patient did not attend`,
        bodyText: [
          `Request ${reference} has been returned to you: the patient did not attend the community photography clinic.`,
          'Clinical responsibility remains with you. If the patient still needs a dermatology opinion, send a new request.',
          '',
          `Read the letter: ${deps.publicOrigin}/requests/${job.requestId}`,
          '',
          'This message contains no patient details. Do not reply to it.',
        ].join('\n'),
        requestId: job.requestId,
      },
      at,
    );
    await appendAuditEvent(tx, systemActor, at, {
      action: 'letter.made',
      recordType: 'letter',
      recordId: letterId,
      patientId: found.patientId,
      detail: { kind: 'returned', audience: 'referrer' },
    });
  });
}
