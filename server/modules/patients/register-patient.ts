import type { PgBoss } from 'pg-boss';
import type pg from 'pg';
import type { Clock } from '../../clock.ts';
import { withTransaction, type Tx } from '../../db/database.ts';
import { enqueueNotification } from '../../jobs/outbox.ts';
import { organisationsWithRole, type Actor } from '../../http/actor.ts';
import { AppError, type FieldError } from '../../http/errors.ts';
import { londonDate } from '../../working-days.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { checkEmail, checkNhsNumber, checkPostcode, checkUkMobile, validateDateOfBirth } from './patient-validation.ts';
import {
  findPracticePatient,
  insertPatient,
  markRegisteredElsewhere,
  type Patient,
  type RecordHeldElsewhere,
} from './patients.repository.ts';
import type { RegisterPatientInput } from './patients.schemas.ts';

/**
 * Registers a patient with the referrer's practice, or finds the practice's own record of them.
 *
 * Each practice keeps its own record (one per practice and NHS number), and a request uses the record of the
 * practice that made it. So registering a person another practice also holds creates this practice's record and
 * answers exactly as for a number nobody holds: nothing of the other practice's record is read out or changed, and
 * whether the number is known elsewhere cannot be learnt from the answer. The other practice's record is marked
 * "registered elsewhere" (the patient moving practice), audited, and its practice told, without naming who.
 */
export async function registerPatient(options: {
  pool: pg.Pool;
  boss: PgBoss;
  clock: Clock;
  publicOrigin: string;
  actor: Actor;
  auditActor: AuditActor;
  input: RegisterPatientInput;
}): Promise<{ patient: Patient; created: boolean }> {
  const practiceId = organisationsWithRole(options.actor, 'referrer')[0];
  if (!practiceId) throw new AppError('forbidden', 'Only a referrer at a GP practice can register a patient.');
  const details = validate(options.input, londonDate(options.clock.now()));
  const at = options.clock.now();

  return withTransaction(options.pool, async (tx) => {
    const own = await findPracticePatient(tx, practiceId, details.nhsNumber);
    if (own) {
      // The practice's own record: telling the practice what it recorded itself reveals nothing new.
      const same =
        own.familyName.toLowerCase() === details.familyName.toLowerCase() && own.dateOfBirth === details.dateOfBirth;
      if (!same) {
        const message =
          'Your practice has this NHS number recorded for a patient with a different last name or date of birth. Check the NHS number, last name and date of birth.';
        throw new AppError('conflict', message, { fieldErrors: [{ field: 'nhsNumber', message }] });
      }
      await appendAuditEvent(tx, options.auditActor, at, {
        action: 'patient.found',
        recordType: 'patient',
        recordId: own.id,
        patientId: own.id,
      });
      return { patient: own, created: false };
    }
    const id = await insertPatient(tx, { ...details, practiceId }, at);
    if (!id) throw new AppError('conflict', 'This patient was registered a moment ago by someone else. Try again.');
    await appendAuditEvent(tx, options.auditActor, at, {
      action: 'patient.registered',
      recordType: 'patient',
      recordId: id,
      patientId: id,
    });
    const elsewhere = await markRegisteredElsewhere(tx, { ...details, newPracticeId: practiceId }, at);
    for (const record of elsewhere) {
      await appendAuditEvent(tx, options.auditActor, at, {
        action: 'patient.registered_elsewhere',
        recordType: 'patient',
        recordId: record.patientId,
        patientId: record.patientId,
      });
      await tellPracticeOfMove(tx, options.boss, record, options.publicOrigin, at);
    }
    return { patient: { id, ...details, practiceId, registeredElsewhereAt: null }, created: true };
  });
}

/**
 * Tells a practice that a patient it holds has been registered by another practice: by the practice's email, or
 * else the referrers of its open requests for them. Names no patient and no practice (the message leaves the
 * service); the request references lead the practice back to its own record.
 */
async function tellPracticeOfMove(
  tx: Tx,
  boss: PgBoss,
  record: RecordHeldElsewhere,
  publicOrigin: string,
  at: Date,
): Promise<void> {
  if (record.openRequests.length === 0) return;
  const recipients = record.practiceEmail
    ? [record.practiceEmail]
    : [...new Set(record.openRequests.map((request) => request.referrerEmail))];
  const bodyText = [
    'A patient whose record your practice holds in Telederm has been registered by another GP practice.',
    '',
    'Nothing of your record was shared with that practice, and your open requests keep the contact details your practice recorded:',
    ...record.openRequests.map((request) => `- ${request.reference}: ${publicOrigin}/requests/${request.id}`),
    '',
    "If the patient has not moved practice, tell the dermatology service, and check the patient's details.",
    '',
    'This message contains no patient details. Do not reply to it.',
  ].join('\n');
  for (const recipient of recipients) {
    await enqueueNotification(
      tx,
      boss,
      {
        channel: 'email',
        recipient,
        subject: 'Telederm: a patient of yours has registered with another practice',
        bodyText,
        requestId: record.openRequests[0]!.id,
      },
      at,
    );
  }
}

/** Every field checked at once, in the order the page asks, so the page can show every problem together. */
function validate(
  input: RegisterPatientInput,
  today: string,
): Omit<Patient, 'id' | 'practiceId' | 'registeredElsewhereAt'> {
  const errors: FieldError[] = [];
  const take = <T>(field: string, check: { ok: true; value: T } | { ok: false; message: string }): T | null => {
    if (check.ok) return check.value;
    errors.push({ field, message: check.message });
    return null;
  };
  const required = (field: string, value: string, message: string) => {
    if (!value) errors.push({ field, message });
  };
  const nhsNumber = take('nhsNumber', checkNhsNumber(input.nhsNumber));
  required('givenName', input.givenName, "Enter the patient's first name");
  required('familyName', input.familyName, "Enter the patient's last name");
  const dobProblem = validateDateOfBirth(input.dateOfBirth, today);
  if (dobProblem) errors.push({ field: 'dateOfBirth', message: dobProblem });
  const { sex } = input;
  if (!sex) errors.push({ field: 'sex', message: "Select the patient's sex" });
  const postcode = take('postcode', checkPostcode(input.postcode));
  const mobile = input.mobile?.trim() ? take('mobile', checkUkMobile(input.mobile)) : null;
  const email = input.email?.trim() ? take('email', checkEmail(input.email)) : null;
  if (errors.length || !nhsNumber || !postcode || !sex) {
    throw new AppError('validation_failed', errors.map((e) => e.message).join('. '), { fieldErrors: errors });
  }
  return {
    nhsNumber,
    givenName: input.givenName,
    familyName: input.familyName,
    dateOfBirth: input.dateOfBirth,
    sex,
    mobile,
    email,
    address: input.address,
    postcode,
  };
}
