import { ruleWords, urgentCancerRuleIds, type Rule } from './rule-vocabulary.ts';

/** One rule in words: what it is for, when it applies, and what the referrer is told. */
export function RuleWords({ rule }: { rule: Rule }) {
  return (
    <>
      <p className="nhsuk-u-margin-bottom-1">
        <strong>{rule.description}</strong>
        {urgentCancerRuleIds.includes(rule.id) && (
          <>
            {' '}
            <strong className="nhsuk-tag nhsuk-tag--grey">Fixed</strong>
          </>
        )}
      </p>
      <p className="nhsuk-u-margin-bottom-1">{ruleWords(rule)}</p>
      <p className="nhsuk-u-margin-bottom-0 app-muted">The referrer is told: “{rule.reason}”</p>
    </>
  );
}

/** A rule set's rules in words, numbered as the rule form numbers them. */
export function RuleList({ rules }: { rules: readonly Rule[] }) {
  if (rules.length === 0) return <p>This rule set has no rules of its own: it takes every request.</p>;
  return (
    <ol className="nhsuk-list nhsuk-list--number app-rule-list">
      {rules.map((rule) => (
        <li key={rule.id} className="nhsuk-u-margin-bottom-4">
          <RuleWords rule={rule} />
        </li>
      ))}
    </ol>
  );
}

/** Why some rules cannot be changed, said once on every page that shows them. */
export function FixedRulesNote() {
  return (
    <p>
      Rules marked <strong className="nhsuk-tag nhsuk-tag--grey">Fixed</strong> send a suspected melanoma, squamous cell
      carcinoma or high-risk basal cell carcinoma to the urgent suspected cancer pathway. Every rule set has them and
      they cannot be changed, so that a suspected cancer never waits.
    </p>
  );
}
