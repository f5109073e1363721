import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { findPatientsForSearch, type FoundPatient, checkNhsNumber } from '../patients/index.ts';

const limit = 20;

/** What the words typed are: an NHS number (spaces or not), a request's reference, or the starts of names. */
export function readQuery(
  text: string,
): { nhsNumber: string } | { reference: string } | { words: string[] } | { problem: string } {
  const compact = text.replace(/[\s-]/g, '');
  if (/^\d+$/.test(compact)) {
    const check = checkNhsNumber(compact);
    return check.ok ? { nhsNumber: check.value } : { problem: check.message };
  }
  const reference = /^TD-?([0-9A-Z]{6})$/i.exec(text.trim());
  if (reference) return { reference: `TD-${reference[1]!.toUpperCase()}` };
  const words = text
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean);
  if (words.length === 0 || words.every((word) => word.length < 2)) {
    return { problem: 'Enter at least 2 letters of a name, an NHS number or a request reference' };
  }
  return { words: words.filter((word) => word.length >= 2).slice(0, 4) };
}

/**
 * One search box for every role: the patients the caller may see (the same scoping as everywhere: their practice's
 * records, and patients of requests sent to their service), each with the requests about them the caller may see.
 * Audited as one read, without the words searched for.
 */
export async function search(
  tx: Tx,
  options: { actor: Actor; auditActor: AuditActor; at: Date; text: string },
): Promise<{ by: 'nhs_number' | 'reference' | 'name'; patients: FoundPatient[]; more: boolean }> {
  const query = readQuery(options.text);
  if ('problem' in query) {
    throw new AppError('validation_failed', query.problem, { fieldErrors: [{ field: 'q', message: query.problem }] });
  }
  const organisations = options.actor.memberships.map((m) => m.organisationId);
  const found = await findPatientsForSearch(tx, organisations, query, limit + 1);
  const by = 'nhsNumber' in query ? 'nhs_number' : 'reference' in query ? 'reference' : 'name';
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'search.performed',
    detail: { by, results: Math.min(found.length, limit) },
  });
  return { by, patients: found.slice(0, limit), more: found.length > limit };
}
