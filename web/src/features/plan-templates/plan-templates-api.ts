import { api } from '../../api/client.ts';
import type { OutcomeCategory } from '../../../../shared/outcome-categories.ts';

export type Leaflet = { title: string; url: string };

/** A diagnosis of the curated list as the service runs it: GET /api/services/:serviceId/plan-templates. */
export type ServiceDiagnosis = {
  code: string;
  term: string;
  group: string;
  cancer: boolean;
  template: {
    text: string;
    outcomes: OutcomeCategory[];
    /** The curated list's template, or the service's own. */
    source: 'built_in' | 'service';
    retiredAt: string | null;
    retiredByName: string | null;
    updatedAt: string | null;
    updatedByName: string | null;
  };
  builtIn: { text: string; leaflets: Leaflet[] };
  leaflets: {
    items: Leaflet[];
    source: 'built_in' | 'service';
    updatedAt: string | null;
    updatedByName: string | null;
  };
};

const base = (serviceId: string) => `/api/services/${encodeURIComponent(serviceId)}`;

export const getServiceDiagnoses = (serviceId: string) =>
  api.get<{ diagnoses: ServiceDiagnosis[] }>(`${base(serviceId)}/plan-templates`).then((body) => body.diagnoses);

export const saveTemplate = (
  serviceId: string,
  code: string,
  template: { text: string; outcomes: OutcomeCategory[] },
) => api.put<null>(`${base(serviceId)}/plan-templates/${encodeURIComponent(code)}`, template);

/** Retires the template (no longer offered to consultants) or brings it back. */
export const setRetired = (serviceId: string, code: string, retired: boolean) =>
  api.post<null>(`${base(serviceId)}/plan-templates/${encodeURIComponent(code)}/${retired ? 'retire' : 'restore'}`);

export const saveLeaflets = (serviceId: string, code: string, leaflets: Leaflet[]) =>
  api.put<null>(`${base(serviceId)}/leaflets/${encodeURIComponent(code)}`, { leaflets });
