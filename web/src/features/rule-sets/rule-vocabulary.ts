import {
  previousSkinCancerTypes,
  requestKindLabels,
  requestKinds,
  skinCancerLabels,
  suspectedCancerTypes,
  urgencies,
} from '../../../../shared/request-content.ts';

/**
 * The eligibility rules' language in words, for the rule set pages: every fact a rule may test and every operator,
 * as the service's fact catalogue defines them (server/modules/eligibility/eligibility.types.ts; a server test
 * checks the two name the same facts and operators). Pure data and functions, so that test can import it.
 */

export type FactType = 'number' | 'boolean' | 'choice' | 'list';

type FactWords = {
  type: FactType;
  /** What the admin picks from, in the rule form. */
  label: string;
  /** The fact as the subject of a sentence: "the patient’s age". */
  subject: string;
  /** After a number: " years". */
  unit?: string;
  /** A yes/no fact as a statement, and its negation. */
  yes?: string;
  no?: string;
  /** Choices and lists: the values it takes, with their words. */
  values?: readonly { value: string; label: string }[];
};

const cancerValues = (types: readonly (keyof typeof skinCancerLabels)[]) =>
  types.map((value) => ({ value, label: skinCancerLabels[value] }));

export const factWords = {
  ageYears: {
    type: 'number',
    label: 'Age (in whole years on the day the request is sent)',
    subject: 'the patient’s age',
    unit: ' years',
  },
  lesionCount: { type: 'number', label: 'Number of lesions', subject: 'the number of lesions' },
  suspectedCancer: {
    type: 'list',
    label: 'Cancers the referrer suspects',
    subject: 'the referrer suspects',
    values: cancerValues(suspectedCancerTypes),
  },
  previousSkinCancer: {
    type: 'list',
    label: 'Skin cancers the patient has had before',
    subject: 'the patient has had',
    values: cancerValues(previousSkinCancerTypes),
  },
  immunosuppressed: {
    type: 'boolean',
    label: 'The patient is immunosuppressed',
    subject: 'immunosuppressed',
    yes: 'the patient is immunosuppressed',
    no: 'the patient is not immunosuppressed',
  },
  transplant: {
    type: 'boolean',
    label: 'The patient has had an organ transplant',
    subject: 'organ transplant',
    yes: 'the patient has had an organ transplant',
    no: 'the patient has not had an organ transplant',
  },
  underHospitalConsultantForSevereInflammatoryDisease: {
    type: 'boolean',
    label: 'Long-term severe inflammatory skin disease already under a hospital consultant',
    subject: 'under a hospital consultant',
    yes: 'the patient already sees a hospital consultant for long-term severe inflammatory skin disease',
    no: 'the patient does not see a hospital consultant for long-term severe inflammatory skin disease',
  },
  hairBearingSiteCannotBePhotographed: {
    type: 'boolean',
    label: 'A lesion is on a hair-bearing site where photographs cannot show it',
    subject: 'hair-bearing site',
    yes: 'a lesion is on a hair-bearing site where photographs cannot show it',
    no: 'no lesion is on a hair-bearing site that photographs cannot show',
  },
  needsTertiaryCare: {
    type: 'boolean',
    label: 'The condition needs tertiary (specialist centre) care',
    subject: 'tertiary care',
    yes: 'the condition needs tertiary (specialist centre) care',
    no: 'the condition does not need tertiary care',
  },
  urgency: {
    type: 'choice',
    label: 'Urgency',
    subject: 'the urgency',
    values: urgencies.map((value) => ({ value, label: value === 'urgent' ? 'Urgent' : 'Routine' })),
  },
  kind: {
    type: 'choice',
    label: 'Type of request',
    subject: 'the type of request',
    values: requestKinds.map((value) => ({ value, label: requestKindLabels[value] })),
  },
} as const satisfies Record<string, FactWords>;

export type FactName = keyof typeof factWords;
export const factNames = Object.keys(factWords) as FactName[];
export const isFactName = (name: string): name is FactName => Object.hasOwn(factWords, name);

