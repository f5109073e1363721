import type { Queryable } from '../../db/database.ts';
import {
  outcomeCategoryLabels,
  outcomesTemplateFits,
  type OutcomeCategory,
} from '../../../shared/outcome-categories.ts';
import { diagnoses, type Diagnosis, type Leaflet } from './diagnoses.ts';
import { leafletsOf, planTemplatesOf, type LeafletsRow, type PlanTemplateRow } from './plan-templates.repository.ts';

/** The plan template a service has for a diagnosis: its own, or the curated list's (built in). */
export type ServiceTemplate = {
  text: string;
  outcomes: OutcomeCategory[];
  source: 'built_in' | 'service';
  /** Retired: not offered to consultants. */
  retiredAt: Date | null;
  retiredByName: string | null;
  updatedAt: Date | null;
  updatedByName: string | null;
};

export type ServiceLeaflets = {
  items: Leaflet[];
  source: 'built_in' | 'service';
  updatedAt: Date | null;
  updatedByName: string | null;
};

/** One diagnosis of the curated list as a service runs it. */
export type ServiceDiagnosis = {
  diagnosis: Diagnosis;
  template: ServiceTemplate;
  leaflets: ServiceLeaflets;
};

export function templateFor(diagnosis: Diagnosis, row: PlanTemplateRow | undefined): ServiceTemplate {
  if (!row) {
    return {
      text: diagnosis.planTemplate,
      outcomes: [...outcomesTemplateFits(diagnosis)],
      source: 'built_in',
      retiredAt: null,
      retiredByName: null,
      updatedAt: null,
      updatedByName: null,
    };
  }
  return {
    text: row.text,
    outcomes: row.outcomes ?? [...outcomesTemplateFits(diagnosis)],
    source: 'service',
    retiredAt: row.retiredAt,
    retiredByName: row.retiredByName,
    updatedAt: row.updatedAt,
    updatedByName: row.updatedByName,
  };
}

function leafletsFor(diagnosis: Diagnosis, row: LeafletsRow | undefined): ServiceLeaflets {
  return row
    ? { items: row.leaflets, source: 'service', updatedAt: row.updatedAt, updatedByName: row.updatedByName }
    : { items: diagnosis.leaflets, source: 'built_in', updatedAt: null, updatedByName: null };
}

/** Every diagnosis of the curated list with the service's template and leaflets for it. */
export async function serviceDiagnoses(db: Queryable, serviceId: string): Promise<ServiceDiagnosis[]> {
  const [templates, leaflets] = await Promise.all([planTemplatesOf(db, serviceId), leafletsOf(db, serviceId)]);
  return diagnoses.map((diagnosis) => ({
    diagnosis,
    template: templateFor(diagnosis, templates.get(diagnosis.code)),
    leaflets: leafletsFor(diagnosis, leaflets.get(diagnosis.code)),
  }));
}

/** One diagnosis as the service runs it. */
export async function serviceDiagnosis(db: Queryable, serviceId: string, diagnosis: Diagnosis) {
  const [templates, leaflets] = await Promise.all([planTemplatesOf(db, serviceId), leafletsOf(db, serviceId)]);
  return {
    diagnosis,
    template: templateFor(diagnosis, templates.get(diagnosis.code)),
    leaflets: leafletsFor(diagnosis, leaflets.get(diagnosis.code)),
  };
}

/** The template offered to the consultant for this outcome, if the service has a live one that fits it. */
export function offeredTemplate(template: ServiceTemplate, category: OutcomeCategory): string | null {
  return !template.retiredAt && template.outcomes.includes(category) ? template.text : null;
}

/**
 * Hazard H13: a plan that is a template, unedited, under an outcome it is not offered for, may contradict the
 * outcome or carry advice the service has withdrawn. Returns the question put to the consultant, or null.
 */
export function templatePlanProblem(service: ServiceDiagnosis, category: OutcomeCategory, plan: string): string | null {
  const { diagnosis, template } = service;
  const text = plan.trim();
  if (!text) return null;
  if (!template.retiredAt && template.text.trim() === text) {
    if (template.outcomes.includes(category)) return null;
    const fits = template.outcomes.map((o) => outcomeCategoryLabels[o]).join('; ');
    return `The plan is the template for ${diagnosis.term}, written for: ${fits}. It may not fit "${outcomeCategoryLabels[category]}". Change the plan, or confirm that it fits.`;
  }
  // A retired template's text (or the built-in one it replaced), from a form loaded before it was retired.
  const withdrawn = template.retiredAt && [template.text, diagnosis.planTemplate].some((t) => t.trim() === text);
  return withdrawn
    ? `The plan is a template for ${diagnosis.term} that this service no longer offers. Change the plan, or confirm that it fits.`
    : null;
}
