import { describe, expect, test } from 'vitest';
import { adviceAndGuidanceRuleSet, communityTeledermatologyRuleSet, defaultRuleSets } from './default-rule-sets.ts';
import type { EligibilityDecision, Facts, RuleSet } from './eligibility.types.ts';
import { parseRuleSet, ruleSetSchema } from './eligibility.types.ts';
import {
  buildEligibilityFacts,
  conditionHolds,
  evaluateEligibility,
  ruleSetAppliesTo,
} from './evaluate-eligibility.ts';

/** An adult with one routine lesion and nothing that excludes them: every case starts here. */
const acceptable: Facts = {
  ageYears: 45,
  lesionCount: 1,
  suspectedCancer: [],
  previousSkinCancer: [],
  immunosuppressed: false,
  transplant: false,
  underHospitalConsultantForSevereInflammatoryDisease: false,
  hairBearingSiteCannotBePhotographed: false,
  needsTertiaryCare: false,
  urgency: 'routine',
  kind: 'referral',
};

const facts = (changes: Partial<Facts> = {}): Facts => ({ ...acceptable, ...changes });

// Submission date for the age boundary cases: 23 November 2026.
const submittedOn = '2026-11-23';
const ageOnSubmission = (dateOfBirth: string) =>
  buildEligibilityFacts({ ...acceptable, dateOfBirth, submittedOn }).ageYears;

type Case = [name: string, changes: Partial<Facts>, decision: EligibilityDecision, firedRules: string[]];

const communityCases: Case[] = [
  ['an adult with one routine lesion', {}, 'accepted', []],
  ['an urgent request from an adult', { urgency: 'urgent' }, 'accepted', []],
  ['exactly 18: birthday on the day of submission', { ageYears: ageOnSubmission('2008-11-23') }, 'accepted', []],
  [
    '17: 18th birthday the day after submission',
    { ageYears: ageOnSubmission('2008-11-24') },
    'not_accepted',
    ['under-18'],
  ],
  ['a child', { ageYears: 6 }, 'not_accepted', ['under-18']],
  ['a very old patient', { ageYears: 101 }, 'accepted', []],
  ['three lesions', { lesionCount: 3 }, 'accepted', []],
  ['four lesions', { lesionCount: 4 }, 'not_accepted', ['more-than-three-lesions']],
  ['ten lesions', { lesionCount: 10 }, 'not_accepted', ['more-than-three-lesions']],
  ['suspected melanoma', { suspectedCancer: ['melanoma'] }, 'redirect_urgent_cancer', ['suspected-melanoma']],
  ['suspected SCC', { suspectedCancer: ['scc'] }, 'redirect_urgent_cancer', ['suspected-scc']],
  [
    'suspected high-risk BCC',
    { suspectedCancer: ['high_risk_bcc'] },
    'redirect_urgent_cancer',
    ['suspected-high-risk-bcc'],
  ],
  [
    'suspected melanoma and SCC',
    { suspectedCancer: ['scc', 'melanoma'] },
    'redirect_urgent_cancer',
    ['suspected-melanoma', 'suspected-scc'],
  ],
  ['previous melanoma', { previousSkinCancer: ['melanoma'] }, 'not_accepted', ['previous-skin-cancer']],
  ['previous SCC', { previousSkinCancer: ['scc'] }, 'not_accepted', ['previous-skin-cancer']],
  ['previous high-risk BCC', { previousSkinCancer: ['high_risk_bcc'] }, 'not_accepted', ['previous-skin-cancer']],
  ['previous low-risk BCC is accepted', { previousSkinCancer: ['low_risk_bcc'] }, 'accepted', []],
  ['previous other skin cancer is accepted', { previousSkinCancer: ['other'] }, 'accepted', []],
  [
    'previous low-risk BCC and melanoma',
    { previousSkinCancer: ['low_risk_bcc', 'melanoma'] },
    'not_accepted',
    ['previous-skin-cancer'],
  ],
  ['immunosuppressed', { immunosuppressed: true }, 'not_accepted', ['immunosuppressed-or-transplant']],
  ['transplant', { transplant: true }, 'not_accepted', ['immunosuppressed-or-transplant']],
  [
    'immunosuppressed transplant patient: one rule, one reason',
    { immunosuppressed: true, transplant: true },
    'not_accepted',
    ['immunosuppressed-or-transplant'],
  ],
  [
    'severe inflammatory disease under a hospital consultant',
    { underHospitalConsultantForSevereInflammatoryDisease: true },
    'not_accepted',
    ['severe-inflammatory-disease-under-hospital'],
  ],
  [
    'hair-bearing site photographs cannot show',
    { hairBearingSiteCannotBePhotographed: true },
    'not_accepted',
    ['hair-bearing-site'],
  ],
  ['needs tertiary care', { needsTertiaryCare: true }, 'not_accepted', ['needs-tertiary-care']],
  [
    'under 18 and four lesions: both reasons',
    { ageYears: 17, lesionCount: 4 },
    'not_accepted',
    ['under-18', 'more-than-three-lesions'],
  ],
  [
    'suspected melanoma and under 18: redirect trumps',
    { ageYears: 17, suspectedCancer: ['melanoma'] },
    'redirect_urgent_cancer',
    ['suspected-melanoma', 'under-18'],
  ],
  [
    'suspected SCC and four lesions and transplant: redirect first, then the rest',
    { suspectedCancer: ['scc'], lesionCount: 4, transplant: true },
    'redirect_urgent_cancer',
    ['suspected-scc', 'immunosuppressed-or-transplant', 'more-than-three-lesions'],
  ],
  [
    'every exclusion at once',
    {
      ageYears: 12,
      lesionCount: 5,
      previousSkinCancer: ['scc'],
      immunosuppressed: true,
      underHospitalConsultantForSevereInflammatoryDisease: true,
      hairBearingSiteCannotBePhotographed: true,
      needsTertiaryCare: true,
    },
    'not_accepted',
    [
      'under-18',
      'previous-skin-cancer',
      'immunosuppressed-or-transplant',
      'severe-inflammatory-disease-under-hospital',
      'hair-bearing-site',
      'needs-tertiary-care',
      'more-than-three-lesions',
    ],
  ],
];

