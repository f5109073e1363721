import { z } from 'zod';
import { requestKinds } from '../../../shared/request-content.ts';
import { ruleSetSchema } from './eligibility.types.ts';
import { versionStatuses } from './rule-set-versions.ts';

export const ruleSetParams = z.object({
  serviceId: z.uuid(),
  /** The pathway the rule set decides: Advice & Guidance or referral. */
  pathway: z.enum(requestKinds),
});

export const ruleSetVersionParams = ruleSetParams.extend({
  /** A version number of the service's rule set for the pathway. */
  version: z.coerce.number().int().positive(),
});

/** An edited rule set as a service admin sends it; the rules are checked against the fact catalogue. */
export const editedRuleSetBody = z.object({
  /** The rule set's name, as staff see it on each decision. */
  name: z.string().trim().min(1, 'Enter a name for the rule set').max(200, 'The name must be 200 characters or fewer'),
  /** The rules, each checked in turn; problems come back one per field, in words. */
  rules: z.array(z.unknown()).max(100, 'A rule set can have at most 100 rules'),
  /**
   * The London calendar date from which the version decides requests (YYYY-MM-DD), today or later; without it,
   * or with today's date, from the moment it is saved.
   */
  effectiveFrom: z.iso.date('Enter the date it takes effect as a real date').optional(),
});

export const ruleSetVersionSummarySchema = z.object({
  version: z.number().int(),
  name: z.string(),
  createdAt: z.date(),
  /** Null for version 1, which the service started with. */
  createdByName: z.string().nullable(),
  /** From when the version decides requests. */
  effectiveFrom: z.date(),
  /**
   * in_effect: decides requests submitted now; scheduled: will decide them from its date; earlier: decided them
   * before a later version took over; never_in_effect: a later version took effect first, so it decides nothing.
   */
  status: z.enum(versionStatuses),
});

export const ruleSetOverviewResponse = z.object({
  /** The version that decides requests submitted now. */
  current: ruleSetSchema,
  /** Every version, newest first. */
  versions: z.array(ruleSetVersionSummarySchema),
});

export const ruleSetVersionResponse = z.object({
  ruleSet: ruleSetSchema,
  summary: ruleSetVersionSummarySchema,
});

export const savedRuleSetResponse = z.object({
  id: z.uuid(),
  version: z.number().int(),
  effectiveFrom: z.date(),
});