/** Every operator, in words after the fact's subject. */
export const operatorWords = {
  eq: 'is',
  ne: 'is not',
  lt: 'is less than',
  lte: 'is at most',
  gt: 'is more than',
  gte: 'is at least',
  in: 'is one of',
  includesAny: 'includes any of',
  isTrue: 'is yes',
  isFalse: 'is no',
} as const;
export type Operator = keyof typeof operatorWords;

/** The operators the rule form offers for each type of fact (others are read in words, but not edited here). */
export const formOperators = {
  number: ['lt', 'lte', 'gt', 'gte', 'eq', 'ne'],
  boolean: ['isTrue', 'isFalse'],
  choice: ['eq', 'ne'],
  list: ['includesAny'],
} as const satisfies Record<FactType, readonly Operator[]>;

/** How the rule form asks for each operator: "Not accepted when the patient’s age … is less than …". */
export const formOperatorLabels: Record<Operator, string> = {
  eq: 'is exactly',
  ne: 'is not',
  lt: 'is less than',
  lte: 'is at most',
  gt: 'is more than',
  gte: 'is at least',
  in: 'is one of',
  includesAny: 'includes any of',
  isTrue: 'Yes',
  isFalse: 'No',
};

export type FactCondition = { fact: string; op: string; value?: unknown };
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | FactCondition;
export type Rule = {
  id: string;
  description: string;
  effect: 'redirect_urgent_cancer' | 'not_accepted';
  reason: string;
  when: Condition;
};

export const effectWords = {
  not_accepted: 'Not accepted',
  redirect_urgent_cancer: 'Redirected to the urgent suspected cancer pathway',
} as const;

/** "a, b or c". */
export function joinWords(items: readonly string[], last: 'and' | 'or'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

function valueWords(fact: FactWords, value: unknown): string {
  const one = (v: unknown) => fact.values?.find((option) => option.value === v)?.label ?? String(v);
  if (Array.isArray(value)) return value.map(one).join(', ');
  return `${one(value)}${fact.type === 'number' ? (fact.unit ?? '') : ''}`;
}

/** One test of a fact in words: "the patient’s age is less than 18 years". */
function factConditionWords(condition: FactCondition): string {
  if (!isFactName(condition.fact)) return `${condition.fact} ${condition.op} ${JSON.stringify(condition.value)}`;
  const fact: FactWords = factWords[condition.fact];
  const { op, value } = condition;
  if (fact.type === 'boolean') {
    const yes = op === 'isTrue' || (op === 'eq' && value === true) || (op === 'ne' && value === false);
    return (yes ? fact.yes : fact.no) ?? fact.label;
  }
  if (fact.type === 'list' && Array.isArray(value)) {
    const labels = value.map((v) => fact.values?.find((option) => option.value === v)?.label ?? String(v));
    return `${fact.subject} ${joinWords(labels, 'or')}${condition.fact === 'previousSkinCancer' ? ' before' : ''}`;
  }
  const words = operatorWords[op as Operator] ?? op;
  return `${fact.subject} ${words} ${valueWords(fact, value)}`;
}

/** A condition in words; groups of several are joined with "and" or "or", a negation said as "it is not so that". */
export function conditionWords(condition: Condition): string {
  if ('all' in condition) return joinWords(condition.all.map(nestedWords), 'and');
  if ('any' in condition) return joinWords(condition.any.map(nestedWords), 'or');
  if ('not' in condition) return `it is not so that ${nestedWords(condition.not)}`;
  return factConditionWords(condition);
}

const nestedWords = (condition: Condition) =>
  'all' in condition || 'any' in condition ? `(${conditionWords(condition)})` : conditionWords(condition);

/** A rule in one sentence: "Not accepted when the patient’s age is less than 18 years." */
export function ruleWords(rule: Pick<Rule, 'effect' | 'when'>): string {
  return `${effectWords[rule.effect] ?? rule.effect} when ${conditionWords(rule.when)}.`;
}

/** The fixed urgent suspected-cancer rules: shown, never edited (the service refuses a change to them). */
export const urgentCancerRuleIds: readonly string[] = [
  'suspected-melanoma',
  'suspected-scc',
  'suspected-high-risk-bcc',
];
