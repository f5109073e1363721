import type { Tx } from '../../db/database.ts';
import { organisationsWithRole, type Actor } from '../../http/actor.ts';
import { AppError, notFound, type FieldError } from '../../http/errors.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { checkEmail, checkPostcode, checkUkMobile } from './patient-validation.ts';
import { findPracticeRecord, updateContact, type Patient } from './patients.repository.ts';
import type { UpdateContactInput } from './patients.schemas.ts';

/**
 * A referrer changes how their practice reaches a patient: mobile, email, address and postcode, on their own
 * practice's record only (each practice keeps its own; another practice's record is not found). An empty mobile or
 * email removes it. Every field is checked at once; the audit row names the fields changed, not their values.
 */
export async function updatePatientContact(
  tx: Tx,
  options: { actor: Actor; auditActor: AuditActor; at: Date; patientId: string; input: UpdateContactInput },
): Promise<Patient> {
  const patient = await findPracticeRecord(tx, organisationsWithRole(options.actor, 'referrer'), options.patientId);
  if (!patient) throw notFound('patient');
  const { input } = options;
  const errors: FieldError[] = [];
  const take = (field: string, check: { ok: true; value: string } | { ok: false; message: string }) => {
    if (check.ok) return check.value;
    errors.push({ field, message: check.message });
    return null;
  };
  const changes: Partial<Pick<Patient, 'mobile' | 'email' | 'address' | 'postcode'>> = {};
  if (input.mobile !== undefined)
    changes.mobile = input.mobile.trim() ? take('mobile', checkUkMobile(input.mobile)) : null;
  if (input.email !== undefined) changes.email = input.email.trim() ? take('email', checkEmail(input.email)) : null;
  if (input.postcode !== undefined) {
    const postcode = take('postcode', checkPostcode(input.postcode));
    if (postcode) changes.postcode = postcode;
  }
  if (input.address !== undefined) changes.address = input.address;
  if (errors.length) {
    throw new AppError('validation_failed', errors.map((e) => e.message).join('. '), { fieldErrors: errors });
  }
  const fields = (Object.keys(changes) as (keyof typeof changes)[]).filter((key) => changes[key] !== patient[key]);
  const updated = fields.length ? await updateContact(tx, patient.id, changes) : patient;
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'patient.contact_updated',
    recordType: 'patient',
    recordId: patient.id,
    patientId: patient.id,
    detail: { fields },
  });
  return updated;
}
