import type { ResponseBody } from '../../api/api-types.ts';
import { api } from '../../api/client.ts';
import type { OutcomeCategory } from '../../../../shared/outcome-categories.ts';

/** A diagnosis of the curated list as the service runs it: GET /api/services/:serviceId/plan-templates. */
export type ServiceDiagnosis = ResponseBody<'/api/services/{serviceId}/plan-templates', 'get'>['diagnoses'][number];
export type Leaflet = ServiceDiagnosis['builtIn']['leaflets'][number];

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
