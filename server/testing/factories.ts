import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database.ts';
import type { OrganisationKind, Role } from '../../shared/roles.ts';
import { hashPassword } from '../modules/auth/passwords.ts';
import { insertMembership, insertUser } from '../modules/users/users.repository.ts';

export const testPassword = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;
const unique = () => randomBytes(4).toString('hex').toUpperCase();

export async function buildOrganisation(
  db: Queryable,
  overrides: { kind?: OrganisationKind; name?: string } = {},
): Promise<{ id: string; name: string; kind: OrganisationKind }> {
  const kind = overrides.kind ?? 'gp_practice';
  const name = overrides.name ?? `Test ${kind.replace('_', ' ')} ${unique()}`;
  const { rows } = await db.query<{ id: string }>(
    'INSERT INTO organisations (kind, name, ods_code) VALUES ($1, $2, $3) RETURNING id',
    [kind, name, `T${unique()}`],
  );
  return { id: rows[0]!.id, name, kind };
}

export async function linkOrganisations(
  db: Queryable,
  serviceId: string,
  organisationId: string,
  relationship: 'serves_practice' | 'clinic_provider' = 'serves_practice',
) {
  await db.query('INSERT INTO organisation_links (service_id, organisation_id, relationship) VALUES ($1, $2, $3)', [
    serviceId,
    organisationId,
    relationship,
  ]);
}

export async function buildUser(
  db: Queryable,
  options: {
    organisationId: string;
    roles: Role[];
    email?: string;
    displayName?: string;
    also?: { organisationId: string; roles: Role[] }[];
  },
): Promise<{ id: string; email: string; password: string }> {
  passwordHash ??= hashPassword(testPassword);
  const email = options.email ?? `user-${unique().toLowerCase()}@test.example`;
  const id = await insertUser(db, {
    email,
    displayName: options.displayName ?? `Test ${options.roles.join(' ')}`,
    passwordHash: await passwordHash,
    gmcNumber: options.roles.includes('consultant') ? '1234567' : null,
    professionalRegistration: options.roles.includes('referrer') ? 'GMC 7654321' : null,
  });
  if (!id) throw new Error(`user ${email} exists`);
  await insertMembership(db, id, options.organisationId, options.roles);
  for (const extra of options.also ?? []) await insertMembership(db, id, extra.organisationId, extra.roles);
  return { id, email, password: testPassword };
}
