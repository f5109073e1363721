import { z } from 'zod';
import type { Queryable } from '../../db/database.ts';
import { atLondonTime, endOfLondonDay } from '../../working-days.ts';
import { isValidNhsNumber, normaliseNhsNumber } from '../patients/index.ts';
import type { AuditFilter, AuditRow } from './audit.repository.ts';

const isoDate = z.iso.date({ error: 'Enter a real date' });

/**
 * What an administrator can search the audit trail by, as typed: a patient by NHS number (spaces allowed), a
 * user by email, a request by its reference, any record by type and id, an action or the start of one, whether
 * it was allowed or refused, and London calendar dates. Empty fields are left out by the page.
 */
export const auditSearchQuery = z
  .object({
    nhsNumber: z
      .string()
      .trim()
      .max(20)
      .transform((typed, context) => {
        const digits = normaliseNhsNumber(typed);
        if (!digits || !isValidNhsNumber(digits)) {
          context.addIssue({ code: 'custom', message: 'Enter a valid NHS number, 10 digits' });
          return z.NEVER;
        }
        return digits;
      })
      .optional(),
    userEmail: z.string().trim().toLowerCase().max(320).optional(),
    reference: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^TD-[0-9A-Z]{6}$/, 'Enter a request reference like TD-4K7M9Q')
      .optional(),
    recordType: z.string().max(40).optional(),
    recordId: z.string().max(100).optional(),
    action: z
      .string()
      .trim()
      .max(80)
      .regex(/^[a-z_.]+$/, 'Enter an action like request.submitted, or the start of one like request.')
      .optional(),
    outcome: z.enum(['allowed', 'denied']).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    before: z.coerce.number().int().positive().optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'The end date must be the same as or after the start date',
    path: ['to'],
  });

export type AuditSearch = z.infer<typeof auditSearchQuery>;

/**
 * The filter a search means, with the NHS number, email and reference turned into ids; null when one of them
 * names nothing, so the answer is empty rather than a different message (which would tell the searcher whether
 * a patient, user or request exists outside what they may read).
 */
export async function resolveAuditFilter(
  db: Queryable,
  organisationIds: string[] | 'all',
  search: AuditSearch,
): Promise<Omit<AuditFilter, 'limit'> | null> {
  const filter: Omit<AuditFilter, 'limit'> = {
    organisationIds,
    recordType: search.recordType,
    recordId: search.recordId,
    action: search.action,
    outcome: search.outcome,
    from: search.from ? atLondonTime(search.from, '00:00') : undefined,
    to: search.to ? endOfLondonDay(search.to) : undefined,
    beforeSeq: search.before,
  };
  if (search.nhsNumber) {
    const { rows } = await db.query<{ id: string }>('SELECT id FROM patients WHERE nhs_number = $1', [
      search.nhsNumber,
    ]);
    if (rows.length === 0) return null;
    filter.patientIds = rows.map((r) => r.id);
  }
  if (search.userEmail) {
    const { rows } = await db.query<{ id: string }>('SELECT id FROM users WHERE lower(email) = $1', [search.userEmail]);
    if (rows.length === 0) return null;
    filter.userIds = rows.map((r) => r.id);
  }
  if (search.reference) {
    const { rows } = await db.query<{ id: string }>('SELECT id FROM requests WHERE reference = $1', [search.reference]);
    if (!rows[0]) return null;
    if (search.recordId !== undefined && search.recordId !== rows[0].id) return null;
    filter.recordType = 'request';
    filter.recordId = rows[0].id;
  }
  return filter;
}

/** The names of the fields a search used, for its own audit row: what was searched for stays out of the trail. */
export function usedFilters(search: AuditSearch): string[] {
  return Object.entries(search)
    .filter(([name, value]) => value !== undefined && name !== 'before')
    .map(([name]) => name)
    .sort();
}

export type AuditRowWithReference = AuditRow & { requestReference: string | null };

/** Adds each request's reference, so that a person reads TD-4K7M9Q rather than an id. */
export async function withReferences(db: Queryable, rows: AuditRow[]): Promise<AuditRowWithReference[]> {
  const requestIds = [...new Set(rows.filter((r) => r.recordType === 'request' && r.recordId).map((r) => r.recordId!))];
  const references = new Map<string, string>();
  if (requestIds.length) {
    const { rows: found } = await db.query<{ id: string; reference: string }>(
      'SELECT id::text AS id, reference FROM requests WHERE id::text = ANY($1::text[])',
      [requestIds],
    );
    for (const r of found) references.set(r.id, r.reference);
  }
  return rows.map((row) => ({
    ...row,
    requestReference: row.recordType === 'request' && row.recordId ? (references.get(row.recordId) ?? null) : null,
  }));
}

export const csvColumns = [
  'Sequence',
  'When (UTC)',
  'Who',
  'User id',
  'Organisation id',
  'Action',
  'Allowed or refused',
  'Record type',
  'Record id',
  'Request reference',
  'Patient id',
  'Client address',
  'Detail',
];

export function csvRow(row: AuditRowWithReference): (string | number | null)[] {
  return [
    row.seq,
    row.at.toISOString(),
    row.actorLabel,
    row.actorUserId,
    row.actorOrganisationId,
    row.action,
    row.outcome,
    row.recordType,
    row.recordId,
    row.requestReference,
    row.patientId,
    row.clientAddress,
    JSON.stringify(row.detail),
  ];
}
