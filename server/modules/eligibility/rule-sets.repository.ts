import type { Queryable } from '../../db/database.ts';
import type { RequestKind } from '../../../shared/request-content.ts';
import { adviceAndGuidanceRuleSet, communityTeledermatologyRuleSet } from './default-rule-sets.ts';
import type { Rule, RuleSet } from './eligibility.types.ts';

export type StoredRuleSet = RuleSet & {
  id: string;
  serviceId: string;
  createdAt: Date;
  createdBy: string | null;
  /** From when the version decides requests; the newest version in effect decides. */
  effectiveFrom: Date;
};

const defaults: Record<RequestKind, RuleSet> = {
  referral: communityTeledermatologyRuleSet,
  advice_and_guidance: adviceAndGuidanceRuleSet,
};

const columns = `id, service_id AS "serviceId", pathway, version, name, rules, created_at AS "createdAt",
  created_by AS "createdBy", effective_from AS "effectiveFrom"`;

/**
 * The version in effect at `at`: the newest version whose date has come. Version 1 is the floor, in effect from the
 * start (nothing came before it), so a request is always decided by a version that exists.
 */
const inEffect = `SELECT ${columns} FROM rule_sets
  WHERE service_id = $1 AND pathway = $2 AND (effective_from <= $3 OR version = 1)
  ORDER BY version DESC LIMIT 1`;

/**
 * The rule set a service applies to a kind of request at an instant: the newest version in effect then. A service
 * that has never had one starts from the default, stored as its version 1 so that decisions name a version that
 * exists.
 */
export async function currentRuleSet(
  tx: Queryable,
  serviceId: string,
  pathway: RequestKind,
  at: Date,
): Promise<StoredRuleSet> {
  const found = await tx.query<StoredRuleSet>(inEffect, [serviceId, pathway, at]);
  if (found.rows[0]) return found.rows[0];
  const base = defaults[pathway];
  await tx.query(
    `INSERT INTO rule_sets (service_id, pathway, version, name, rules, created_by, created_at, effective_from)
     VALUES ($1, $2, 1, $3, $4, NULL, $5, $5) ON CONFLICT DO NOTHING`,
    [serviceId, pathway, base.name, JSON.stringify(base.rules), at],
  );
  const seeded = await tx.query<StoredRuleSet>(inEffect, [serviceId, pathway, at]);
  return seeded.rows[0]!;
}

export type RuleSetVersionSummary = {
  version: number;
  name: string;
  createdAt: Date;
  createdByName: string | null;
  effectiveFrom: Date;
};

export async function listRuleSetVersions(
  db: Queryable,
  serviceId: string,
  pathway: RequestKind,
): Promise<RuleSetVersionSummary[]> {
  const { rows } = await db.query<RuleSetVersionSummary>(
    `SELECT rs.version, rs.name, rs.created_at AS "createdAt", u.display_name AS "createdByName",
            rs.effective_from AS "effectiveFrom"
     FROM rule_sets rs LEFT JOIN users u ON u.id = rs.created_by
     WHERE rs.service_id = $1 AND rs.pathway = $2 ORDER BY rs.version DESC`,
    [serviceId, pathway],
  );
  return rows;
}

/** One version of a service's rule set, as it was saved, or null when the service has no such version. */
export async function findRuleSetVersion(
  db: Queryable,
  serviceId: string,
  pathway: RequestKind,
  version: number,
): Promise<(StoredRuleSet & { createdByName: string | null }) | null> {
  const { rows } = await db.query<StoredRuleSet & { createdByName: string | null }>(
    `SELECT rs.id, rs.service_id AS "serviceId", rs.pathway, rs.version, rs.name, rs.rules,
            rs.created_at AS "createdAt", rs.created_by AS "createdBy", rs.effective_from AS "effectiveFrom",
            u.display_name AS "createdByName"
     FROM rule_sets rs LEFT JOIN users u ON u.id = rs.created_by
     WHERE rs.service_id = $1 AND rs.pathway = $2 AND rs.version = $3`,
    [serviceId, pathway, version],
  );
  return rows[0] ?? null;
}

/** Stores an edit as the next version; versions are never changed once written. */
export async function insertRuleSetVersion(
  tx: Queryable,
  ruleSet: {
    serviceId: string;
    pathway: RequestKind;
    name: string;
    rules: Rule[];
    createdBy: string;
    at: Date;
    effectiveFrom: Date;
  },
): Promise<{ id: string; version: number; effectiveFrom: Date }> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`rule_sets:${ruleSet.serviceId}:${ruleSet.pathway}`]);
  const { rows } = await tx.query<{ id: string; version: number; effectiveFrom: Date }>(
    `INSERT INTO rule_sets (service_id, pathway, version, name, rules, created_by, created_at, effective_from)
     VALUES ($1, $2, (SELECT coalesce(max(version), 0) + 1 FROM rule_sets WHERE service_id = $1 AND pathway = $2),
             $3, $4, $5, $6, $7)
     RETURNING id, version, effective_from AS "effectiveFrom"`,
    [
      ruleSet.serviceId,
      ruleSet.pathway,
      ruleSet.name,
      JSON.stringify(ruleSet.rules),
      ruleSet.createdBy,
      ruleSet.at,
      ruleSet.effectiveFrom,
    ],
  );
  return rows[0]!;
}
