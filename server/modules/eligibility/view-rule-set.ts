import type { Tx } from '../../db/database.ts';
import type { RequestKind } from '../../../shared/request-content.ts';
import type { RuleSet } from './eligibility.types.ts';
import { currentRuleSet, listRuleSetVersions, type StoredRuleSet } from './rule-sets.repository.ts';
import { versionStatusesAt } from './rule-set-versions.ts';

/** A stored version as the API shows it: the rule set alone, without the row's bookkeeping. */
export const ruleSetOf = (stored: StoredRuleSet): RuleSet => ({
  id: stored.id,
  name: stored.name,
  version: stored.version,
  pathway: stored.pathway,
  rules: stored.rules,
});

/** The rule set a service applies now to a kind of request, and what each of its versions is now. */
export async function viewRuleSet(tx: Tx, options: { serviceId: string; pathway: RequestKind; at: Date }) {
  const { serviceId, pathway, at } = options;
  const current = await currentRuleSet(tx, serviceId, pathway, at);
  return {
    current: ruleSetOf(current),
    versions: versionStatusesAt(await listRuleSetVersions(tx, serviceId, pathway), at),
  };
}
