import type { FieldError } from '../../api/api-error.ts';
import {
  factWords,
  formOperators,
  isFactName,
  urgentCancerRuleIds,
  type Condition,
  type FactCondition,
  type FactName,
  type Operator,
  type Rule,
} from './rule-vocabulary.ts';

/** One test of a fact as the form holds it: the number as typed, the values ticked. */
export type ConditionDraft = { fact: FactName | ''; op: Operator | ''; value: string; values: string[] };

/** A rule as the form holds it. */
export type RuleDraft = {
  /** React's key: stable while the rule is edited, even before it has an id. */
  key: string;
  /** The rule's id; kept across versions, made from the description for a new rule. */
  id: string;
  isNew: boolean;
  /** One of the urgent suspected-cancer rules, which no version may change: shown, not edited. */
  fixed: boolean;
  /** A condition the form cannot show as fields (nested groups, negations, lists of numbers): kept as it is. */
  kept: Condition | null;
  description: string;
  reason: string;
  effect: Rule['effect'];
  /** With several conditions: all must hold, or any one. */
  join: 'all' | 'any';
  conditions: ConditionDraft[];
};

let nextKey = 0;
const newKey = () => `rule-${(nextKey += 1)}`;

export const emptyCondition = (): ConditionDraft => ({ fact: '', op: '', value: '', values: [] });

/** A fact condition the form can show as fields, or null. */
function conditionDraft(condition: Condition): ConditionDraft | null {
  if ('all' in condition || 'any' in condition || 'not' in condition) return null;
  if (!isFactName(condition.fact)) return null;
  const type = factWords[condition.fact].type;
  const op = condition.op as Operator;
  if (!(formOperators[type] as readonly string[]).includes(op)) return null;
  const { value } = condition;
  if (type === 'list') {
    if (!Array.isArray(value)) return null;
    return { fact: condition.fact, op, value: '', values: value.map(String) };
  }
  if (type === 'boolean') return value === undefined ? { fact: condition.fact, op, value: '', values: [] } : null;
  if (typeof value !== 'number' && typeof value !== 'string') return null;
  return { fact: condition.fact, op, value: String(value), values: [] };
}

export function toDraft(rule: Rule): RuleDraft {
  const base = {
    key: newKey(),
    id: rule.id,
    isNew: false,
    description: rule.description,
    reason: rule.reason,
    effect: rule.effect,
  };
  const fixed = urgentCancerRuleIds.includes(rule.id);
  const single = conditionDraft(rule.when);
  if (!fixed && single) return { ...base, fixed, kept: null, join: 'all', conditions: [single] };
  const group = 'all' in rule.when ? rule.when.all : 'any' in rule.when ? rule.when.any : null;
  const drafts = group?.map(conditionDraft);
  if (!fixed && group && drafts && drafts.length > 0 && drafts.every((d) => d !== null)) {
    return { ...base, fixed, kept: null, join: 'all' in rule.when ? 'all' : 'any', conditions: drafts };
  }
  return { ...base, fixed, kept: rule.when, join: 'all', conditions: [] };
}

export const newRuleDraft = (): RuleDraft => ({
  key: newKey(),
  id: '',
  isNew: true,
  fixed: false,
  kept: null,
  description: '',
  reason: '',
  effect: 'not_accepted',
  join: 'all',
  conditions: [emptyCondition()],
});

/** The field a condition's part is saved under, as the service names it in a refusal. */
export function conditionPath(ruleIndex: number, draft: RuleDraft, conditionIndex: number): string {
  return draft.conditions.length > 1
    ? `rules.${ruleIndex}.when.${draft.join}.${conditionIndex}`
    : `rules.${ruleIndex}.when`;
}

function conditionOf(draft: ConditionDraft): FactCondition {
  if (!draft.fact) return { fact: '', op: draft.op };
  const type = factWords[draft.fact].type;
  if (type === 'boolean') return { fact: draft.fact, op: draft.op };
  if (type === 'list') return { fact: draft.fact, op: draft.op, value: draft.values };
  if (type === 'number') {
    const text = draft.value.trim();
    return { fact: draft.fact, op: draft.op, value: /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text };
  }
  return { fact: draft.fact, op: draft.op, value: draft.value };
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');

/** The rules to send, in the form's order; a new rule gets an id made from its description, unique in the set. */
export function rulesOf(drafts: readonly RuleDraft[]): Rule[] {
  const taken = new Set(drafts.filter((d) => !d.isNew).map((d) => d.id));
  return drafts.map((draft) => {
    let id = draft.id;
    if (draft.isNew) {
      const stem = slug(draft.description) || 'rule';
      id = stem;
      for (let n = 2; taken.has(id); n += 1) id = `${stem}-${n}`;
      taken.add(id);
    }
    const conditions = draft.conditions.map(conditionOf);
    const when: Condition =
      draft.kept ??
      (conditions.length === 1 ? conditions[0]! : draft.join === 'all' ? { all: conditions } : { any: conditions });
    return { id, description: draft.description, effect: draft.effect, reason: draft.reason, when };
  });
}

/** The form's own checks, in words, before the service checks the rules against its catalogue. */
export function draftProblems(name: string, drafts: readonly RuleDraft[]): FieldError[] {
  const problems: FieldError[] = [];
  if (!name.trim()) problems.push({ field: 'name', message: 'Enter a name for the rule set' });
  drafts.forEach((draft, i) => {
    if (draft.fixed) return;
    const rule = `Rule ${i + 1}`;
    if (!draft.description.trim())
      problems.push({ field: `rules.${i}.description`, message: `${rule}: enter what the rule is for` });
    if (!draft.kept) {
      draft.conditions.forEach((condition, j) => {
        const path = conditionPath(i, draft, j);
        if (!condition.fact) {
          problems.push({ field: `${path}.fact`, message: `${rule}: choose what the rule tests` });
          return;
        }
        const words = factWords[condition.fact];
        if (!condition.op) problems.push({ field: `${path}.op`, message: `${rule}: choose how it tests it` });
        if (words.type === 'number' && !/^\d+$/.test(condition.value.trim()))
          problems.push({
            field: `${path}.value`,
            message: `${rule}: enter ${words.subject} as a whole number, like 18`,
          });
        if (words.type === 'choice' && !condition.value)
          problems.push({ field: `${path}.value`, message: `${rule}: choose ${words.subject}` });
        if (words.type === 'list' && condition.values.length === 0)
          problems.push({ field: `${path}.value`, message: `${rule}: choose at least one of the cancers` });
      });
    }
    if (!draft.reason.trim())
      problems.push({
        field: `rules.${i}.reason`,
        message: `${rule}: enter what the referrer is told when the rule applies`,
      });
  });
  return problems;
}

/** A refusal from the service, its rule fields prefixed with the rule's number so the summary says which. */
export function numberedProblems(problems: readonly FieldError[]): FieldError[] {
  return problems.map(({ field, message }) => {
    const match = /^rules\.(\d+)/.exec(field);
    return match && !message.startsWith('Rule ')
      ? { field, message: `Rule ${Number(match[1]) + 1}: ${message}` }
      : { field, message };
  });
}
