import type { Queryable } from '../../db/database.ts';
import type { RequestKind } from '../../../shared/request-content.ts';
import { adviceAndGuidanceRuleSet, communityTeledermatologyRuleSet } from './default-rule-sets.ts';
import type { Rule, RuleSet } from './eligibility.types.ts';

export type StoredRuleSet = RuleSet & { id: string; serviceId: string; createdAt: Date; createdBy: string | null };

const defaults: Record<RequestKind, RuleSet> = {
  referral: communityTeledermatologyRuleSet,
  advice_and_guidance: adviceAndGuidanceRuleSet,
};

const columns = `id, service_id AS "serviceId", pathway, version, name, rules, created_at AS "createdAt", created_by AS "createdBy"`;

/**
 * The rule set a service applies to a kind of request now: its latest
 * version. A service that has never edited one starts from the default,
 * stored as its version 1 so that decisions name a version that exists.
 */
export async function currentRuleSet(
  tx: Queryable,
  serviceId: string,
  pathway: RequestKind,
  at: Date,
): Promise<StoredRuleSet> {
  const latest = await tx.query<StoredRuleSet>(
    `SELECT ${columns} FROM rule_sets WHERE service_id = $1 AND pathway = $2 ORDER BY version DESC LIMIT 1`,
    [serviceId, pathway],
  );
  if (latest.rows[0]) return latest.rows[0];
  const base = defaults[pathway];
  await tx.query(
    `INSERT INTO rule_sets (service_id, pathway, version, name, rules, created_by, created_at)
     VALUES ($1, $2, 1, $3, $4, NULL, $5) ON CONFLICT DO NOTHING`,
    [serviceId, pathway, base.name, JSON.stringify(base.rules), at],
  );
  const seeded = await tx.query<StoredRuleSet>(
    `SELECT ${columns} FROM rule_sets WHERE service_id = $1 AND pathway = $2 ORDER BY version DESC LIMIT 1`,
    [serviceId, pathway],
  );
  return seeded.rows[0]!;
}

export async function listRuleSetVersions(db: Queryable, serviceId: string, pathway: RequestKind) {
  const { rows } = await db.query<{ version: number; name: string; createdAt: Date; createdByName: string | null }>(
    `SELECT rs.version, rs.name, rs.created_at AS "createdAt", u.display_name AS "createdByName"
     FROM rule_sets rs LEFT JOIN users u ON u.id = rs.created_by
     WHERE rs.service_id = $1 AND rs.pathway = $2 ORDER BY rs.version DESC`,
    [serviceId, pathway],
  );
  return rows;
}

/** Stores an edit as the next version; versions are never changed once written. */
export async function insertRuleSetVersion(
  tx: Queryable,
  ruleSet: { serviceId: string; pathway: RequestKind; name: string; rules: Rule[]; createdBy: string; at: Date },
): Promise<{ id: string; version: number }> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`rule_sets:${ruleSet.serviceId}:${ruleSet.pathway}`]);
  const { rows } = await tx.query<{ id: string; version: number }>(
    `INSERT INTO rule_sets (service_id, pathway, version, name, rules, created_by, created_at)
     VALUES ($1, $2, (SELECT coalesce(max(version), 0) + 1 FROM rule_sets WHERE service_id = $1 AND pathway = $2), $3, $4, $5, $6)
     RETURNING id, version`,
    [ruleSet.serviceId, ruleSet.pathway, ruleSet.name, JSON.stringify(ruleSet.rules), ruleSet.createdBy, ruleSet.at],
  );
  return rows[0]!;
}
