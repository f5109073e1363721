import type { Tx } from '../../db/database.ts';
import { notFound } from '../../http/errors.ts';
import type { RequestKind } from '../../../shared/request-content.ts';
import { findRuleSetVersion, listRuleSetVersions } from './rule-sets.repository.ts';
import { versionStatusesAt } from './rule-set-versions.ts';
import { ruleSetOf } from './view-rule-set.ts';

/** One version of a service's rule set as it was saved, with what it is now. */
export async function viewRuleSetVersion(
  tx: Tx,
  options: { serviceId: string; pathway: RequestKind; version: number; at: Date },
) {
  const { serviceId, pathway, version, at } = options;
  const found = await findRuleSetVersion(tx, serviceId, pathway, version);
  if (!found) throw notFound('version of this rule set');
  const statuses = versionStatusesAt(await listRuleSetVersions(tx, serviceId, pathway), at);
  return { ruleSet: ruleSetOf(found), summary: statuses.find((v) => v.version === version)! };
}
