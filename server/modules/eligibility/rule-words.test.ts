import { describe, expect, test } from 'vitest';
import {
  conditionWords,
  factWords,
  operatorWords,
  ruleWords,
  urgentCancerRuleIds,
} from '../../../web/src/features/rule-sets/rule-vocabulary.ts';
import { diffRuleSets, isEmptyDiff } from '../../../web/src/features/rule-sets/rule-diff.ts';
import { draftProblems, newRuleDraft, rulesOf, toDraft } from '../../../web/src/features/rule-sets/rule-drafts.ts';
import { communityTeledermatologyRuleSet } from './default-rule-sets.ts';
import { factCatalogue, operators } from './eligibility.types.ts';
import { suspectedCancerRules } from './urgent-cancer-rules.ts';

/**
 * The rule set pages say each rule in words from their own copy of the language (the web app cannot import the
 * server). These tests hold the copy to the catalogue, so a fact added to the engine cannot be shown as code.
 */
describe('the rule pages’ words follow the fact catalogue', () => {
  test('every fact and operator has words, and no others', () => {
    expect(Object.keys(factWords).sort()).toEqual(Object.keys(factCatalogue).sort());
    expect(Object.keys(operatorWords).sort()).toEqual([...operators].sort());
    for (const [fact, definition] of Object.entries(factCatalogue)) {
      const words = factWords[fact as keyof typeof factWords];
      expect(words.type, fact).toBe(definition.type);
      if ('values' in definition) {
        expect(words.type === 'choice' || words.type === 'list').toBe(true);
        expect('values' in words && words.values.map((v) => v.value), fact).toEqual([...definition.values]);
      }
    }
  });

  test('the fixed rules the form will not change are the urgent suspected-cancer rules', () => {
    expect(urgentCancerRuleIds).toEqual(suspectedCancerRules.map((rule) => rule.id));
  });

  test('the default referral rules read as sentences, with no code in them', () => {
    const sentences = communityTeledermatologyRuleSet.rules.map(ruleWords);
    expect(sentences).toContain('Not accepted when the patient’s age is less than 18 years.');
    expect(sentences).toContain('Not accepted when the number of lesions is more than 3.');
    expect(sentences).toContain(
      'Not accepted when the patient is immunosuppressed or the patient has had an organ transplant.',
    );
    expect(sentences).toContain(
      'Redirected to the urgent suspected cancer pathway when the referrer suspects Melanoma.',
    );
    for (const sentence of sentences) expect(sentence).not.toMatch(/[a-z][A-Z]|_|\b(lt|gt|isTrue|includesAny)\b/);
  });

  test('groups and negations are said in words', () => {
    expect(
      conditionWords({
        all: [{ fact: 'urgency', op: 'eq', value: 'urgent' }, { not: { fact: 'ageYears', op: 'gt', value: 80 } }],
      }),
    ).toBe('the urgency is Urgent and it is not so that the patient’s age is more than 80 years');
    expect(conditionWords({ fact: 'previousSkinCancer', op: 'includesAny', value: ['melanoma', 'scc'] })).toBe(
      'the patient has had Melanoma or Squamous cell carcinoma (SCC) before',
    );
  });
});

describe('the rule form keeps what it does not change', () => {
  test('every default rule goes through the form and back unchanged, so saving without a change changes nothing', () => {
    for (const ruleSet of [communityTeledermatologyRuleSet]) {
      const drafts = ruleSet.rules.map(toDraft);
      expect(rulesOf(drafts)).toEqual(ruleSet.rules);
      expect(isEmptyDiff(diffRuleSets(ruleSet, { name: ruleSet.name, rules: rulesOf(drafts) }))).toBe(true);
    }
  });

  test('a condition the form cannot show as fields is kept as it is', () => {
    const rule = {
      id: 'urgent-not-offered',
      description: 'No urgent capacity',
      effect: 'not_accepted' as const,
      reason: 'Refer to the hospital.',
      when: {
        all: [{ fact: 'urgency', op: 'eq', value: 'urgent' }, { not: { fact: 'ageYears', op: 'gt', value: 80 } }],
      },
    };
    const draft = toDraft(rule);
    expect(draft.kept).toEqual(rule.when);
    expect(rulesOf([{ ...draft, reason: 'Refer to the hospital team.' }])[0]).toEqual({
      ...rule,
      reason: 'Refer to the hospital team.',
    });
  });

  test('a new rule gets an id from its description, unique in the set, and the edit reads as added, removed and changed', () => {
    const base = communityTeledermatologyRuleSet;
    const drafts = base.rules.filter((rule) => rule.id !== 'needs-tertiary-care').map(toDraft);
    const age = drafts.find((draft) => draft.id === 'under-18')!;
    age.conditions = [{ ...age.conditions[0]!, value: '16' }];
    drafts.push({
      ...newRuleDraft(),
      description: 'Under 18!',
      reason: 'Refer to the children’s service.',
      conditions: [{ fact: 'ageYears', op: 'lt', value: '16', values: [] }],
    });
    const rules = rulesOf(drafts);
    expect(rules.at(-1)).toMatchObject({ id: 'under-18-2', when: { fact: 'ageYears', op: 'lt', value: 16 } });
    const diff = diffRuleSets(base, { name: base.name, rules });
    expect(diff.added.map((rule) => rule.id)).toEqual(['under-18-2']);
    expect(diff.removed.map((rule) => rule.id)).toEqual(['needs-tertiary-care']);
    expect(diff.changed).toEqual([expect.objectContaining({ fields: ['when'] })]);
    expect(conditionWords(diff.changed[0]!.after.when)).toBe('the patient’s age is less than 16 years');
  });

  test('the form’s own checks say what is missing, rule by rule, linked to the field the service would name', () => {
    const draft = {
      ...newRuleDraft(),
      conditions: [{ fact: 'ageYears' as const, op: 'lt' as const, value: 'x', values: [] }],
    };
    expect(draftProblems('', [draft])).toEqual([
      { field: 'name', message: 'Enter a name for the rule set' },
      { field: 'rules.0.description', message: 'Rule 1: enter what the rule is for' },
      { field: 'rules.0.when.value', message: 'Rule 1: enter the patient’s age as a whole number, like 18' },
      { field: 'rules.0.reason', message: 'Rule 1: enter what the referrer is told when the rule applies' },
    ]);
  });
});
