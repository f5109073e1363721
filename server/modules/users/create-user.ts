import type pg from 'pg';
import type { OrganisationKind } from '../../../shared/roles.ts';
import type { Clock } from '../../clock.ts';
import { withTransaction } from '../../db/database.ts';
import { AppError, notFound, type FieldError } from '../../http/errors.ts';
import type { Actor } from '../../http/actor.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { hashPassword, passwordProblem } from '../auth/index.ts';
import { manageableOrganisations, roleProblems } from './users.policy.ts';
import { insertMembership, insertUser } from './users.repository.ts';
import type { CreateUserInput } from './users.schemas.ts';

/** Creates a user in an organisation the actor manages, with roles that organisation can grant. */
export async function createUser(options: {
  pool: pg.Pool;
  clock: Clock;
  actor: Actor;
  auditActor: AuditActor;
  input: CreateUserInput;
}): Promise<string> {
  const { input } = options;
  const allowed = await manageableOrganisations(options.pool, options.actor);
  if (!allowed.includes(input.organisationId)) throw notFound('organisation');
  const { rows } = await options.pool.query<{ kind: OrganisationKind }>(
    'SELECT kind FROM organisations WHERE id = $1',
    [input.organisationId],
  );
  const kind = rows[0]?.kind;
  if (!kind) throw notFound('organisation');

  const problems: FieldError[] = [];
  const passwordIssue = passwordProblem(input.password);
  if (passwordIssue) problems.push({ field: 'password', message: passwordIssue });
  problems.push(...roleProblems(options.actor, kind, input.roles));
  if (input.roles.includes('consultant') && !input.gmcNumber)
    problems.push({ field: 'gmcNumber', message: 'A consultant needs a GMC number' });
  if (input.roles.includes('referrer') && !input.professionalRegistration)
    problems.push({ field: 'professionalRegistration', message: 'A referrer needs a professional registration' });
  if (problems.length) {
    throw new AppError('validation_failed', problems.map((p) => p.message).join('; '), { fieldErrors: problems });
  }

  const passwordHash = await hashPassword(input.password);
  const at = options.clock.now();
  return withTransaction(options.pool, async (tx) => {
    const id = await insertUser(tx, {
      email: input.email.toLowerCase(),
      displayName: input.displayName,
      passwordHash,
      gmcNumber: input.gmcNumber ?? null,
      professionalRegistration: input.professionalRegistration ?? null,
    });
    if (!id) {
      throw new AppError('conflict', 'A user with this email address already exists.', {
        fieldErrors: [{ field: 'email', message: 'A user with this email address already exists' }],
      });
    }
    await insertMembership(tx, id, input.organisationId, [...new Set(input.roles)]);
    await appendAuditEvent(tx, options.auditActor, at, {
      action: 'user.created',
      recordType: 'user',
      recordId: id,
      detail: { organisationId: input.organisationId, roles: input.roles },
    });
    return id;
  });
}