const adviceAndGuidanceCases: Case[] = [
  ['an adult', { kind: 'advice_and_guidance' }, 'accepted', []],
  ['a child', { kind: 'advice_and_guidance', ageYears: 3 }, 'accepted', []],
  ['17 on the day', { kind: 'advice_and_guidance', ageYears: ageOnSubmission('2008-11-24') }, 'accepted', []],
  ['many lesions', { kind: 'advice_and_guidance', lesionCount: 12 }, 'accepted', []],
  ['previous melanoma', { kind: 'advice_and_guidance', previousSkinCancer: ['melanoma'] }, 'accepted', []],
  ['immunosuppressed transplant', { immunosuppressed: true, transplant: true }, 'accepted', []],
  [
    'under a hospital consultant, hair-bearing site, tertiary',
    {
      underHospitalConsultantForSevereInflammatoryDisease: true,
      hairBearingSiteCannotBePhotographed: true,
      needsTertiaryCare: true,
    },
    'accepted',
    [],
  ],
  ['suspected melanoma', { suspectedCancer: ['melanoma'] }, 'redirect_urgent_cancer', ['suspected-melanoma']],
  ['suspected SCC', { suspectedCancer: ['scc'] }, 'redirect_urgent_cancer', ['suspected-scc']],
  [
    'suspected high-risk BCC in a child',
    { suspectedCancer: ['high_risk_bcc'], ageYears: 9 },
    'redirect_urgent_cancer',
    ['suspected-high-risk-bcc'],
  ],
];

