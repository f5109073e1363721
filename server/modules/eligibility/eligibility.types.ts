import { z } from 'zod';
import {
  previousSkinCancerTypes,
  requestKinds,
  suspectedCancerTypes,
  urgencies,
  type RequestKind,
  type Urgency,
} from '../../../shared/request-content.ts';

/**
 * Eligibility rules are data (DESIGN.md §3; issue 3): a service admin edits a rule set through the API, it is
 * stored and versioned, and the engine in evaluate-eligibility.ts reads it. Nothing here names a clinical
 * criterion; the criteria live in default-rule-sets.ts and in the database.
 */

// The vocabulary is shared with the web app, so the request form and the rules cannot drift apart.
export { requestKinds, urgencies, type RequestKind, type Urgency };

/** Cancers that send a request to the urgent suspected-cancer (two-week-wait) pathway. */
export const suspectedCancers = suspectedCancerTypes;
export type SuspectedCancer = (typeof suspectedCancers)[number];

export const previousSkinCancers = previousSkinCancerTypes;
export type PreviousSkinCancer = (typeof previousSkinCancers)[number];

/** What the referrer has told us, reduced to the facts the rules can test. */
export type Facts = {
  /** Whole years on the date the request is submitted (the birthday itself counts). */
  ageYears: number;
  lesionCount: number;
  suspectedCancer: readonly SuspectedCancer[];
  previousSkinCancer: readonly PreviousSkinCancer[];
  immunosuppressed: boolean;
  transplant: boolean;
  underHospitalConsultantForSevereInflammatoryDisease: boolean;
  /** A lesion is on a hair-bearing site where photographs cannot show it. */
  hairBearingSiteCannotBePhotographed: boolean;
  needsTertiaryCare: boolean;
  urgency: Urgency;
  kind: RequestKind;
};
export type FactName = keyof Facts;

type FactDefinition =
  | { type: 'number'; description: string }
  | { type: 'boolean'; description: string }
  | { type: 'choice'; values: readonly string[]; description: string }
  | { type: 'list'; values: readonly string[]; description: string };

/** Every fact a rule may test, its type, and (for choices and lists) the values it can take. */
export const factCatalogue = {
  ageYears: { type: 'number', description: 'Age in whole years on the date of submission' },
  lesionCount: { type: 'number', description: 'Number of lesions in the request' },
  suspectedCancer: {
    type: 'list',
    values: suspectedCancers,
    description: 'Cancers the referrer suspects',
  },
  previousSkinCancer: {
    type: 'list',
    values: previousSkinCancers,
    description: 'Skin cancers the patient has had before',
  },
  immunosuppressed: { type: 'boolean', description: 'The patient is immunosuppressed' },
  transplant: { type: 'boolean', description: 'The patient has had an organ transplant' },
  underHospitalConsultantForSevereInflammatoryDisease: {
    type: 'boolean',
    description: 'Long-term severe inflammatory skin disease already under a hospital consultant',
  },
  hairBearingSiteCannotBePhotographed: {
    type: 'boolean',
    description: 'A lesion is on a hair-bearing site where photographs cannot show it',
  },
  needsTertiaryCare: { type: 'boolean', description: 'The condition needs tertiary (specialist centre) care' },
  urgency: { type: 'choice', values: urgencies, description: 'Routine or urgent' },
  kind: { type: 'choice', values: requestKinds, description: 'Advice & Guidance or referral' },
} as const satisfies { [K in FactName]: FactDefinition };

type Catalogue = typeof factCatalogue;
type FactsOfType<T extends FactDefinition['type']> = {
  [K in FactName]: Catalogue[K]['type'] extends T ? K : never;
}[FactName];
type NumberFact = FactsOfType<'number'>;
type BooleanFact = FactsOfType<'boolean'>;

export const operators = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in', 'includesAny', 'isTrue', 'isFalse'] as const;
export type Operator = (typeof operators)[number];

/** Which operators make sense for each type of fact; anything else is refused when a rule set is saved. */
export const operatorsByFactType = {
  number: ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in'],
  boolean: ['isTrue', 'isFalse', 'eq', 'ne'],
  choice: ['eq', 'ne', 'in'],
  list: ['includesAny'],
} as const satisfies Record<FactDefinition['type'], readonly Operator[]>;

