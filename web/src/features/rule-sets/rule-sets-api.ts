import type { Narrowed, ResponseBody } from '../../api/api-types.ts';
import { api } from '../../api/client.ts';
import type { RequestKind } from '../../../../shared/request-content.ts';
import type { Rule } from './rule-vocabulary.ts';

type Overview = ResponseBody<'/api/services/{serviceId}/rule-sets/{pathway}', 'get'>;
/** The document cannot type a rule's recursive conditions (openapi-types.ts says why): they are the vocabulary's. */
export type RuleSet = Narrowed<Overview['current'], { rules: Rule[] }>;
export type VersionSummary = Overview['versions'][number];
export type VersionStatus = VersionSummary['status'];
export type RuleSetOverview = Narrowed<Overview, { current: RuleSet }>;
/** An edit as the service takes it: the rules, and the London date it takes effect (today when absent). */
export type EditedRuleSet = { name: string; rules: Rule[]; effectiveFrom?: string };

const base = (serviceId: string, pathway: RequestKind) =>
  `/api/services/${encodeURIComponent(serviceId)}/rule-sets/${pathway}`;

export const getRuleSet = (serviceId: string, pathway: RequestKind) =>
  api.get<RuleSetOverview>(base(serviceId, pathway));
export const getRuleSetVersion = (serviceId: string, pathway: RequestKind, version: number) =>
  api.get<{ ruleSet: RuleSet; summary: VersionSummary }>(`${base(serviceId, pathway)}/versions/${version}`);
export const checkRuleSet = (serviceId: string, pathway: RequestKind, edited: EditedRuleSet) =>
  api.post<{ effectiveFrom: string }>(`${base(serviceId, pathway)}/check`, edited);
export const saveRuleSet = (serviceId: string, pathway: RequestKind, edited: EditedRuleSet) =>
  api.put<{ id: string; version: number; effectiveFrom: string }>(base(serviceId, pathway), edited);

export const statusWords: Record<VersionStatus, string> = {
  in_effect: 'In effect',
  scheduled: 'Scheduled',
  earlier: 'Earlier version',
  never_in_effect: 'Replaced before it took effect',
};
