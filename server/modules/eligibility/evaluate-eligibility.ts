import { skinCancerLabels } from '../../../shared/request-content.ts';
import { ageOnDate } from '../patients/index.ts';
import type { Condition, EligibilityResult, FactCondition, Facts, RequestKind, RuleSet } from './eligibility.types.ts';
import { isUrgentCancerRule, suspectedCancerRules } from './urgent-cancer-rules.ts';

/**
 * Decides whether a service can take a request, from the service's rule set and the request's facts.
 *
 * Every rule is evaluated, so the referrer hears every reason at once rather than fixing one and meeting
 * the next. A suspected cancer trumps everything: the decision is a redirect to the urgent suspected-cancer
 * pathway and its reason comes first, because a two-week-wait referral must not wait while the referrer
 * reads about lesion counts. Otherwise any not-accepted rule refuses the request with all its reasons.
 */
export function evaluateEligibility(ruleSet: RuleSet, facts: Facts): EligibilityResult {
  // The urgent suspected-cancer rules apply whatever the stored rule set says (hazard H1): a version saved through
  // the API always holds them unchanged, but no data, however it came to be, may make a suspected cancer wait.
  const rules = [...suspectedCancerRules, ...ruleSet.rules.filter((rule) => !isUrgentCancerRule(rule.id))];
  const fired = rules.filter((rule) => conditionHolds(rule.when, facts));
  const redirects = fired.filter((rule) => rule.effect === 'redirect_urgent_cancer');
  const refusals = fired.filter((rule) => rule.effect === 'not_accepted');
  const ordered = [...redirects, ...refusals];
  // A redirect is one instruction: the refusals still fire (and are recorded), but telling the referrer also to
  // "refer to the children's service" or to "remove a lesion" would only blur it.
  const reasons =
    redirects.length === 0
      ? refusals.map((rule) => rule.reason)
      : facts.ageYears < 18
        ? [childRedirect(facts)]
        : redirects.map((rule) => rule.reason);
  return {
    decision: redirects.length > 0 ? 'redirect_urgent_cancer' : refusals.length > 0 ? 'not_accepted' : 'accepted',
    reasons,
    firedRules: ordered.map((rule) => rule.id),
    ruleSetId: ruleSet.id ?? null,
    ruleSetName: ruleSet.name,
    ruleSetVersion: ruleSet.version,
  };
}

/** The one instruction for a child or young person with a suspected skin cancer: the urgent route for children. */
function childRedirect(facts: Facts): string {
  const suspected = facts.suspectedCancer.map((type) => skinCancerLabels[type] ?? type);
  return (
    `Suspected skin cancer (${suspected.join(', ')}) in a child or young person under 18: refer urgently now on your local ` +
    'suspected cancer pathway for children and young people (NICE NG12), to the children’s cancer service, not an ' +
    'adult one. This service cannot accept it.'
  );
}

/** Whether a condition holds for these facts. */
export function conditionHolds(condition: Condition, facts: Facts): boolean {
  if ('all' in condition) return condition.all.every((part) => conditionHolds(part, facts));
  if ('any' in condition) return condition.any.some((part) => conditionHolds(part, facts));
  if ('not' in condition) return !conditionHolds(condition.not, facts);
  return factConditionHolds(condition, facts);
}

function factConditionHolds(condition: FactCondition, facts: Facts): boolean {
  switch (condition.op) {
    case 'isTrue':
      return facts[condition.fact];
    case 'isFalse':
      return !facts[condition.fact];
    case 'eq':
      return facts[condition.fact] === condition.value;
    case 'ne':
      return facts[condition.fact] !== condition.value;
    case 'lt':
      return facts[condition.fact] < condition.value;
    case 'lte':
      return facts[condition.fact] <= condition.value;
    case 'gt':
      return facts[condition.fact] > condition.value;
    case 'gte':
      return facts[condition.fact] >= condition.value;
    case 'in': {
      const actual = facts[condition.fact];
      return (condition.value as readonly (string | number)[]).includes(actual);
    }
    case 'includesAny': {
      const actual: readonly string[] = facts[condition.fact];
      return condition.value.some((wanted) => actual.includes(wanted));
    }
  }
}

/** Whether a rule set is meant for this kind of request. */
export function ruleSetAppliesTo(ruleSet: RuleSet, kind: RequestKind): boolean {
  return ruleSet.pathway === 'any' || ruleSet.pathway === kind;
}

/**
 * The facts for a request. Age is taken on the date of submission (a London calendar date), not the date
 * the draft was started, so a patient who turns 18 while the draft waits is judged as the adult they are.
 */
export function buildEligibilityFacts(
  request: Omit<Facts, 'ageYears'> & { dateOfBirth: string; submittedOn: string },
): Facts {
  const { dateOfBirth, submittedOn, ...rest } = request;
  return { ...rest, ageYears: ageOnDate(dateOfBirth, submittedOn) };
}