/** A test of one fact. The union ties each fact to the operators and values that suit it. */
export type FactCondition =
  | { fact: NumberFact; op: 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte'; value: number }
  | { fact: NumberFact; op: 'in'; value: number[] }
  | { fact: BooleanFact; op: 'isTrue' | 'isFalse' }
  | { fact: BooleanFact; op: 'eq' | 'ne'; value: boolean }
  | { fact: 'urgency'; op: 'eq' | 'ne'; value: Urgency }
  | { fact: 'urgency'; op: 'in'; value: Urgency[] }
  | { fact: 'kind'; op: 'eq' | 'ne'; value: RequestKind }
  | { fact: 'kind'; op: 'in'; value: RequestKind[] }
  | { fact: 'suspectedCancer'; op: 'includesAny'; value: SuspectedCancer[] }
  | { fact: 'previousSkinCancer'; op: 'includesAny'; value: PreviousSkinCancer[] };

/** A small expression language that stays JSON, so rules can be stored and edited as data. */
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | FactCondition;

export const ruleEffects = ['redirect_urgent_cancer', 'not_accepted'] as const;
export type RuleEffect = (typeof ruleEffects)[number];

export type Rule = {
  /** Stable across versions ('under-18'), so decisions can be compared and reported on. */
  id: string;
  /** For the admin editing the rule set. */
  description: string;
  effect: RuleEffect;
  /** Plain words shown to the referrer when the rule fires. */
  reason: string;
  when: Condition;
};

export const rulePathways = ['advice_and_guidance', 'referral', 'any'] as const;
export type RulePathway = (typeof rulePathways)[number];

export type RuleSet = {
  id?: string;
  name: string;
  version: number;
  /** The kind of request this rule set is for. */
  pathway: RulePathway;
  rules: Rule[];
};

export const eligibilityDecisions = ['accepted', 'redirect_urgent_cancer', 'not_accepted'] as const;
export type EligibilityDecision = (typeof eligibilityDecisions)[number];

export type EligibilityResult = {
  decision: EligibilityDecision;
  /** Plain words for the referrer, redirect reasons first. */
  reasons: string[];
  /** Ids of every rule that fired, in the same order as the reasons. */
  firedRules: string[];
  ruleSetId: string | null;
  ruleSetName: string;
  ruleSetVersion: number;
};

// ---------------------------------------------------------------------------------------------------------
// Validation of a rule set edited by a service admin

const factNames = Object.keys(factCatalogue) as FactName[];
const isFactName = (name: string): name is FactName => Object.hasOwn(factCatalogue, name);
const isOperator = (op: string): op is Operator => (operators as readonly string[]).includes(op);
const list = (values: readonly string[]) => values.join(', ');

const factTypeWords = {
  number: 'a number',
  boolean: 'a yes/no fact',
  choice: 'a choice',
  list: 'a list',
} as const;

/**
 * A condition node is checked as one object rather than a union of shapes, so that a mistake deep in a
 * rule gets a message naming the fact, operator or value at fault instead of zod's "Invalid input" for a
 * union where no branch matched.
 */
const conditionNodeSchema = z
  .strictObject({
    get all() {
      return z.array(conditionNodeSchema).min(1, 'all needs at least one condition').optional();
    },
    get any() {
      return z.array(conditionNodeSchema).min(1, 'any needs at least one condition').optional();
    },
    get not() {
      return conditionNodeSchema.optional();
    },
    fact: z
      .string()
      .optional()
      .meta({ description: `A fact: ${list(factNames)}` }),
    op: z
      .string()
      .optional()
      .meta({ description: `An operator: ${list(operators)}` }),
    value: z.unknown().optional().meta({ description: 'The value the fact is compared with' }),
  })
  .superRefine((node, ctx) => {
    const kinds = (['all', 'any', 'not', 'fact'] as const).filter((key) => node[key] !== undefined);
    if (kinds.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message:
          kinds.length === 0
            ? 'A condition needs one of: all, any, not, or a fact with an op'
            : `A condition can have only one of all, any, not and fact; this one has ${list(kinds)}`,
      });
      return;
    }
    if (node.fact === undefined) {
      for (const key of ['op', 'value'] as const) {
        if (node[key] !== undefined)
          ctx.addIssue({ code: 'custom', path: [key], message: `${key} belongs with a fact, not with ${kinds[0]}` });
      }
      return;
    }
    checkFactCondition(node.fact, node.op, node.value, ctx);
  });

