import type { Rule } from './rule-vocabulary.ts';

export type RuleChange = { before: Rule; after: Rule; fields: ('description' | 'effect' | 'reason' | 'when')[] };
export type RuleSetDiff = {
  name: { before: string; after: string } | null;
  added: Rule[];
  removed: Rule[];
  changed: RuleChange[];
};

/** Same JSON, key order aside (rules come back from the service with their keys reordered). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  return [...keys].every((key) => sameValue(ra[key], rb[key]));
}

/** What an edit changes, rule by rule (rules are matched by their id, which stays the same across versions). */
export function diffRuleSets(
  before: { name: string; rules: Rule[] },
  after: { name: string; rules: Rule[] },
): RuleSetDiff {
  const beforeById = new Map(before.rules.map((rule) => [rule.id, rule]));
  const afterIds = new Set(after.rules.map((rule) => rule.id));
  const changed: RuleChange[] = [];
  for (const rule of after.rules) {
    const earlier = beforeById.get(rule.id);
    if (!earlier) continue;
    const fields = (['description', 'effect', 'reason', 'when'] as const).filter(
      (field) => !sameValue(earlier[field], rule[field]),
    );
    if (fields.length > 0) changed.push({ before: earlier, after: rule, fields });
  }
  return {
    name: before.name.trim() === after.name.trim() ? null : { before: before.name, after: after.name },
    added: after.rules.filter((rule) => !beforeById.has(rule.id)),
    removed: before.rules.filter((rule) => !afterIds.has(rule.id)),
    changed,
  };
}

export const isEmptyDiff = (diff: RuleSetDiff) =>
  !diff.name && diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
