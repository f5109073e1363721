import { outcomeCategoryLabels } from '../../../../shared/outcome-categories.ts';
import { formatDate } from '../../components/dates.ts';
import type { ServiceDiagnosis } from './plan-templates-api.ts';

/** Where the template stands, in words: whose it is, and whether consultants are offered it. */
export function templateStatus(template: ServiceDiagnosis['template']): {
  tag: string;
  colour: string;
  detail: string;
} {
  if (template.retiredAt)
    return {
      tag: 'Retired',
      colour: 'grey',
      detail: `Not offered to consultants since ${formatDate(template.retiredAt)}${template.retiredByName ? ` (retired by ${template.retiredByName})` : ''}.`,
    };
  if (template.source === 'service')
    return {
      tag: 'Service template',
      colour: 'green',
      detail: `Written by the service${template.updatedAt ? `, last changed ${formatDate(template.updatedAt)}` : ''}${template.updatedByName ? ` by ${template.updatedByName}` : ''}.`,
    };
  return { tag: 'Built in', colour: 'blue', detail: 'The template of the curated diagnosis list.' };
}

export const outcomeWords = (outcomes: readonly (keyof typeof outcomeCategoryLabels)[]) =>
  outcomes.map((o) => outcomeCategoryLabels[o]);

/** "Benign lesion" from "benign lesion". */
export const groupHeading = (group: string) => group.charAt(0).toUpperCase() + group.slice(1);