function checkFactCondition(fact: string, op: string | undefined, value: unknown, ctx: z.RefinementCtx): void {
  if (!isFactName(fact)) {
    ctx.addIssue({ code: 'custom', path: ['fact'], message: `Unknown fact "${fact}". Facts are: ${list(factNames)}` });
    return;
  }
  if (op === undefined) {
    ctx.addIssue({ code: 'custom', path: ['op'], message: `The condition on ${fact} needs an op` });
    return;
  }
  if (!isOperator(op)) {
    ctx.addIssue({
      code: 'custom',
      path: ['op'],
      message: `Unknown operator "${op}". Operators are: ${list(operators)}`,
    });
    return;
  }
  const definition: FactDefinition = factCatalogue[fact];
  const allowed: readonly Operator[] = operatorsByFactType[definition.type];
  if (!allowed.includes(op)) {
    ctx.addIssue({
      code: 'custom',
      path: ['op'],
      message: `${op} cannot be used with ${fact} (${factTypeWords[definition.type]}); use one of: ${list(allowed)}`,
    });
    return;
  }
  const problem = valueProblem(definition, op, value);
  if (problem) ctx.addIssue({ code: 'custom', path: ['value'], message: `${fact} ${op} ${problem}` });
}

/** What is wrong with the value for this fact and operator, or null if nothing. */
function valueProblem(definition: FactDefinition, op: Operator, value: unknown): string | null {
  if (op === 'isTrue' || op === 'isFalse') return value === undefined ? null : 'takes no value';
  switch (definition.type) {
    case 'number':
      if (op === 'in')
        return Array.isArray(value) && value.length > 0 && value.every(isFiniteNumber)
          ? null
          : 'needs a list of one or more numbers as its value';
      return isFiniteNumber(value) ? null : 'needs a number as its value';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'needs true or false as its value';
    case 'choice': {
      const { values } = definition;
      if (op === 'in')
        return Array.isArray(value) && value.length > 0 && value.every((item) => isOneOf(item, values))
          ? null
          : `needs a list of one or more of: ${list(values)}`;
      return isOneOf(value, values) ? null : `needs one of: ${list(values)}`;
    }
    case 'list': {
      const { values } = definition;
      return Array.isArray(value) && value.length > 0 && value.every((item) => isOneOf(item, values))
        ? null
        : `needs a list of one or more of: ${list(values)}`;
    }
  }
}

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isOneOf = (value: unknown, values: readonly string[]) => typeof value === 'string' && values.includes(value);

const ruleSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Rule id must be lower case words joined by hyphens, like under-18')
    .max(80)
    .meta({ description: "Stable identifier, kept across versions, like 'under-18'" }),
  description: z.string().trim().min(1, 'Enter a description of the rule').max(500),
  effect: z.enum(ruleEffects, { error: `Effect must be one of: ${list(ruleEffects)}` }),
  reason: z
    .string()
    .trim()
    .min(1, 'Enter the reason the referrer will see')
    .max(500)
    .meta({ description: 'Plain words shown to the referrer when the rule fires' }),
  when: conditionNodeSchema,
});

const ruleSetShapeSchema = z
  .strictObject({
    id: z.string().optional(),
    name: z.string().trim().min(1, 'Enter a name for the rule set').max(200),
    version: z.int('Version must be a whole number').positive('Version must be 1 or more'),
    pathway: z.enum(rulePathways, { error: `Pathway must be one of: ${list(rulePathways)}` }),
    rules: z.array(ruleSchema),
  })
  .superRefine((ruleSet, ctx) => {
    const seen = new Set<string>();
    ruleSet.rules.forEach((rule, index) => {
      if (seen.has(rule.id))
        ctx.addIssue({ code: 'custom', path: ['rules', index, 'id'], message: `Rule id ${rule.id} is used twice` });
      seen.add(rule.id);
    });
  });

/**
 * The schema for a rule set as a service admin sends it. Its declared output is {@link RuleSet}: the
 * refinements above check every fact, operator and value against the catalogue, which is exactly what
 * the stricter TypeScript union says, so the cast only restates what parsing has proved.
 */
export const ruleSetSchema = ruleSetShapeSchema as unknown as z.ZodType<RuleSet>;

export type RuleSetProblem = { field: string; message: string };

/** Parses a rule set and, when it is not valid, gives every problem with a dotted path to its field. */
export function parseRuleSet(
  input: unknown,
): { ok: true; ruleSet: RuleSet } | { ok: false; problems: RuleSetProblem[] } {
  const parsed = ruleSetSchema.safeParse(input);
  if (parsed.success) return { ok: true, ruleSet: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message })),
  };
}
