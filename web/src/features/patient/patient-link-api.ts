import { api } from '../../api/client.ts';
import type { ResponseBody } from '../../api/api-types.ts';

type RequestDetail = ResponseBody<'/api/requests/{requestId}', 'get'>;

/** The latest link sent to the patient, as GET /api/requests/:id describes it. */
export type PatientLinkStatus = NonNullable<RequestDetail['patientLink']>;
export type LinkChannel = PatientLinkStatus['channel'];
export type LinkStatus = PatientLinkStatus['status'];

/** The patient's own answers, saved as they went. */
export type PatientQuestionnaire = NonNullable<RequestDetail['questionnaire']>;

const linksPath = (requestId: string) => `/api/requests/${encodeURIComponent(requestId)}/patient-links`;

/** Sends a new link (superseding any earlier one); 400 on `channel` when the patient has no number or address. */
export const sendPatientLink = (requestId: string, channel: LinkChannel) =>
  api.post<{ id: string; expiresAt: string }>(linksPath(requestId), { channel });

export const cancelPatientLink = (requestId: string) => api.delete<void>(`${linksPath(requestId)}/current`);

/** A link the patient can still use: it may be replaced or cancelled. */
export const linkInUse = (link: PatientLinkStatus | null) =>
  link !== null && ['sent', 'opened', 'completed'].includes(link.status);
