import { api } from '../../api/client.ts';
import type { RequestBody, ResponseBody } from '../../api/api-types.ts';

// The bodies as the server's route schemas declare them (web/src/api/openapi.d.ts; docs/clinics.md).

/**
 * A site as the sites pages show it: with the centre of its postcode from the service's postcode data set, or
 * null when the data set lacks the postcode (patients are then offered it by postcode district).
 */
export type LocatedSite = ResponseBody<'/api/clinic-sites', 'get'>['sites'][number];
/** A place where a community clinic photographs patients. */
export type Site = SessionSummary['site'];
export type SiteInput = RequestBody<'/api/clinic-sites', 'post'>;

/** A site's address on one line, its lines joined by commas, with the postcode. */
export const addressLine = (site: Pick<Site, 'address' | 'postcode'>) =>
  [...site.address.split(/\s*\n\s*/), site.postcode].filter((part) => part.trim()).join(', ');

export type Photographer = ResponseBody<'/api/clinic-photographers', 'get'>['photographers'][number];

export type SessionSummary = ResponseBody<'/api/clinic-sessions', 'get'>['sessions'][number];
export type SessionDetail = ResponseBody<'/api/clinic-sessions/{sessionId}', 'get'>;
export type SlotBooking = NonNullable<SessionDetail['slots'][number]['booking']>;

/** A clinic request waiting for an appointment. */
export type QueueItem = ResponseBody<'/api/booking-queue', 'get'>['items'][number];

/** One week's open slots, the weeks that have any (with how many), and whether distances are known. */
export type OfferPage = ResponseBody<'/api/requests/{requestId}/slot-offers', 'get'>;
export type Offer = OfferPage['offers'][number];
export type Nearness = Offer['nearness'];
/** A week of open slots: Monday to Sunday, as London dates. */
export type OfferWeek = NonNullable<OfferPage['week']>;
/** What the clerk needs to choose how the patient is told. Mobile numbers are E.164 ("+447700900123"). */
export type PatientContact = ResponseBody<'/api/requests/{requestId}/patient-contact', 'get'>;

export type Appointment = ResponseBody<'/api/appointments/{appointmentId}/cancel', 'post'>;
export type AppointmentStatus = Appointment['status'];

export type Channel = RequestBody<'/api/requests/{requestId}/appointments', 'post'>['channel'];
export type DidNotAttendResult = ResponseBody<'/api/appointments/{appointmentId}/did-not-attend', 'post'>['result'];

export type ClinicReport = ResponseBody<'/api/service/clinic-report', 'get'>;

const id = encodeURIComponent;

export const listSites = () => api.get<{ sites: LocatedSite[] }>('/api/clinic-sites').then((body) => body.sites);
export const addSite = (site: SiteInput) => api.post<LocatedSite>('/api/clinic-sites', site);
export const changeSite = (siteId: string, site: Omit<SiteInput, 'clinicId'>) =>
  api.put<LocatedSite>(`/api/clinic-sites/${id(siteId)}`, site);

export const listPhotographers = () =>
  api.get<{ photographers: Photographer[] }>('/api/clinic-photographers').then((body) => body.photographers);

/** Sessions from one London date to another (both `YYYY-MM-DD`, inclusive). */
export const listSessions = (range: { from: string; to: string; siteId?: string }) => {
  const query = new URLSearchParams({
    from: range.from,
    to: range.to,
    ...(range.siteId ? { siteId: range.siteId } : {}),
  });
  return api.get<{ sessions: SessionSummary[] }>(`/api/clinic-sessions?${query}`).then((body) => body.sessions);
};
export type SessionInput = RequestBody<'/api/clinic-sessions', 'post'>;
/** Adds a session; its slots are made with it. Times are London wall-clock times. */
export const addSession = (session: SessionInput) => api.post<SessionSummary>('/api/clinic-sessions', session);
export const getSession = (sessionId: string) => api.get<SessionDetail>(`/api/clinic-sessions/${id(sessionId)}`);
/** Cancels a session and its appointments; each patient is told, and the requests come back to be rebooked. */
export const cancelSession = (sessionId: string, reason: string) =>
  api.post<{ session: SessionSummary; toRebook: QueueItem[] }>(`/api/clinic-sessions/${id(sessionId)}/cancel`, {
    reason,
  });

export const getBookingQueue = () => api.get<{ items: QueueItem[] }>('/api/booking-queue').then((body) => body.items);

const requestPath = (requestId: string, rest: string) => `/api/requests/${id(requestId)}${rest}`;

/** Every open slot for the request's patient in a week (any date in it; the first week with any when absent). */
export const getOffers = (requestId: string, week: string | null) =>
  api.get<OfferPage>(requestPath(requestId, `/slot-offers${week ? `?${new URLSearchParams({ week })}` : ''}`));
/** The patient's mobile number and email address, to choose how they are told (the read is audited). */
export const getPatientContact = (requestId: string) =>
  api.get<PatientContact>(requestPath(requestId, '/patient-contact'));
export const getAppointments = (requestId: string) =>
  api.get<{ appointments: Appointment[]; canBook: boolean }>(requestPath(requestId, '/appointments'));
/** Books a slot; 409 when someone took it a moment ago. The patient is sent a link and the appointment letter. */
export const bookAppointment = (requestId: string, slotId: string, channel: Channel) =>
  api.post<Appointment>(requestPath(requestId, '/appointments'), { slotId, channel });
export const moveAppointment = (appointmentId: string, slotId: string, channel: Channel) =>
  api.post<Appointment>(`/api/appointments/${id(appointmentId)}/move`, { slotId, channel });
export const cancelAppointment = (appointmentId: string, reason: string) =>
  api.post<Appointment>(`/api/appointments/${id(appointmentId)}/cancel`, { reason });
/** Records that the patient did not come; the service's rule decides whether they are offered another appointment. */
export const recordDidNotAttend = (appointmentId: string) =>
  api.post<{ appointment: Appointment; result: DidNotAttendResult }>(
    `/api/appointments/${id(appointmentId)}/did-not-attend`,
  );

export const getClinicReport = (range: { from: string; to: string }) =>
  api.get<ClinicReport>(`/api/service/clinic-report?${new URLSearchParams(range)}`);

/** The community clinics working for the signed-in person's service, from the organisations they can see. */
export async function listClinics(): Promise<{ id: string; name: string }[]> {
  const { organisations } = await api.get<{ organisations: { id: string; kind: string; name: string }[] }>(
    '/api/organisations',
  );
  return organisations
    .filter((o) => o.kind === 'community_clinic')
    .map(({ id: clinicId, name }) => ({ id: clinicId, name }));
}
