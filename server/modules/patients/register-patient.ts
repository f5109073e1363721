import type pg from 'pg';
import type { Clock } from '../../clock.ts';
import { withTransaction } from '../../db/database.ts';
import { organisationsWithRole, type Actor } from '../../http/actor.ts';
import { AppError, type FieldError } from '../../http/errors.ts';
import { londonDate } from '../../working-days.ts';
import { appendAuditEvent, type AuditActor } from '../audit/audit.repository.ts';
import { checkEmail, checkNhsNumber, checkPostcode, checkUkMobile, validateDateOfBirth } from './patient-validation.ts';
import { findPatientByNhsNumber, insertPatient, updateRegistration, type Patient } from './patients.repository.ts';
import type { RegisterPatientInput } from './patients.schemas.ts';

/**
 * Registers a patient with the referrer's practice, or finds them: there is
 * one record per NHS number. A patient found with a matching name and date of
 * birth who is registered elsewhere has moved practice, and is moved here.
 */
export async function registerPatient(options: {
  pool: pg.Pool;
  clock: Clock;
  actor: Actor;
  auditActor: AuditActor;
  input: RegisterPatientInput;
}): Promise<{ patient: Patient; created: boolean }> {
  const practiceId = organisationsWithRole(options.actor, 'referrer')[0];
  if (!practiceId) throw new AppError('forbidden', 'Only a referrer at a GP practice can register a patient.');
  const details = validate(options.input, londonDate(options.clock.now()));
  const at = options.clock.now();

  return withTransaction(options.pool, async (tx) => {
    const existing = await findPatientByNhsNumber(tx, details.nhsNumber);
    if (existing) {
      const same =
        existing.familyName.toLowerCase() === details.familyName.toLowerCase() &&
        existing.dateOfBirth === details.dateOfBirth;
      if (!same) {
        const message =
          'This NHS number is recorded for a patient with a different last name or date of birth. Check the NHS number, last name and date of birth.';
        throw new AppError('conflict', message, { fieldErrors: [{ field: 'nhsNumber', message }] });
      }
      if (existing.registeredPracticeId !== practiceId) {
        await updateRegistration(tx, existing.id, { ...details, registeredPracticeId: practiceId }, at);
      }
      await appendAuditEvent(tx, options.auditActor, at, {
        action: 'patient.found',
        recordType: 'patient',
        recordId: existing.id,
        patientId: existing.id,
      });
      return { patient: { ...existing, registeredPracticeId: practiceId }, created: false };
    }
    const id = await insertPatient(tx, { ...details, registeredPracticeId: practiceId }, at);
    if (!id) throw new AppError('conflict', 'This patient was registered a moment ago by someone else. Try again.');
    await appendAuditEvent(tx, options.auditActor, at, {
      action: 'patient.registered',
      recordType: 'patient',
      recordId: id,
      patientId: id,
    });
    return { patient: { id, ...details, registeredPracticeId: practiceId }, created: true };
  });
}

/** Every field checked at once, so the page can show every problem together. */
function validate(input: RegisterPatientInput, today: string): Omit<Patient, 'id' | 'registeredPracticeId'> {
  const errors: FieldError[] = [];
  const take = <T>(field: string, check: { ok: true; value: T } | { ok: false; message: string }): T | null => {
    if (check.ok) return check.value;
    errors.push({ field, message: check.message });
    return null;
  };
  const nhsNumber = take('nhsNumber', checkNhsNumber(input.nhsNumber));
  const dobProblem = validateDateOfBirth(input.dateOfBirth, today);
  if (dobProblem) errors.push({ field: 'dateOfBirth', message: dobProblem });
  const postcode = take('postcode', checkPostcode(input.postcode));
  const mobile = input.mobile?.trim() ? take('mobile', checkUkMobile(input.mobile)) : null;
  const email = input.email?.trim() ? take('email', checkEmail(input.email)) : null;
  if (errors.length || !nhsNumber || !postcode) {
    throw new AppError('validation_failed', errors.map((e) => e.message).join('. '), { fieldErrors: errors });
  }
  return {
    nhsNumber,
    givenName: input.givenName,
    familyName: input.familyName,
    dateOfBirth: input.dateOfBirth,
    sex: input.sex,
    mobile,
    email,
    address: input.address,
    postcode,
  };
}
