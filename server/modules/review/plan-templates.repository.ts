import type { Queryable } from '../../db/database.ts';
import type { OutcomeCategory } from '../../../shared/outcome-categories.ts';
import type { Leaflet } from './diagnoses.ts';

/** A service's own plan template for a diagnosis (a diagnosis without one offers the curated list's). */
export type PlanTemplateRow = {
  diagnosisCode: string;
  text: string;
  /** The outcomes it is written for; null: those the built-in template fits. */
  outcomes: OutcomeCategory[] | null;
  updatedAt: Date;
  updatedByName: string | null;
  /** Retired templates are no longer offered to consultants; they can be brought back. */
  retiredAt: Date | null;
  retiredByName: string | null;
};

/** The leaflets a service offers for a diagnosis, replacing the curated list's. */
export type LeafletsRow = {
  diagnosisCode: string;
  leaflets: Leaflet[];
  updatedAt: Date;
  updatedByName: string | null;
};

export async function planTemplatesOf(db: Queryable, serviceId: string): Promise<Map<string, PlanTemplateRow>> {
  const { rows } = await db.query<PlanTemplateRow>(
    `SELECT t.diagnosis_code AS "diagnosisCode", t.text, t.outcomes, t.updated_at AS "updatedAt",
            u.display_name AS "updatedByName", t.retired_at AS "retiredAt", r.display_name AS "retiredByName"
     FROM plan_templates t
     LEFT JOIN users u ON u.id = t.updated_by
     LEFT JOIN users r ON r.id = t.retired_by
     WHERE t.service_id = $1`,
    [serviceId],
  );
  return new Map(rows.map((row) => [row.diagnosisCode, row]));
}

export async function leafletsOf(db: Queryable, serviceId: string): Promise<Map<string, LeafletsRow>> {
  const { rows } = await db.query<LeafletsRow>(
    `SELECT l.diagnosis_code AS "diagnosisCode", l.leaflets, l.updated_at AS "updatedAt", u.display_name AS "updatedByName"
     FROM diagnosis_leaflets l LEFT JOIN users u ON u.id = l.updated_by
     WHERE l.service_id = $1`,
    [serviceId],
  );
  return new Map(rows.map((row) => [row.diagnosisCode, row]));
}

/** Sets the template's text and the outcomes it fits; a retired template stays retired until brought back. */
export async function savePlanTemplate(
  tx: Queryable,
  template: { serviceId: string; code: string; text: string; outcomes: OutcomeCategory[] | null; by: string; at: Date },
) {
  await tx.query(
    `INSERT INTO plan_templates (service_id, diagnosis_code, text, outcomes, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (service_id, diagnosis_code) DO UPDATE SET text = $3, outcomes = $4, updated_by = $5, updated_at = $6`,
    [template.serviceId, template.code, template.text, template.outcomes, template.by, template.at],
  );
}

/**
 * Retires the service's template for a diagnosis, or brings it back (`at` null). Retiring a diagnosis that offers
 * the built-in template keeps that text as the service's own, retired.
 */
export async function setPlanTemplateRetired(
  tx: Queryable,
  retire: { serviceId: string; code: string; builtInText: string; by: string; at: Date; retired: boolean },
) {
  const { serviceId, code, builtInText, by, at, retired } = retire;
  await tx.query(
    `INSERT INTO plan_templates (service_id, diagnosis_code, text, outcomes, updated_by, updated_at, retired_at, retired_by)
     VALUES ($1, $2, $3, NULL, $4, $5, CASE WHEN $6 THEN $5::timestamptz END, CASE WHEN $6 THEN $4::uuid END)
     ON CONFLICT (service_id, diagnosis_code) DO UPDATE
       SET retired_at = CASE WHEN $6 THEN coalesce(plan_templates.retired_at, $5::timestamptz) END,
           retired_by = CASE WHEN $6 THEN coalesce(plan_templates.retired_by, $4::uuid) END`,
    [serviceId, code, builtInText, by, at, retired],
  );
}

export async function saveLeaflets(
  tx: Queryable,
  leaflets: { serviceId: string; code: string; leaflets: Leaflet[]; by: string; at: Date },
) {
  await tx.query(
    `INSERT INTO diagnosis_leaflets (service_id, diagnosis_code, leaflets, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (service_id, diagnosis_code) DO UPDATE SET leaflets = $3, updated_by = $4, updated_at = $5`,
    [leaflets.serviceId, leaflets.code, JSON.stringify(leaflets.leaflets), leaflets.by, leaflets.at],
  );
}