describe.each([
  ['community teledermatology', communityTeledermatologyRuleSet, communityCases],
  ['Advice & Guidance', adviceAndGuidanceRuleSet, adviceAndGuidanceCases],
] as const)('default %s rule set', (_name, ruleSet, cases) => {
  test.each(cases)('%s → %s', (_case, changes, decision, firedRules) => {
    const result = evaluateEligibility(ruleSet, facts(changes));
    expect(result.decision).toBe(decision);
    expect(result.firedRules).toEqual(firedRules);
    const reasonsByRule = new Map(ruleSet.rules.map((rule) => [rule.id, rule]));
    // A redirect tells the referrer only what to do about the suspected cancer (in a child, the children's route).
    const told =
      decision !== 'redirect_urgent_cancer'
        ? firedRules.map((id) => reasonsByRule.get(id)!.reason)
        : facts(changes).ageYears < 18
          ? [expect.stringMatching(/^Suspected skin cancer \(.+\) in a child or young person under 18: refer urgently/)]
          : firedRules
              .filter((id) => reasonsByRule.get(id)!.effect === 'redirect_urgent_cancer')
              .map((id) => reasonsByRule.get(id)!.reason);
    expect(result.reasons).toEqual(told);
    expect(result.ruleSetName).toBe(ruleSet.name);
    expect(result.ruleSetVersion).toBe(1);
  });

  test('every rule is reached by at least one case', () => {
    const covered = new Set(cases.flatMap(([, , , fired]) => fired));
    expect(ruleSet.rules.map((rule) => rule.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  test('is a valid rule set by the schema an admin edit must pass', () => {
    expect(parseRuleSet(structuredClone(ruleSet))).toEqual({ ok: true, ruleSet });
  });
});

describe('what the referrer is told', () => {
  test('a suspected melanoma redirect says so plainly, first', () => {
    const result = evaluateEligibility(
      communityTeledermatologyRuleSet,
      facts({ suspectedCancer: ['melanoma'], lesionCount: 4 }),
    );
    expect(result.reasons[0]).toBe(
      'Suspected melanoma: refer urgently on the suspected cancer pathway (two-week wait) now. This service cannot accept it.',
    );
    expect(result.reasons).toHaveLength(1);
  });

  test('a child with a suspected cancer gets one instruction: the urgent route for children, nothing else', () => {
    const result = evaluateEligibility(
      communityTeledermatologyRuleSet,
      facts({ suspectedCancer: ['melanoma'], ageYears: 10, lesionCount: 4 }),
    );
    expect(result.decision).toBe('redirect_urgent_cancer');
    expect(result.reasons).toEqual([
      'Suspected skin cancer (Melanoma) in a child or young person under 18: refer urgently now on your local suspected cancer pathway for children and young people (NICE NG12), to the children’s cancer service, not an adult one. This service cannot accept it.',
    ]);
    expect(result.reasons.join(' ')).not.toMatch(/children’s dermatology service|lesion/);
    expect(result.firedRules).toEqual(['suspected-melanoma', 'under-18', 'more-than-three-lesions']);
  });

  test('the decision records the rule set it came from', () => {
    const stored: RuleSet = { ...structuredClone(communityTeledermatologyRuleSet), id: 'rs-1', version: 7 };
    expect(evaluateEligibility(stored, facts())).toEqual({
      decision: 'accepted',
      reasons: [],
      firedRules: [],
      ruleSetId: 'rs-1',
      ruleSetName: 'Community teledermatology',
      ruleSetVersion: 7,
    });
    expect(evaluateEligibility(communityTeledermatologyRuleSet, facts()).ruleSetId).toBeNull();
  });

  test('default rule sets have unique names and are version 1', () => {
    expect(new Set(defaultRuleSets.map((ruleSet) => ruleSet.name)).size).toBe(defaultRuleSets.length);
    expect(defaultRuleSets.every((ruleSet) => ruleSet.version === 1)).toBe(true);
  });
});

describe('buildEligibilityFacts', () => {
  test('takes the age on the submission date, birthday counting', () => {
    const base = { ...acceptable, submittedOn };
    expect(buildEligibilityFacts({ ...base, dateOfBirth: '2008-11-23' }).ageYears).toBe(18);
    expect(buildEligibilityFacts({ ...base, dateOfBirth: '2008-11-24' }).ageYears).toBe(17);
    expect(buildEligibilityFacts({ ...base, dateOfBirth: '2008-11-24' })).not.toHaveProperty('dateOfBirth');
  });
});

describe('ruleSetAppliesTo', () => {
  test.each([
    ['referral', 'referral', true],
    ['referral', 'advice_and_guidance', false],
    ['advice_and_guidance', 'advice_and_guidance', true],
    ['any', 'referral', true],
    ['any', 'advice_and_guidance', true],
  ] as const)('a %s rule set applies to %s: %s', (pathway, kind, expected) => {
    expect(ruleSetAppliesTo({ name: 'x', version: 1, pathway, rules: [] }, kind)).toBe(expected);
  });
});

describe('the condition language', () => {
  test.each([
    [{ fact: 'ageYears', op: 'eq', value: 45 }, true],
    [{ fact: 'ageYears', op: 'ne', value: 45 }, false],
    [{ fact: 'ageYears', op: 'lt', value: 45 }, false],
    [{ fact: 'ageYears', op: 'lte', value: 45 }, true],
    [{ fact: 'ageYears', op: 'gt', value: 44 }, true],
    [{ fact: 'ageYears', op: 'gte', value: 46 }, false],
    [{ fact: 'lesionCount', op: 'in', value: [1, 2] }, true],
    [{ fact: 'lesionCount', op: 'in', value: [2, 3] }, false],
    [{ fact: 'urgency', op: 'eq', value: 'routine' }, true],
    [{ fact: 'urgency', op: 'ne', value: 'routine' }, false],
    [{ fact: 'kind', op: 'in', value: ['advice_and_guidance'] }, false],
    [{ fact: 'transplant', op: 'isFalse' }, true],
    [{ fact: 'transplant', op: 'isTrue' }, false],
    [{ fact: 'transplant', op: 'eq', value: false }, true],
    [{ fact: 'transplant', op: 'ne', value: false }, false],
    [{ fact: 'suspectedCancer', op: 'includesAny', value: ['melanoma', 'scc'] }, false],
    [
      {
        all: [
          { fact: 'ageYears', op: 'gte', value: 18 },
          { fact: 'urgency', op: 'eq', value: 'routine' },
        ],
      },
      true,
    ],
    [
      {
        all: [
          { fact: 'ageYears', op: 'gte', value: 18 },
          { fact: 'urgency', op: 'eq', value: 'urgent' },
        ],
      },
      false,
    ],
    [
      {
        any: [
          { fact: 'ageYears', op: 'lt', value: 18 },
          { fact: 'urgency', op: 'eq', value: 'urgent' },
        ],
      },
      false,
    ],
    [
      {
        any: [
          { fact: 'ageYears', op: 'lt', value: 18 },
          { fact: 'lesionCount', op: 'eq', value: 1 },
        ],
      },
      true,
    ],
    [{ not: { fact: 'kind', op: 'eq', value: 'referral' } }, false],
    [{ not: { not: { fact: 'kind', op: 'eq', value: 'referral' } } }, true],
  ] as const)('%j → %s', (condition, expected) => {
    const parsed = parseRuleSet({
      name: 'x',
      version: 1,
      pathway: 'any',
      rules: [{ id: 'r', description: 'd', effect: 'not_accepted', reason: 'r', when: condition }],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const [rule] = parsed.ruleSet.rules;
    expect(rule && conditionHolds(rule.when, acceptable)).toBe(expected);
  });
});

describe('rule sets are data: an admin edit changes decisions without code changes', () => {
  // Round-trip through JSON as the API and the database would.
  const edited = (change: (ruleSet: RuleSet) => void): RuleSet => {
    const ruleSet = JSON.parse(JSON.stringify(communityTeledermatologyRuleSet)) as RuleSet;
    change(ruleSet);
    const parsed = parseRuleSet(ruleSet);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    return parsed.ruleSet;
  };

  test('raising the lesion limit to five', () => {
    const ruleSet = edited((draft) => {
      draft.version = 2;
      const rule = draft.rules.find((candidate) => candidate.id === 'more-than-three-lesions');
      if (!rule) throw new Error('rule missing');
      rule.id = 'more-than-five-lesions';
      rule.reason = 'The request has more than five lesions.';
      rule.when = { fact: 'lesionCount', op: 'gt', value: 5 };
    });
    expect(evaluateEligibility(ruleSet, facts({ lesionCount: 4 })).decision).toBe('accepted');
    expect(evaluateEligibility(ruleSet, facts({ lesionCount: 5 })).decision).toBe('accepted');
    expect(evaluateEligibility(ruleSet, facts({ lesionCount: 6 }))).toMatchObject({
      decision: 'not_accepted',
      firedRules: ['more-than-five-lesions'],
      reasons: ['The request has more than five lesions.'],
      ruleSetVersion: 2,
    });
    // The original rule set still decides as before: versions are independent.
    expect(evaluateEligibility(communityTeledermatologyRuleSet, facts({ lesionCount: 4 })).decision).toBe(
      'not_accepted',
    );
  });

  test('adding a rule: urgent requests go elsewhere, except for adults over 80', () => {
    const ruleSet = edited((draft) => {
      draft.rules.push({
        id: 'urgent-not-offered',
        description: 'This service has no urgent capacity',
        effect: 'not_accepted',
        reason: 'This service does not take urgent requests. Refer to the hospital dermatology service.',
        when: {
          all: [{ fact: 'urgency', op: 'eq', value: 'urgent' }, { not: { fact: 'ageYears', op: 'gt', value: 80 } }],
        },
      });
    });
    expect(evaluateEligibility(ruleSet, facts({ urgency: 'urgent' })).firedRules).toEqual(['urgent-not-offered']);
    expect(evaluateEligibility(ruleSet, facts({ urgency: 'urgent', ageYears: 81 })).decision).toBe('accepted');
    expect(evaluateEligibility(ruleSet, facts({ urgency: 'routine' })).decision).toBe('accepted');
  });

  test('lowering the age limit to 16', () => {
    const ruleSet = edited((draft) => {
      const rule = draft.rules.find((candidate) => candidate.id === 'under-18');
      if (rule) rule.when = { fact: 'ageYears', op: 'lt', value: 16 };
    });
    expect(evaluateEligibility(ruleSet, facts({ ageYears: 16 })).decision).toBe('accepted');
    expect(evaluateEligibility(ruleSet, facts({ ageYears: 15 })).decision).toBe('not_accepted');
  });

  test('a rule set with no rules accepts everything but a suspected cancer, which is redirected whatever it says', () => {
    const ruleSet = edited((draft) => {
      draft.rules = [];
    });
    expect(evaluateEligibility(ruleSet, facts({ ageYears: 2, lesionCount: 9 })).decision).toBe('accepted');
    // Hazard H1: the urgent suspected-cancer rules are applied even when a stored rule set lacks them.
    expect(evaluateEligibility(ruleSet, facts({ suspectedCancer: ['scc', 'melanoma'] }))).toMatchObject({
      decision: 'redirect_urgent_cancer',
      firedRules: ['suspected-melanoma', 'suspected-scc'],
      reasons: [
        expect.stringMatching(/^Suspected melanoma: refer urgently on the suspected cancer pathway/),
        expect.stringMatching(/^Suspected squamous cell carcinoma: refer urgently/),
      ],
    });
  });

  test('a rule set whose redirects were turned into refusals still redirects a suspected cancer', () => {
    const ruleSet = edited((draft) => {
      for (const rule of draft.rules) if (rule.effect === 'redirect_urgent_cancer') rule.effect = 'not_accepted';
    });
    const result = evaluateEligibility(ruleSet, facts({ suspectedCancer: ['high_risk_bcc'] }));
    expect(result.decision).toBe('redirect_urgent_cancer');
    expect(result.reasons).toEqual([
      expect.stringMatching(/^Suspected high-risk basal cell carcinoma: refer urgently/),
    ]);
  });
});

describe('rule set schema refuses a malformed rule set', () => {
  const rule = { id: 'r', description: 'A rule', effect: 'not_accepted', reason: 'Because', when: {} };
  const ruleSetWith = (when: unknown, changes: Record<string, unknown> = {}) => ({
    name: 'Edited',
    version: 2,
    pathway: 'referral',
    rules: [{ ...rule, when, ...changes }],
  });
  const problemsOf = (input: unknown) => {
    const parsed = parseRuleSet(input);
    if (parsed.ok) throw new Error('expected the rule set to be refused');
    return parsed.problems;
  };

  test.each([
    [
      'an unknown fact',
      ruleSetWith({ fact: 'shoeSize', op: 'gt', value: 9 }),
      'rules.0.when.fact',
      /^Unknown fact "shoeSize"\. Facts are: ageYears, lesionCount/,
    ],
    [
      'an unknown operator',
      ruleSetWith({ fact: 'ageYears', op: 'between', value: [1, 2] }),
      'rules.0.when.op',
      /^Unknown operator "between"\. Operators are: eq, ne, lt/,
    ],
    [
      'an operator that does not suit the fact',
      ruleSetWith({ fact: 'immunosuppressed', op: 'gt', value: 1 }),
      'rules.0.when.op',
      /^gt cannot be used with immunosuppressed \(a yes\/no fact\); use one of: isTrue, isFalse, eq, ne$/,
    ],
    [
      'includesAny on a number',
      ruleSetWith({ fact: 'lesionCount', op: 'includesAny', value: [3] }),
      'rules.0.when.op',
      /^includesAny cannot be used with lesionCount \(a number\)/,
    ],
    [
      'a string where a number belongs',
      ruleSetWith({ fact: 'ageYears', op: 'lt', value: '18' }),
      'rules.0.when.value',
      /^ageYears lt needs a number as its value$/,
    ],
    [
      'a missing value',
      ruleSetWith({ fact: 'lesionCount', op: 'gt' }),
      'rules.0.when.value',
      /^lesionCount gt needs a number as its value$/,
    ],
    [
      'a value on isTrue',
      ruleSetWith({ fact: 'transplant', op: 'isTrue', value: true }),
      'rules.0.when.value',
      /^transplant isTrue takes no value$/,
    ],
    [
      'an unknown choice',
      ruleSetWith({ fact: 'urgency', op: 'eq', value: 'soon' }),
      'rules.0.when.value',
      /^urgency eq needs one of: routine, urgent$/,
    ],
    [
      'an unknown cancer type',
      ruleSetWith({ fact: 'suspectedCancer', op: 'includesAny', value: ['melanoma', 'wart'] }),
      'rules.0.when.value',
      /^suspectedCancer includesAny needs a list of one or more of: melanoma, scc, high_risk_bcc$/,
    ],
    [
      'an empty includesAny list',
      ruleSetWith({ fact: 'previousSkinCancer', op: 'includesAny', value: [] }),
      'rules.0.when.value',
      /needs a list of one or more of/,
    ],
    [
      'a number list with a string in it',
      ruleSetWith({ fact: 'lesionCount', op: 'in', value: [1, 'two'] }),
      'rules.0.when.value',
      /^lesionCount in needs a list of one or more numbers as its value$/,
    ],
    [
      'a fact missing its op',
      ruleSetWith({ fact: 'ageYears', value: 3 }),
      'rules.0.when.op',
      /^The condition on ageYears needs an op$/,
    ],
    ['an empty condition', ruleSetWith({}), 'rules.0.when', /^A condition needs one of: all, any, not/],
    [
      'two kinds of condition in one',
      ruleSetWith({ all: [{ fact: 'transplant', op: 'isTrue' }], fact: 'transplant', op: 'isTrue' }),
      'rules.0.when',
      /^A condition can have only one of all, any, not and fact; this one has all, fact$/,
    ],
    ['an empty all', ruleSetWith({ all: [] }), 'rules.0.when.all', /^all needs at least one condition$/],
    [
      'an op beside all',
      ruleSetWith({ any: [{ fact: 'transplant', op: 'isTrue' }], op: 'eq' }),
      'rules.0.when.op',
      /^op belongs with a fact, not with any$/,
    ],
    [
      'a mistake deep in a nested condition',
      ruleSetWith({ all: [{ fact: 'transplant', op: 'isTrue' }, { not: { any: [{ fact: 'kind', op: 'eq' }] } }] }),
      'rules.0.when.all.1.not.any.0.value',
      /^kind eq needs one of: advice_and_guidance, referral$/,
    ],
    [
      'an unknown key in a condition',
      ruleSetWith({ fact: 'transplant', op: 'isTrue', negate: true }),
      'rules.0.when',
      /negate/,
    ],
    [
      'an unknown effect',
      ruleSetWith({ fact: 'transplant', op: 'isTrue' }, { effect: 'refer_elsewhere' }),
      'rules.0.effect',
      /^Effect must be one of: redirect_urgent_cancer, not_accepted$/,
    ],
    [
      'a blank reason',
      ruleSetWith({ fact: 'transplant', op: 'isTrue' }, { reason: '   ' }),
      'rules.0.reason',
      /^Enter the reason the referrer will see$/,
    ],
    [
      'a rule id that is not lower-case-hyphenated',
      ruleSetWith({ fact: 'transplant', op: 'isTrue' }, { id: 'Under 18' }),
      'rules.0.id',
      /^Rule id must be lower case words joined by hyphens, like under-18$/,
    ],
  ])('%s', (_name, input, field, message) => {
    const problems = problemsOf(input);
    expect(problems).toContainEqual({ field, message: expect.stringMatching(message) });
  });

  test('reports every problem at once', () => {
    const problems = problemsOf({
      name: 'Edited',
      version: 2,
      pathway: 'referral',
      rules: [
        { ...rule, when: { fact: 'shoeSize', op: 'gt', value: 9 } },
        { ...rule, id: 'second', when: { fact: 'ageYears', op: 'lt', value: 'eighteen' } },
      ],
    });
    expect(problems.map((problem) => problem.field)).toEqual(['rules.0.when.fact', 'rules.1.when.value']);
  });

  test('refuses duplicate rule ids', () => {
    const when = { fact: 'transplant', op: 'isTrue' };
    expect(
      problemsOf({
        name: 'Edited',
        version: 2,
        pathway: 'referral',
        rules: [
          { ...rule, when },
          { ...rule, when },
        ],
      }),
    ).toEqual([{ field: 'rules.1.id', message: 'Rule id r is used twice' }]);
  });

  test.each([
    [{ name: '', version: 1, pathway: 'referral', rules: [] }, 'name', 'Enter a name for the rule set'],
    [{ name: 'x', version: 0, pathway: 'referral', rules: [] }, 'version', 'Version must be 1 or more'],
    [{ name: 'x', version: 1.5, pathway: 'referral', rules: [] }, 'version', 'Version must be a whole number'],
    [
      { name: 'x', version: 1, pathway: 'clinic', rules: [] },
      'pathway',
      'Pathway must be one of: advice_and_guidance, referral, any',
    ],
  ])('refuses a bad %j', (input, field, message) => {
    expect(problemsOf(input)).toContainEqual({ field, message });
  });

  test('ruleSetSchema is the same check for routes to use', () => {
    expect(ruleSetSchema.safeParse(ruleSetWith({ fact: 'shoeSize', op: 'gt', value: 9 })).success).toBe(false);
    expect(ruleSetSchema.safeParse(adviceAndGuidanceRuleSet).success).toBe(true);
  });
});
