import type { Tx } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import type { RequestKind } from '../../../shared/request-content.ts';
import { addCalendarDays, atLondonTime, londonDate } from '../../working-days.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { parseRuleSet, type RuleSet, type RuleSetProblem } from './eligibility.types.ts';
import { currentRuleSet, insertRuleSetVersion } from './rule-sets.repository.ts';
import { urgentCancerRuleProblems } from './urgent-cancer-rules.ts';

export type EditedRuleSet = { name: string; rules: unknown[]; effectiveFrom?: string | undefined };

/** How far ahead a version may be dated: far enough to plan a year, near enough to catch a mistyped year. */
const latestEffectiveDays = 366;

/**
 * Checks a rule set an admin has edited, as it would be saved: every rule against the fact catalogue, the urgent
 * suspected-cancer rules kept as they are (hazard H1), and the date it takes effect (today or later). Returns the
 * rule set and the instant it takes effect: the moment of saving for today, else the start of the London day.
 * Throws a validation error naming each field at fault, in words.
 */
export function checkEditedRuleSet(
  pathway: RequestKind,
  edited: EditedRuleSet,
  at: Date,
): { ruleSet: RuleSet; effectiveFrom: Date } {
  const problems: RuleSetProblem[] = [];
  const parsed = parseRuleSet({ name: edited.name, version: 1, pathway, rules: edited.rules });
  if (!parsed.ok) problems.push(...parsed.problems);
  else problems.push(...urgentCancerRuleProblems(parsed.ruleSet.rules));
  const today = londonDate(at);
  const date = edited.effectiveFrom ?? today;
  if (date < today)
    problems.push({ field: 'effectiveFrom', message: 'The date it takes effect must be today or later' });
  if (date > addCalendarDays(today, latestEffectiveDays))
    problems.push({ field: 'effectiveFrom', message: 'The date it takes effect must be within the next year' });
  if (!parsed.ok || problems.length > 0) {
    throw new AppError('validation_failed', problems.map((p) => `${p.field}: ${p.message}`).join('; '), {
      fieldErrors: problems,
    });
  }
  return { ruleSet: parsed.ruleSet, effectiveFrom: date === today ? at : atLondonTime(date, '00:00') };
}

/**
 * Saves an edited rule set as the service's next version for the pathway, with one audit row. Earlier versions are
 * never changed; requests already decided keep the version that decided them.
 */
export async function saveRuleSetVersion(
  tx: Tx,
  options: {
    serviceId: string;
    pathway: RequestKind;
    edited: EditedRuleSet;
    createdBy: string;
    auditActor: AuditActor;
    at: Date;
  },
): Promise<{ id: string; version: number; effectiveFrom: Date }> {
  const { serviceId, pathway, at } = options;
  const { ruleSet, effectiveFrom } = checkEditedRuleSet(pathway, options.edited, at);
  // A service's first version is the default it started with, so an edit is never version 1 (the floor in effect).
  await currentRuleSet(tx, serviceId, pathway, at);
  const saved = await insertRuleSetVersion(tx, {
    serviceId,
    pathway,
    name: ruleSet.name,
    rules: ruleSet.rules,
    createdBy: options.createdBy,
    at,
    effectiveFrom,
  });
  await appendAuditEvent(tx, options.auditActor, at, {
    action: 'rule_set.versioned',
    recordType: 'rule_set',
    recordId: saved.id,
    detail: { pathway, version: saved.version, effectiveFrom: saved.effectiveFrom.toISOString() },
  });
  return saved;
}
