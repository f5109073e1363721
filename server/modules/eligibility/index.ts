// What other modules may import from this one (.dependency-cruiser.cjs enforces it); the rest is its own.
export { defaultRuleSets } from './default-rule-sets.ts';
export type { EligibilityDecision, EligibilityResult, RuleSet } from './eligibility.types.ts';
export { buildEligibilityFacts, evaluateEligibility } from './evaluate-eligibility.ts';
export { currentRuleSet } from './rule-sets.repository.ts';
