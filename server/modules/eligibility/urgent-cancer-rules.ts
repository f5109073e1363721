import type { Rule, RuleSetProblem } from './eligibility.types.ts';

/**
 * The urgent suspected-cancer redirect (hazard H1): a suspected melanoma, squamous cell carcinoma or high-risk basal
 * cell carcinoma goes to the two-week-wait pathway whatever the service. These rules are in every rule set, but a
 * service admin cannot edit them away: saving a version without them, or with them changed, is refused
 * ({@link urgentCancerRuleProblems}), and the engine applies them even to a stored rule set that lacks them
 * (evaluate-eligibility.ts), so no data can make a suspected cancer wait.
 */

const twoWeekWait =
  'refer urgently on the suspected cancer pathway (two-week wait) now. This service cannot accept it.';

export const suspectedCancerRules: readonly Rule[] = [
  {
    id: 'suspected-melanoma',
    description: 'Suspected melanoma is redirected to the urgent suspected cancer pathway',
    effect: 'redirect_urgent_cancer',
    reason: `Suspected melanoma: ${twoWeekWait}`,
    when: { fact: 'suspectedCancer', op: 'includesAny', value: ['melanoma'] },
  },
  {
    id: 'suspected-scc',
    description: 'Suspected squamous cell carcinoma is redirected to the urgent suspected cancer pathway',
    effect: 'redirect_urgent_cancer',
    reason: `Suspected squamous cell carcinoma: ${twoWeekWait}`,
    when: { fact: 'suspectedCancer', op: 'includesAny', value: ['scc'] },
  },
  {
    id: 'suspected-high-risk-bcc',
    description: 'Suspected high-risk basal cell carcinoma is redirected to the urgent suspected cancer pathway',
    effect: 'redirect_urgent_cancer',
    reason: `Suspected high-risk basal cell carcinoma: ${twoWeekWait}`,
    when: { fact: 'suspectedCancer', op: 'includesAny', value: ['high_risk_bcc'] },
  },
];

const urgentCancerRuleIds = new Set(suspectedCancerRules.map((rule) => rule.id));

/** Whether a rule is one of the fixed urgent suspected-cancer rules, which no version may change. */
export const isUrgentCancerRule = (ruleId: string) => urgentCancerRuleIds.has(ruleId);

/** Same rule, key order aside (a rule set comes back from jsonb with its keys reordered). */
function sameRule(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameRule(x, b[i]));
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => sameRule((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

/**
 * Why a rule set an admin wants to save would weaken the urgent suspected-cancer redirect: each fixed rule must be
 * there, exactly as it is. Empty when it would not.
 */
export function urgentCancerRuleProblems(rules: readonly Rule[]): RuleSetProblem[] {
  const problems: RuleSetProblem[] = [];
  for (const fixed of suspectedCancerRules) {
    const index = rules.findIndex((rule) => rule.id === fixed.id);
    const rule = rules[index];
    if (!rule) {
      problems.push({
        field: 'rules',
        message: `The rule “${fixed.description}” cannot be removed: a suspected cancer must always be redirected to the urgent pathway`,
      });
    } else if (!sameRule(rule, fixed)) {
      problems.push({
        field: `rules.${index}`,
        message: `The rule “${fixed.description}” cannot be changed: a suspected cancer must always be redirected to the urgent pathway`,
      });
    }
  }
  return problems;
}
