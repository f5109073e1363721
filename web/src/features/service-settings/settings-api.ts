import type { ResponseBody } from '../../api/api-types.ts';
import { api } from '../../api/client.ts';

/** GET /api/services/:serviceId/settings, as the service answers it. */
export type ServiceSettings = ResponseBody<'/api/services/{serviceId}/settings', 'get'>;
export type DidNotAttendRule = ServiceSettings['didNotAttendRule'];

/**
 * What a form sends: the settings with its own part replaced. A number the admin left empty or typed as words goes
 * as null, so the service refuses it in words rather than the page guessing.
 */
export type SettingsChange = { [K in keyof ServiceSettings]: ServiceSettings[K] | null };

const path = (serviceId: string) => `/api/services/${encodeURIComponent(serviceId)}/settings`;

export const getServiceSettings = (serviceId: string) => api.get<ServiceSettings>(path(serviceId));
export const saveServiceSettings = (serviceId: string, settings: SettingsChange) =>
  api.put<ServiceSettings>(path(serviceId), settings);

/** A number as typed: null when empty or not a number (JSON has no NaN), so the service says what is wrong. */
export function typedNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

export const didNotAttendRuleLabels: Record<DidNotAttendRule, string> = {
  offer_once_more: 'Offer one more appointment, then return the request to the referrer',
  return_to_referrer: 'Return the request to the referrer at once',
};

export const workingDays = (days: number) => `${days} working ${days === 1 ? 'day' : 'days'}`;
