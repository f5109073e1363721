import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePhotoPath } from '../../../test/fixtures/photographs.ts';
import { londonDate } from '../../working-days.ts';
import { buildOrganisation, buildUser, linkOrganisations, testPassword } from '../../testing/factories.ts';
import { caller, draftRequest, markImagesComplete, openPatientLinkAs, patientDetails } from '../../testing/intake.ts';
import { as, buildTestApp, signInAs, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { createUpload, sendChunk, uploadPhoto } from '../../testing/tus.ts';
import { testImages } from '../../testing/test-images.ts';
import { imageProcessingWorker } from '../images/process-image-job.ts';
import { lettersWorker } from '../letters/make-letters-job.ts';
import { diagnoses } from '../review/diagnoses.ts';
import type { AuditAction } from './audit.catalogue.ts';

/**
 * SECURITY.md: "Every state change and every read of patient data writes exactly one audit row in the same
 * transaction". Each route the app serves has a line here saying what one successful call of it writes: one
 * row of an action, or nothing (a read with nothing of a patient in its answer). Every line is checked live,
 * by the rows of `audit_events` before and after the call, in every way the route can succeed that audits
 * differently. A route added without a line here fails the suite, so a new route has to say what it audits.
 * Refused calls are another matter: they write a denial row (`recordDenial`), which the route × role matrix
 * and the http-safety tests check. No job worker runs: the jobs a case needs are run here, so that nothing
 * writes audit rows behind the test's back.
 */

type Who = 'referrer' | 'consultant' | 'otherConsultant' | 'clerk' | 'admin' | 'sysadmin' | 'photographer';

/** The call under test: who makes it (a user, a patient's browser or nobody) and what it sends. */
type Call = {
  by: Who | 'anonymous' | { headers: Record<string, string> };
  url: string;
  payload?: object | Buffer;
  headers?: Record<string, string>;
};

type Check = {
  /** The rows one successful call writes, in order. */
  writes: readonly AuditAction[];
  /** When a route succeeds in more than one way, which one this is. */
  variant?: string;
  /** What the (last) row's detail holds: a call that also moves the request says so in its one row. */
  detail?: Record<string, unknown>;
  /** The status of the call when it is not 2xx or 3xx (a path tus never lets succeed). */
  status?: number;
  /** Brings the service to where the call succeeds (not counted) and says what the call is. */
  arrange: () => Call | Promise<Call>;
};

const audited = (
  writes: AuditAction | readonly AuditAction[],
  arrange: Check['arrange'],
  more: Pick<Check, 'variant' | 'detail'> = {},
): Check => ({ writes: typeof writes === 'string' ? [writes] : writes, arrange, ...more });
const unaudited = (arrange: Check['arrange'], status?: number): Check => ({
  writes: [],
  arrange,
  ...(status ? { status } : {}),
});
const to = (by: Call['by'], url: string, payload?: object | Buffer, headers?: Record<string, string>): Call => ({
  by,
  url,
  ...(payload === undefined ? {} : { payload }),
  ...(headers ? { headers } : {}),
});

let t: TestApp;
let serviceId: string;
let clinicId: string;
let siteId: string;
const accounts = new Map<Who, { id: string; email: string; password: string }>();
const sessions = new Map<Who, SignedIn>();

async function signedIn(who: Who): Promise<SignedIn> {
  const known = sessions.get(who);
  if (known) return known;
  const account = accounts.get(who)!;
  const session = await signInAs(t.app, account.email, account.password);
  sessions.set(who, session);
  return session;
}

/** A call made while arranging: it must succeed. */
async function send(who: Who, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) {
  const response = await caller(t.app, await signedIn(who))(method, url, payload);
  if (response.statusCode >= 400)
    throw new Error(`${method} ${url} as ${who}: ${response.statusCode} ${response.body}`);
  return response;
}

/** Moves the clock forward; everyone signs in again, as they would after hours or days away. */
function moveClockTo(at: Date) {
  t.clock.set(at);
  sessions.clear();
}

type DraftOptions = Parameters<typeof draftRequest>[3];
const draft = async (options: DraftOptions = {}) => draftRequest(t.app, await signedIn('referrer'), serviceId, options);

/** Submitted and accepted: waiting for the referrer's photographs. */
async function submitted(options: DraftOptions = {}) {
  const request = await draft(options);
  await send('referrer', 'POST', `/api/requests/${request.id}/submit`);
  return request;
}

async function readyForReview() {
  const request = await submitted();
  await markImagesComplete(t.db.pool, request.id, t.clock.now());
  return request;
}

async function inReview() {
  const request = await readyForReview();
  const claimed = await send('consultant', 'POST', `/api/requests/${request.id}/claim`);
  return { ...request, version: claimed.json().version as number };
}

const diagnosis = diagnoses.find((d) => !d.cancer)!;
const outcomeBody = (version: number) => ({
  version,
  category: 'discharge_with_advice',
  diagnosisCode: diagnosis.code,
  plan: diagnosis.planTemplate,
});

/** An outcome whose letters the consultant has previewed, ready to sign. */
async function previewedOutcome(id: string, version: number) {
  const preview = await send('consultant', 'POST', `/api/requests/${id}/outcome/preview`, outcomeBody(version));
  return { ...outcomeBody(version), previewDigest: preview.json().previewDigest as string };
}

const letters = () =>
  lettersWorker({ pool: t.db.pool, clock: t.clock, blobs: t.services.blobs, publicOrigin: t.config.publicOrigin });

/** A signed outcome and its letters. */
async function withOutcome() {
  const request = await inReview();
  const signed = await send(
    'consultant',
    'POST',
    `/api/requests/${request.id}/outcome`,
    await previewedOutcome(request.id, request.version),
  );
  const outcomeId = signed.json().outcomeId as string;
  await letters().handle({ kind: 'outcome', outcomeId }, t.services.jobs.boss);
  return { ...request, outcomeId };
}

/** The draft, redirected to the urgent pathway by the save that records a suspected melanoma. */
const suspectedMelanoma = async (id: string) => ({
  version: (await send('referrer', 'GET', `/api/requests/${id}`)).json().version as number,
  history: { suspectedCancer: ['melanoma'], durationValue: 2, durationUnit: 'months', bleeding: true },
});

const processed = (imageId: string) =>
  imageProcessingWorker({ pool: t.db.pool, clock: t.clock, blobs: t.services.blobs, config: t.config }).handle(
    { imageId },
    t.services.jobs.boss,
  );

/** A photograph of the request's first lesion, uploaded and taken in; processed too unless told otherwise. */
async function photographed(
  request: { id: string; lesionIds: string[] },
  options: { who?: Who; file?: string; bytes?: Buffer; view?: string; process?: boolean } = {},
) {
  const uploaded = await uploadPhoto(t.app, await signedIn(options.who ?? 'referrer'), {
    requestId: request.id,
    lesionId: request.lesionIds[0]!,
    bytes: options.bytes ?? (await fs.readFile(fixturePhotoPath(options.file ?? 'Landscape_1.jpg'))),
    ...(options.view ? { view: options.view } : {}),
  });
  if (uploaded.image?.statusCode !== 201) throw new Error(`photo refused: ${uploaded.image?.body}`);
  const imageId = uploaded.image.json().id as string;
  if (options.process !== false) await processed(imageId);
  return imageId;
}

const uploadMetadata = (request: { id: string; lesionIds: string[] }) => ({
  requestId: request.id,
  lesionId: request.lesionIds[0]!,
  view: 'close_up',
  filename: 'photo.jpg',
});
const tusCreation = (metadata: Record<string, string>) => ({
  'tus-resumable': '1.0.0',
  'upload-length': '100',
  'upload-metadata': Object.entries(metadata)
    .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
    .join(','),
});
const tusChunk = { 'tus-resumable': '1.0.0', 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' };

/** A resumable upload started (not finished) by a user or a patient; returns its id. */
async function startedUpload(
  user: SignedIn,
  request: { id: string; lesionIds: string[] },
  endpoint: string,
  bytes = 100,
) {
  const { response, uploadId } = await createUpload(t.app, user, uploadMetadata(request), bytes, endpoint);
  if (!uploadId) throw new Error(`upload not started: ${response.statusCode} ${response.body}`);
  return uploadId;
}

/** A finished upload, ready to be taken in as a photograph. */
async function finishedUpload(user: SignedIn, request: { id: string; lesionIds: string[] }, endpoint: string) {
  const bytes = await fs.readFile(fixturePhotoPath('Landscape_2.jpg'));
  const uploadId = await startedUpload(user, request, endpoint, bytes.length);
  await sendChunk(t.app, user, uploadId, 0, bytes, endpoint);
  return uploadId;
}

/** A patient's browser, as the tus helpers take a signed-in user. */
const asUploader = (patient: { headers: Record<string, string> }): SignedIn => ({
  cookie: patient.headers['cookie']!,
  csrfToken: patient.headers['x-csrf-token']!,
  userId: '',
});

/** The patient of the request, through a link the referrer sends now; confirmed by date of birth unless told. */
async function patientOf(requestId: string, confirmed = true) {
  // The link is found as the newest message to the patient: a second on, it is newer than any sent before.
  t.clock.advance({ seconds: 1 });
  const referrer = await signedIn('referrer');
  return { headers: await openPatientLinkAs(t, referrer, requestId, confirmed ? '1970-05-17' : undefined) };
}

/** A call the patient makes while arranging: it must succeed. */
async function patientSends(
  patient: { headers: Record<string, string> },
  method: 'PUT' | 'POST',
  url: string,
  payload: object,
) {
  const response = await t.app.inject({ method, url, headers: patient.headers, payload });
  if (response.statusCode >= 400)
    throw new Error(`${method} ${url} as the patient: ${response.statusCode} ${response.body}`);
}

/** A photo the patient sends of the request's first lesion through their link (not processed: no worker runs). */
async function patientPhoto(
  patient: { headers: Record<string, string> },
  request: { id: string; lesionIds: string[] },
) {
  const uploadId = await finishedUpload(asUploader(patient), request, '/api/patient/uploads');
  await patientSends(patient, 'POST', '/api/patient/images', { uploadId });
}

/** A clinic session at the clinic's site tomorrow (by the test clock), with three 20-minute slots. */
async function clinicSession() {
  const created = await send('clerk', 'POST', '/api/clinic-sessions', {
    siteId,
    date: londonDate(new Date(t.clock.now().getTime() + 86_400_000)),
    start: '09:00',
    end: '10:00',
    slotMinutes: 20,
    photographerIds: [accounts.get('photographer')!.id],
  });
  const detail = await send('clerk', 'GET', `/api/clinic-sessions/${created.json().id}`);
  return { id: created.json().id as string, slots: detail.json().slots as { id: string; startsAt: string }[] };
}

/** A clinic referral in the booking queue; its large lesion needs a regional view and a close-up only. */
const clinicReferral = () => submitted({ photography: 'clinic', sizeMm: 30 });

async function booked(referral?: { id: string; lesionIds: string[] }) {
  const request = referral ?? (await clinicReferral());
  const session = await clinicSession();
  const slot = session.slots[0]!;
  const appointment = await send('clerk', 'POST', `/api/requests/${request.id}/appointments`, {
    slotId: slot.id,
    channel: 'email',
  });
  return { request, session, appointmentId: appointment.json().id as string, at: new Date(slot.startsAt) };
}

/** A booked appointment, with the clock at five minutes after it starts. */
async function onTheDay() {
  const appointment = await booked();
  moveClockTo(new Date(appointment.at.getTime() + 5 * 60_000));
  return appointment;
}

/** A booked appointment, with the clock past its start and the service's grace: it can be marked as missed. */
async function missed(referral?: { id: string; lesionIds: string[] }) {
  const appointment = await booked(referral);
  moveClockTo(new Date(appointment.at.getTime() + 30 * 60_000));
  return appointment;
}

async function arrived() {
  const appointment = await onTheDay();
  await send('photographer', 'POST', `/api/clinic-appointments/${appointment.appointmentId}/arrived`);
  return appointment;
}

const questionnaire = {
  durationValue: 3,
  durationUnit: 'months',
  symptoms: ['itch'],
  medicines: 'none',
  allergies: 'none',
  previousSkinCancer: 'no',
};

/** A consultant's question about a case in review: the referrer's notification of it, by id. */
async function questionForReferrer() {
  const { id } = await inReview();
  await send('consultant', 'POST', `/api/requests/${id}/messages`, { kind: 'question', body: 'Bled?' });
  const { rows } = await t.db.pool.query<{ id: string }>(
    'SELECT id FROM staff_notifications WHERE request_id = $1 AND user_id = $2',
    [id, accounts.get('referrer')!.id],
  );
  return rows[0]!.id;
}

/**
 * What one successful call of each route writes, in the order of the route × role matrix. A route whose answer
 * holds nothing of a patient writes nothing; the few that are not obviously so say why.
 */
const table: Record<string, readonly Check[]> = {
  'GET /health/live': [unaudited(() => to('anonymous', '/health/live'))],
  'GET /health/ready': [unaudited(() => to('anonymous', '/health/ready'))],
  'GET /api/openapi.json': [unaudited(() => to('anonymous', '/api/openapi.json'))],
  'POST /api/auth/sign-in': [
    audited('auth.signed_in', () =>
      to('anonymous', '/api/auth/sign-in', { email: accounts.get('referrer')!.email, password: testPassword }),
    ),
  ],
  'POST /api/auth/sign-out': [
    audited('auth.signed_out', async () => {
      // A session of its own, so that the shared one stays signed in.
      const account = accounts.get('referrer')!;
      return to({ headers: as(await signInAs(t.app, account.email, account.password)) }, '/api/auth/sign-out');
    }),
  ],
  'GET /api/auth/session': [unaudited(() => to('referrer', '/api/auth/session'))],
  'GET /api/organisations': [unaudited(() => to('referrer', '/api/organisations'))],
  'GET /api/organisations/:organisationId': [
    audited('organisation.viewed', () => to('clerk', `/api/organisations/${serviceId}`)),
  ],
  'GET /api/users': [audited('user.listed', () => to('admin', '/api/users'))],
  'POST /api/users': [
    audited('user.created', () =>
      to('admin', '/api/users', {
        email: `clerk-${t.clock.now().getTime()}@test.example`,
        displayName: 'New Clerk',
        password: 'a perfectly long passphrase',
        organisationId: serviceId,
        roles: ['booking_clerk'],
      }),
    ),
  ],
  'POST /api/users/:userId/disable': [
    audited('user.disabled', async () => {
      const user = await buildUser(t.db.pool, { organisationId: serviceId, roles: ['booking_clerk'] });
      return to('admin', `/api/users/${user.id}/disable`);
    }),
  ],
  'DELETE /api/users/:userId/memberships/:organisationId': [
    audited('user.removed_from_organisation', async () => {
      const user = await buildUser(t.db.pool, { organisationId: serviceId, roles: ['booking_clerk'] });
      return to('admin', `/api/users/${user.id}/memberships/${serviceId}`);
    }),
  ],
  'PUT /api/users/:userId/memberships/:organisationId': [
    audited('user.roles_changed', async () => {
      const user = await buildUser(t.db.pool, { organisationId: serviceId, roles: ['booking_clerk'] });
      return to('admin', `/api/users/${user.id}/memberships/${serviceId}`, {
        roles: ['booking_clerk', 'service_admin'],
      });
    }),
  ],
  'POST /api/users/:userId/enable': [
    audited('user.enabled', async () => {
      const user = await buildUser(t.db.pool, { organisationId: serviceId, roles: ['booking_clerk'] });
      await t.db.pool.query('UPDATE users SET disabled_at = now() WHERE id = $1', [user.id]);
      return to('admin', `/api/users/${user.id}/enable`);
    }),
  ],
  'POST /api/users/invitations': [
    audited('invitation.sent', () => to('admin', '/api/users/invitations', invitationFor(serviceId))),
  ],
  'POST /api/users/invitations/:invitationId/withdraw': [
    audited('invitation.withdrawn', async () => {
      const sent = await send('admin', 'POST', '/api/users/invitations', invitationFor(serviceId));
      return to('admin', `/api/users/invitations/${sent.json().id}/withdraw`);
    }),
  ],
  // Says who invited whom to where: nothing of a patient, and no change.
  'POST /api/invitations/open': [
    unaudited(async () => to('anonymous', '/api/invitations/open', { token: await invitationToken() })),
  ],
  'POST /api/invitations/accept': [
    audited('invitation.accepted', async () =>
      to('anonymous', '/api/invitations/accept', {
        token: await invitationToken(),
        password: 'a perfectly long passphrase',
      }),
    ),
  ],
  // Organisations, their links and sites: nothing of a patient.
  'GET /api/admin/organisations': [unaudited(() => to('sysadmin', '/api/admin/organisations'))],
  'POST /api/admin/organisations': [
    audited('organisation.created', () =>
      to('sysadmin', '/api/admin/organisations', {
        kind: 'gp_practice',
        name: 'Brookside Surgery',
        odsCode: `B${t.clock.now().getTime().toString(36).toUpperCase().slice(-6)}`,
        serviceIds: [serviceId],
      }),
    ),
  ],
  'POST /api/admin/organisations/:organisationId/services': [
    audited('organisation.linked', async () => {
      const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
      return to('sysadmin', `/api/admin/organisations/${practice.id}/services`, { serviceId });
    }),
  ],
  'GET /api/audit-events': [audited('audit.viewed', () => to('admin', '/api/audit-events'))],
  'GET /api/audit-events.csv': [
    audited('audit.exported', () => to('admin', '/api/audit-events.csv?action=request.'), {
      detail: { filters: ['action'] },
    }),
  ],
  // Reads the whole trail, but answers only a row count and the chain's problems.
  'GET /api/audit-events/verification': [unaudited(() => to('sysadmin', '/api/audit-events/verification'))],
  'GET /api/services/:serviceId/settings': [unaudited(() => to('admin', `/api/services/${serviceId}/settings`))],
  'PUT /api/services/:serviceId/settings': [
    audited('service_settings.updated', () =>
      to('admin', `/api/services/${serviceId}/settings`, { adviceTargetWorkingDays: 5, referralTargetWorkingDays: 10 }),
    ),
  ],
  'GET /api/services/:serviceId/rule-sets/:pathway': [
    unaudited(() => to('consultant', `/api/services/${serviceId}/rule-sets/referral`)),
  ],
  // A rule set is the service's configuration, not patient data: reading or checking one writes nothing.
  'GET /api/services/:serviceId/rule-sets/:pathway/versions/:version': [
    unaudited(() => to('consultant', `/api/services/${serviceId}/rule-sets/referral/versions/1`)),
  ],
  'POST /api/services/:serviceId/rule-sets/:pathway/check': [
    unaudited(async () => {
      const url = `/api/services/${serviceId}/rule-sets/referral`;
      const { current } = (await send('admin', 'GET', url)).json();
      return to('admin', `${url}/check`, { name: current.name, rules: current.rules });
    }),
  ],
  'PUT /api/services/:serviceId/rule-sets/:pathway': [
    audited('rule_set.versioned', async () => {
      const url = `/api/services/${serviceId}/rule-sets/referral`;
      const { current } = (await send('admin', 'GET', url)).json();
      return to('admin', url, { name: current.name, rules: current.rules });
    }),
  ],
  'POST /api/patients': [
    audited('patient.registered', () => to('referrer', '/api/patients', patientDetails()), {
      variant: 'a new patient',
    }),
    audited(
      'patient.found',
      async () => {
        const details = patientDetails();
        await send('referrer', 'POST', '/api/patients', details);
        return to('referrer', '/api/patients', details);
      },
      { variant: 'one the practice already has' },
    ),
  ],
  'GET /api/patients': [
    audited('patient.searched', async () => {
      const details = patientDetails();
      await send('referrer', 'POST', '/api/patients', details);
      return to('referrer', `/api/patients?nhsNumber=${details.nhsNumber}`);
    }),
  ],
  'GET /api/patients/:patientId': [
    audited('patient.viewed', async () => to('referrer', `/api/patients/${(await draft()).patientId}`)),
  ],
  'POST /api/requests': [
    audited('request.created', async () => {
      const patient = await send('referrer', 'POST', '/api/patients', patientDetails());
      return to('referrer', '/api/requests', {
        patientId: patient.json().id,
        kind: 'referral',
        urgency: 'routine',
        serviceId,
      });
    }),
  ],
  'GET /api/requests': [audited('request.listed', () => to('referrer', '/api/requests'))],
  'GET /api/requests/:requestId': [
    audited('request.viewed', async () => to('referrer', `/api/requests/${(await draft()).id}`)),
  ],
  'PATCH /api/requests/:requestId': [
    audited(
      'request.updated',
      async () => {
        const { id } = await draft();
        const { version } = (await send('referrer', 'GET', `/api/requests/${id}`)).json();
        return to('referrer', `/api/requests/${id}`, { version, clinicalQuestion: 'Is it benign?' });
      },
      { variant: 'a save' },
    ),
    audited(
      'request.updated',
      async () => {
        const { id } = await draft();
        return to('referrer', `/api/requests/${id}`, await suspectedMelanoma(id));
      },
      {
        variant: 'a save recording a suspected melanoma, which submits and redirects the draft',
        detail: {
          fields: ['history'],
          transition: { action: 'submit', from: 'draft', to: 'redirected' },
          eligibility: { decision: 'redirect_urgent_cancer' },
        },
      },
    ),
  ],
  'GET /api/requests/:requestId/urgent-referral-summary': [
    audited('request.urgent_summary_downloaded', async () => {
      const { id } = await draft();
      await send('referrer', 'PATCH', `/api/requests/${id}`, await suspectedMelanoma(id));
      return to('referrer', `/api/requests/${id}/urgent-referral-summary`);
    }),
  ],
  'POST /api/requests/:requestId/lesions': [
    audited('lesion.added', async () =>
      to('referrer', `/api/requests/${(await draft()).id}/lesions`, {
        bodySite: 'forearm_front',
        laterality: 'left',
        description: 'A second one',
        sizeMm: 4,
      }),
    ),
    audited(
      'lesion.added',
      async () => {
        const { id } = await inReview();
        await send('consultant', 'POST', `/api/requests/${id}/messages`, { kind: 'question', body: 'Another lesion?' });
        return to('referrer', `/api/requests/${id}/lesions`, {
          bodySite: 'shin',
          laterality: 'right',
          description: 'Asked about',
        });
      },
      { variant: 'while answering the dermatologist’s question' },
    ),
  ],
  'PUT /api/requests/:requestId/lesions/:lesionId': [
    audited('lesion.updated', async () => {
      const { id, lesionIds } = await draft();
      return to('referrer', `/api/requests/${id}/lesions/${lesionIds[0]}`, {
        bodySite: 'forearm_front',
        laterality: 'left',
        description: 'Described again',
        sizeMm: 9,
      });
    }),
  ],
  'DELETE /api/requests/:requestId/lesions/:lesionId': [
    audited('lesion.removed', async () => {
      const { id, lesionIds } = await draft();
      return to('referrer', `/api/requests/${id}/lesions/${lesionIds[0]}`);
    }),
  ],
  'POST /api/requests/:requestId/consent': [
    audited('consent.recorded', async () =>
      to('referrer', `/api/requests/${(await draft({ consent: false })).id}/consent`, {
        referralAndImageSharing: true,
        teachingUse: false,
        method: 'verbal',
      }),
    ),
  ],
  'POST /api/requests/:requestId/consent/withdrawal': [
    audited(
      'consent.withdrawn',
      async () =>
        to('referrer', `/api/requests/${(await submitted()).id}/consent/withdrawal`, { reason: 'Changed their mind' }),
      {
        variant: 'an open request, which is withdrawn with it',
        detail: { transition: { action: 'withdraw_consent', to: 'withdrawn' } },
      },
    ),
    audited(
      'consent.withdrawn',
      async () =>
        to('referrer', `/api/requests/${(await withOutcome()).id}/consent/withdrawal`, {
          reason: 'Changed their mind',
        }),
      { variant: 'after the outcome' },
    ),
  ],
  'POST /api/requests/:requestId/submit': [
    audited('request.transitioned', async () => to('referrer', `/api/requests/${(await draft()).id}/submit`), {
      variant: 'accepted, waiting for photographs',
      detail: { action: 'submit', from: 'draft', to: 'awaiting_images', eligibility: { decision: 'accepted' } },
    }),
    audited(
      'request.transitioned',
      async () => {
        const request = await draft();
        await photographed(request, { process: false });
        return to('referrer', `/api/requests/${request.id}/submit`);
      },
      {
        variant: 'accepted with its photographs, ready for review',
        detail: { action: 'submit', from: 'draft', to: 'ready_for_review' },
      },
    ),
  ],
  'POST /api/requests/:requestId/withdraw': [
    audited('request.transitioned', async () =>
      to('referrer', `/api/requests/${(await submitted()).id}/withdraw`, { reason: 'Resolved on its own' }),
    ),
  ],
  'POST /api/requests/:requestId/claim': [
    audited('case.claimed', async () => to('consultant', `/api/requests/${(await readyForReview()).id}/claim`), {
      variant: 'a case waiting for review',
      detail: { transition: { action: 'start_review', from: 'ready_for_review', to: 'in_review' } },
    }),
    audited('case.claimed', async () => to('consultant', `/api/requests/${(await inReview()).id}/claim`), {
      variant: 'a case the consultant already holds',
    }),
    audited(
      'case.claimed',
      async () => {
        const { id } = await inReview();
        moveClockTo(new Date(t.clock.now().getTime() + (t.config.reviewClaimMinutes + 1) * 60_000));
        return to('otherConsultant', `/api/requests/${id}/claim`);
      },
      {
        variant: "another consultant's lapsed claim",
        detail: { transition: { action: 'start_review', reason: expect.stringMatching(/lapsed/) } },
      },
    ),
  ],
  'POST /api/requests/:requestId/release': [
    audited('case.released', async () => to('consultant', `/api/requests/${(await inReview()).id}/release`), {
      detail: { to: null, transition: { action: 'release_review', to: 'ready_for_review' } },
    }),
  ],
  'POST /api/requests/:requestId/reassign': [
    audited(
      'case.reassigned',
      async () =>
        to('clerk', `/api/requests/${(await readyForReview()).id}/reassign`, {
          consultantId: accounts.get('consultant')!.id,
        }),
      {
        variant: 'a waiting case, to a consultant',
        detail: { transition: { action: 'start_review', to: 'in_review' } },
      },
    ),
    audited(
      'case.reassigned',
      async () =>
        to('admin', `/api/requests/${(await inReview()).id}/reassign`, {
          consultantId: accounts.get('otherConsultant')!.id,
        }),
      { variant: 'a held case, to another consultant' },
    ),
    audited(
      'case.reassigned',
      async () => to('clerk', `/api/requests/${(await inReview()).id}/reassign`, { consultantId: null }),
      {
        variant: 'a held case, back to the worklist',
        detail: { to: null, transition: { action: 'release_review', to: 'ready_for_review' } },
      },
    ),
  ],
  'POST /api/requests/:requestId/outcome': [
    audited(
      'outcome.signed',
      async () => {
        const { id, version } = await inReview();
        return to('consultant', `/api/requests/${id}/outcome`, await previewedOutcome(id, version));
      },
      {
        variant: 'signed',
        detail: { category: 'discharge_with_advice', transition: { action: 'record_outcome', to: 'outcome_recorded' } },
      },
    ),
    audited(
      'message.sent',
      async () => {
        const { id, version } = await inReview();
        return to('consultant', `/api/requests/${id}/outcome`, {
          version,
          category: 'more_information_needed',
          question: 'Has it bled?',
        });
      },
      {
        variant: 'more information needed, which asks the referrer',
        detail: { kind: 'question', transition: { action: 'request_information' } },
      },
    ),
  ],
  'PATCH /api/patients/:patientId/contact': [
    audited('patient.contact_updated', async () =>
      to('referrer', `/api/patients/${(await draft()).patientId}/contact`, { mobile: '07700 900321' }),
    ),
  ],
  'GET /api/worklist/history': [audited('worklist.history_viewed', () => to('consultant', '/api/worklist/history'))],
  'GET /api/search': [audited('search.performed', () => to('referrer', '/api/search?q=Lovelace'))],
  // The notification centre: references and one-line texts, no patient details. The header's count is asked every
  // minute and says only a number, so it is not audited; the list, and each marking read, write one row.
  'GET /api/notifications': [audited('notification.listed', () => to('referrer', '/api/notifications'))],
  'GET /api/notifications/count': [unaudited(() => to('referrer', '/api/notifications/count'))],
  'POST /api/notifications/:notificationId/read': [
    audited('notification.read', async () => to('referrer', `/api/notifications/${await questionForReferrer()}/read`), {
      detail: { wasUnread: true },
    }),
  ],
  'POST /api/notifications/read-all': [
    audited('notification.all_read', async () => {
      await questionForReferrer();
      return to('referrer', '/api/notifications/read-all');
    }),
  ],
  'POST /api/requests/:requestId/outcome/preview': [
    audited(
      'outcome.letters_previewed',
      async () => {
        const { id, version } = await inReview();
        return to('consultant', `/api/requests/${id}/outcome/preview`, outcomeBody(version));
      },
      { detail: { category: 'discharge_with_advice' } },
    ),
  ],
  'POST /api/requests/:requestId/addenda': [
    audited('outcome.addendum_signed', async () =>
      to('consultant', `/api/requests/${(await withOutcome()).id}/addenda`, { text: 'Review if it changes.' }),
    ),
  ],
  'GET /api/worklist': [audited('worklist.viewed', () => to('consultant', '/api/worklist'))],
  'GET /api/service/cases': [audited('worklist.viewed', () => to('admin', '/api/service/cases'))],
  'GET /api/escalations': [audited('request.listed', () => to('consultant', '/api/escalations'))],
  'GET /api/requests/:requestId/conversion': [
    audited('request.viewed', async () => to('consultant', `/api/requests/${(await inReview()).id}/conversion`)),
  ],
  'GET /api/diagnoses': [unaudited(() => to('consultant', '/api/diagnoses'))],
  'GET /api/services/:serviceId/plan-templates': [
    unaudited(() => to('admin', `/api/services/${serviceId}/plan-templates`)),
  ],
  'PUT /api/services/:serviceId/plan-templates/:diagnosisCode': [
    audited('plan_template.saved', () =>
      to('admin', `/api/services/${serviceId}/plan-templates/${diagnosis.code}`, { text: 'Reassure.' }),
    ),
  ],
  'POST /api/services/:serviceId/plan-templates/:diagnosisCode/retire': [
    audited('plan_template.retired', () =>
      to('admin', `/api/services/${serviceId}/plan-templates/${diagnoses.at(-1)!.code}/retire`),
    ),
  ],
  'POST /api/services/:serviceId/plan-templates/:diagnosisCode/restore': [
    audited('plan_template.restored', () =>
      to('admin', `/api/services/${serviceId}/plan-templates/${diagnoses.at(-1)!.code}/restore`),
    ),
  ],
  'PUT /api/services/:serviceId/leaflets/:diagnosisCode': [
    audited(
      'leaflets.saved',
      () =>
        to('admin', `/api/services/${serviceId}/leaflets/${diagnoses.at(-1)!.code}`, {
          leaflets: [{ title: 'Moles', url: 'https://www.nhs.uk/conditions/moles/' }],
        }),
      { detail: { diagnosisCode: diagnoses.at(-1)!.code, count: 1 } },
    ),
  ],
  'GET /api/letters/:letterId': [
    audited('letter.downloaded', async () => {
      const { outcomeId } = await withOutcome();
      const { rows } = await t.db.pool.query<{ id: string }>(
        "SELECT id FROM letters WHERE outcome_id = $1 AND audience = 'referrer'",
        [outcomeId],
      );
      return to('referrer', `/api/letters/${rows[0]!.id}`);
    }),
  ],
  'POST /api/requests/:requestId/messages': [
    audited(
      'message.sent',
      async () =>
        to('consultant', `/api/requests/${(await inReview()).id}/messages`, { kind: 'question', body: 'Bled?' }),
      {
        variant: "a consultant's question, which pauses the clock",
        detail: { kind: 'question', transition: { action: 'request_information', to: 'information_requested' } },
      },
    ),
    audited(
      'message.sent',
      async () => {
        const { id } = await inReview();
        await send('consultant', 'POST', `/api/requests/${id}/messages`, { kind: 'question', body: 'Bled?' });
        return to('referrer', `/api/requests/${id}/messages`, { kind: 'answer', body: 'No.' });
      },
      {
        variant: "the referrer's answer, which returns the case to the worklist",
        detail: { kind: 'answer', transition: { action: 'answer_information', to: 'ready_for_review' } },
      },
    ),
    audited(
      'message.sent',
      async () => to('referrer', `/api/requests/${(await submitted()).id}/messages`, { kind: 'note', body: 'Away.' }),
      { variant: 'a note' },
    ),
  ],

  // A partial resumable upload is a scratch file on the web process's disk, not a record: the photograph
  // becomes a record, and is audited once, when POST /api/images (or /api/patient/images) takes it in.
  'POST /api/uploads': [
    unaudited(async () => to('referrer', '/api/uploads', undefined, tusCreation(uploadMetadata(await draft())))),
  ],
  // tus creates an upload at whatever path is posted to.
  'POST /api/uploads/:uploadId': [
    unaudited(async () =>
      to('referrer', '/api/uploads/anywhere', undefined, tusCreation(uploadMetadata(await draft()))),
    ),
  ],
  'PATCH /api/uploads/:uploadId': [
    unaudited(async () => {
      const uploadId = await startedUpload(await signedIn('referrer'), await draft(), '/api/uploads');
      return to('referrer', `/api/uploads/${uploadId}`, Buffer.alloc(50), tusChunk);
    }),
  ],
  'DELETE /api/uploads/:uploadId': [
    unaudited(async () => {
      const uploadId = await startedUpload(await signedIn('referrer'), await draft(), '/api/uploads');
      return to('referrer', `/api/uploads/${uploadId}`, undefined, { 'tus-resumable': '1.0.0' });
    }),
  ],
  // tus takes bytes or ends an upload only at the upload's own path: here it answers 404, and nothing is written.
  'PATCH /api/uploads': [unaudited(() => to('referrer', '/api/uploads', Buffer.alloc(50), tusChunk), 404)],
  'DELETE /api/uploads': [
    unaudited(() => to('referrer', '/api/uploads', undefined, { 'tus-resumable': '1.0.0' }), 404),
  ],
  'POST /api/images': [
    audited('image.received', async () => {
      const uploadId = await finishedUpload(await signedIn('referrer'), await draft(), '/api/uploads');
      return to('referrer', '/api/images', { uploadId });
    }),
  ],
  'GET /api/requests/:requestId/images': [
    audited('image.listed', async () => to('referrer', `/api/requests/${(await draft()).id}/images`)),
  ],
  'GET /api/images/:imageId/:variant': [
    audited('image.viewed', async () => to('referrer', `/api/images/${await photographed(await draft())}/viewing`)),
  ],
  // One Deep Zoom tile of a very large photograph. Tiles are not audited one by one (a viewer asks for dozens at
  // once, and each audit row waits for the chain's lock): the route's summary says the photograph is audited when
  // it is opened. But the tiled viewer (web/src/features/review/viewer-pane.tsx) never asks for the audited
  // `viewing` copy: opening one is audited only by the case's photo list and its thumbnail. This line is what the
  // route does today; it stays open until that is settled.
  'GET /api/images/:imageId/tiles/:level/:tile': [
    unaudited(async () => {
      const large = await testImages.resize(fixturePhotoPath('Landscape_3.jpg'), 3000, 2250, 80);
      return to('referrer', `/api/images/${await photographed(await draft(), { bytes: large })}/tiles/0/0_0.jpg`);
    }),
  ],
  'POST /api/images/:imageId/remove': [
    audited(
      'image.removed',
      async () => {
        const imageId = await photographed(await draft());
        return to('referrer', `/api/images/${imageId}/remove`, { reason: 'The wrong lesion' });
      },
      { variant: 'the referrer, from a draft', detail: { reason: 'The wrong lesion', state: 'draft' } },
    ),
    audited(
      'image.removed',
      async () => {
        const { request } = await arrived();
        const imageId = await photographed(request, { who: 'photographer', view: 'regional' });
        return to('photographer', `/api/images/${imageId}/remove`, { reason: 'Out of focus' });
      },
      {
        variant: 'the photographer, during the appointment',
        detail: { reason: 'Out of focus', state: 'awaiting_images' },
      },
    ),
  ],
  'POST /api/requests/:requestId/images-complete': [
    audited(
      'request.transitioned',
      async () => {
        const request = await submitted();
        await photographed(request, { process: false });
        return to('referrer', `/api/requests/${request.id}/images-complete`);
      },
      { detail: { action: 'images_complete', to: 'ready_for_review' } },
    ),
  ],
  'POST /api/requests/:requestId/patient-links': [
    audited('patient_link.sent', async () =>
      to('referrer', `/api/requests/${(await draft()).id}/patient-links`, { channel: 'sms' }),
    ),
  ],
  'DELETE /api/requests/:requestId/patient-links/current': [
    audited('patient_link.revoked', async () => {
      const { id } = await draft();
      await send('referrer', 'POST', `/api/requests/${id}/patient-links`, { channel: 'email' });
      return to('referrer', `/api/requests/${id}/patient-links/current`);
    }),
  ],
  // Feedback is kept without the patient's identity: the results are counts per answer per month.
  'GET /api/services/:serviceId/feedback': [unaudited(() => to('admin', `/api/services/${serviceId}/feedback`))],
  'GET /api/services/:serviceId/feedback.csv': [
    unaudited(() => to('admin', `/api/services/${serviceId}/feedback.csv`)),
  ],
  'GET /api/services/:serviceId/dashboard': [
    audited('dashboard.viewed', () => to('admin', `/api/services/${serviceId}/dashboard`)),
    audited('dashboard.viewed', () => to('consultant', `/api/services/${serviceId}/dashboard?pathway=referral`), {
      variant: 'a consultant, filtered',
      detail: { pathway: 'referral', format: 'json' },
    }),
  ],
  'GET /api/services/:serviceId/dashboard.csv': [
    audited('dashboard.viewed', () => to('admin', `/api/services/${serviceId}/dashboard.csv?table=volume`), {
      detail: { format: 'csv', table: 'volume' },
    }),
  ],

  'GET /p/:token': [
    audited('patient_link.opened', async () => {
      const { id } = await draft();
      await send('referrer', 'POST', `/api/requests/${id}/patient-links`, { channel: 'email' });
      const { rows } = await t.db.pool.query<{ body_text: string }>(
        'SELECT body_text FROM outbox WHERE request_id = $1 ORDER BY created_at DESC LIMIT 1',
        [id],
      );
      return to('anonymous', `/p/${/\/p\/([A-Za-z0-9_-]{43})/.exec(rows[0]!.body_text)![1]}`);
    }),
  ],
  // Whether the date of birth is confirmed, and the practice's name and number: nothing of the patient.
  'GET /api/patient/session': [unaudited(async () => to(await patientOf((await draft()).id), '/api/patient/session'))],
  'POST /api/patient/verify': [
    audited('patient_link.verified', async () =>
      to(await patientOf((await draft()).id, false), '/api/patient/verify', { dateOfBirth: '1970-05-17' }),
    ),
  ],
  'GET /api/patient/request': [
    audited('patient.viewed_own_request', async () => to(await patientOf((await draft()).id), '/api/patient/request')),
  ],
  'POST /api/patient/consent': [
    audited('consent.recorded', async () =>
      to(await patientOf((await draft({ consent: false })).id), '/api/patient/consent', {
        referralAndImageSharing: true,
      }),
    ),
    // The last thing a clinic patient's link asks: the referrer is told, and the call's one row says so.
    audited(
      'consent.recorded',
      async () => {
        const patient = await patientOf((await draft({ consent: false, photography: 'clinic' })).id);
        await patientSends(patient, 'PUT', '/api/patient/questionnaire', { answers: questionnaire, complete: true });
        return to(patient, '/api/patient/consent', { referralAndImageSharing: true });
      },
      {
        variant: 'the last task: the referrer told',
        detail: { patientFinished: { notificationId: expect.any(String) } },
      },
    ),
  ],
  'PUT /api/patient/questionnaire': [
    audited('patient.questionnaire_saved', async () =>
      to(await patientOf((await draft()).id), '/api/patient/questionnaire', { answers: questionnaire, complete: true }),
    ),
    audited(
      'patient.questionnaire_saved',
      async () => {
        const request = await draft();
        const patient = await patientOf(request.id);
        await patientPhoto(patient, request);
        return to(patient, '/api/patient/questionnaire', { answers: questionnaire, complete: true });
      },
      {
        variant: 'the last task: the referrer told',
        detail: { patientFinished: { notificationId: expect.any(String) } },
      },
    ),
  ],
  'POST /api/patient/uploads': [
    unaudited(async () => {
      const request = await draft();
      return to(await patientOf(request.id), '/api/patient/uploads', undefined, tusCreation(uploadMetadata(request)));
    }),
  ],
  'POST /api/patient/uploads/:uploadId': [
    unaudited(async () => {
      const request = await draft();
      const patient = await patientOf(request.id);
      return to(patient, '/api/patient/uploads/anywhere', undefined, tusCreation(uploadMetadata(request)));
    }),
  ],
  'PATCH /api/patient/uploads/:uploadId': [
    unaudited(async () => {
      const request = await draft();
      const patient = await patientOf(request.id);
      const uploadId = await startedUpload(asUploader(patient), request, '/api/patient/uploads');
      return to(patient, `/api/patient/uploads/${uploadId}`, Buffer.alloc(50), tusChunk);
    }),
  ],
  'DELETE /api/patient/uploads/:uploadId': [
    unaudited(async () => {
      const request = await draft();
      const patient = await patientOf(request.id);
      const uploadId = await startedUpload(asUploader(patient), request, '/api/patient/uploads');
      return to(patient, `/api/patient/uploads/${uploadId}`, undefined, { 'tus-resumable': '1.0.0' });
    }),
  ],
  'PATCH /api/patient/uploads': [
    unaudited(
      async () => to(await patientOf((await draft()).id), '/api/patient/uploads', Buffer.alloc(50), tusChunk),
      404,
    ),
  ],
  'DELETE /api/patient/uploads': [
    unaudited(
      async () =>
        to(await patientOf((await draft()).id), '/api/patient/uploads', undefined, { 'tus-resumable': '1.0.0' }),
      404,
    ),
  ],
  'POST /api/patient/images': [
    audited('image.received', async () => {
      const request = await draft();
      const patient = await patientOf(request.id);
      const uploadId = await finishedUpload(asUploader(patient), request, '/api/patient/uploads');
      return to(patient, '/api/patient/images', { uploadId });
    }),
    // The images module writes the photo's row and knows nothing of links: telling the referrer is a row of its own.
    audited(
      ['patient_link.finished', 'image.received'],
      async () => {
        const request = await draft();
        const patient = await patientOf(request.id);
        await patientSends(patient, 'PUT', '/api/patient/questionnaire', { answers: questionnaire, complete: true });
        const uploadId = await finishedUpload(asUploader(patient), request, '/api/patient/uploads');
        return to(patient, '/api/patient/images', { uploadId });
      },
      { variant: 'the last task: the referrer told' },
    ),
  ],
  'GET /api/patient/images/:imageId/thumbnail': [
    audited('image.viewed', async () => {
      const request = await draft();
      const patient = await patientOf(request.id);
      const { image } = await uploadPhoto(t.app, asUploader(patient), {
        requestId: request.id,
        lesionId: request.lesionIds[0]!,
        bytes: await fs.readFile(fixturePhotoPath('Landscape_5.jpg')),
        endpoint: '/api/patient/uploads',
        ingest: '/api/patient/images',
      });
      await processed(image!.json().id);
      return to(patient, `/api/patient/images/${image!.json().id}/thumbnail`);
    }),
  ],
  'GET /api/patient/letter': [
    audited('patient.letter_downloaded', async () => {
      const patient = await patientOf((await withOutcome()).id);
      return to(patient, '/api/patient/letter');
    }),
  ],
  'POST /api/patient/feedback': [
    audited('feedback.received', async () => {
      const patient = await patientOf((await withOutcome()).id);
      return to(patient, '/api/patient/feedback', { friendsAndFamily: 'very_good' });
    }),
  ],
  'GET /api/patient/appointment': [
    audited('patient.viewed_own_request', async () =>
      to(await patientOf((await booked()).request.id), '/api/patient/appointment'),
    ),
  ],
  'GET /api/patient/appointment/letter': [
    audited('patient.letter_downloaded', async () => {
      const { request, appointmentId } = await booked();
      await letters().handle({ kind: 'appointment', appointmentId, outboxId: null }, t.services.jobs.boss);
      return to(await patientOf(request.id), '/api/patient/appointment/letter');
    }),
  ],
  'POST /api/patient/appointment/move': [
    audited('appointment.moved', async () => {
      const patient = await patientOf((await booked()).request.id);
      const mine = await t.app.inject({ url: '/api/patient/appointment', headers: patient.headers });
      return to(patient, '/api/patient/appointment/move', { slotId: mine.json().offers[0].slotId });
    }),
  ],
  'POST /api/patient/appointment/cancel': [
    audited('appointment.cancelled', async () =>
      to(await patientOf((await booked()).request.id), '/api/patient/appointment/cancel', { reason: 'Better now' }),
    ),
  ],

  // Sites, the photographers' names, sessions with their counts, the clinic report's totals: no patient in them.
  'GET /api/clinic-sites': [unaudited(() => to('photographer', '/api/clinic-sites'))],
  'POST /api/clinic-sites': [
    audited('clinic_site.created', () =>
      to('clerk', '/api/clinic-sites', { clinicId, name: 'Easton Surgery', address: 'Easton', postcode: 'NV9 4XY' }),
    ),
  ],
  'PUT /api/clinic-sites/:siteId': [
    audited('clinic_site.updated', () =>
      to('admin', `/api/clinic-sites/${siteId}`, { name: 'Northgate', address: 'North Gate', postcode: 'NV1 2AB' }),
    ),
  ],
  'GET /api/clinic-photographers': [unaudited(() => to('clerk', '/api/clinic-photographers'))],
  'GET /api/clinic-sessions': [
    unaudited(async () => {
      await booked();
      return to('clerk', '/api/clinic-sessions');
    }),
  ],
  'POST /api/clinic-sessions': [
    audited('clinic_session.created', () =>
      to('clerk', '/api/clinic-sessions', {
        siteId,
        date: londonDate(new Date(t.clock.now().getTime() + 2 * 86_400_000)),
        start: '13:00',
        end: '14:00',
        slotMinutes: 30,
        photographerIds: [accounts.get('photographer')!.id],
      }),
    ),
  ],
  'GET /api/clinic-sessions/:sessionId': [
    audited('clinic_session.viewed', async () => to('admin', `/api/clinic-sessions/${(await booked()).session.id}`)),
  ],
  'POST /api/clinic-sessions/:sessionId/cancel': [
    audited(
      'clinic_session.cancelled',
      async () => to('clerk', `/api/clinic-sessions/${(await clinicSession()).id}/cancel`, { reason: 'Unwell' }),
      { variant: 'with nobody booked' },
    ),
    // The one call here that writes more than one row: a row for each patient whose appointment it cancels, so
    // that each patient's trail shows the cancellation (a row names one patient), and one for the session.
    audited(
      ['appointment.cancelled', 'clinic_session.cancelled'],
      async () => to('clerk', `/api/clinic-sessions/${(await booked()).session.id}/cancel`, { reason: 'Unwell' }),
      { variant: 'with a patient booked' },
    ),
  ],
  'GET /api/service/clinic-report': [unaudited(() => to('admin', '/api/service/clinic-report'))],
  'GET /api/booking-queue': [audited('booking_queue.viewed', () => to('clerk', '/api/booking-queue'))],
  // Slots ranked by nearness to the patient's postcode district: the answer holds slots and sites only.
  'GET /api/requests/:requestId/slot-offers': [
    unaudited(async () => {
      const { id } = await clinicReferral();
      await clinicSession();
      return to('clerk', `/api/requests/${id}/slot-offers`);
    }),
  ],
  'GET /api/requests/:requestId/patient-contact': [
    audited('patient.viewed', async () => to('clerk', `/api/requests/${(await clinicReferral()).id}/patient-contact`)),
  ],
  'GET /api/requests/:requestId/appointments': [
    audited('appointment.listed', async () =>
      to('referrer', `/api/requests/${(await booked()).request.id}/appointments`),
    ),
  ],
  'POST /api/requests/:requestId/appointments': [
    audited('appointment.booked', async () => {
      const { id } = await clinicReferral();
      const { slots } = await clinicSession();
      return to('clerk', `/api/requests/${id}/appointments`, { slotId: slots[0]!.id, channel: 'sms' });
    }),
  ],
  'POST /api/appointments/:appointmentId/move': [
    audited('appointment.moved', async () => {
      const { appointmentId, session } = await booked();
      return to('clerk', `/api/appointments/${appointmentId}/move`, { slotId: session.slots[1]!.id, channel: 'email' });
    }),
  ],
  'POST /api/appointments/:appointmentId/cancel': [
    audited('appointment.cancelled', async () =>
      to('clerk', `/api/appointments/${(await booked()).appointmentId}/cancel`, { reason: 'Away that week' }),
    ),
  ],
  'POST /api/appointments/:appointmentId/did-not-attend': [
    audited(
      'appointment.did_not_attend',
      async () => to('photographer', `/api/appointments/${(await missed()).appointmentId}/did-not-attend`),
      { variant: 'the first miss: one more offer' },
    ),
    audited(
      'appointment.did_not_attend',
      async () => {
        const first = await missed();
        await send('clerk', 'POST', `/api/appointments/${first.appointmentId}/did-not-attend`);
        const second = await missed(first.request);
        return to('clerk', `/api/appointments/${second.appointmentId}/did-not-attend`);
      },
      {
        variant: 'the second miss: returned to the referrer',
        detail: { result: 'returned_to_referrer', transition: { action: 'return_to_referrer', to: 'returned' } },
      },
    ),
  ],
  'GET /api/clinic-day': [audited('clinic_day.viewed', () => to('photographer', '/api/clinic-day'))],
  'GET /api/clinic-appointments/:appointmentId': [
    audited('appointment.viewed', async () =>
      to('photographer', `/api/clinic-appointments/${(await booked()).appointmentId}`),
    ),
  ],
  'POST /api/clinic-appointments/:appointmentId/arrived': [
    audited('appointment.arrived', async () =>
      to('photographer', `/api/clinic-appointments/${(await onTheDay()).appointmentId}/arrived`),
    ),
  ],
  'POST /api/clinic-appointments/:appointmentId/questionnaire': [
    audited('appointment.questionnaire_confirmed', async () =>
      to('photographer', `/api/clinic-appointments/${(await arrived()).appointmentId}/questionnaire`, {
        answers: questionnaire,
      }),
    ),
  ],
  'POST /api/clinic-appointments/:appointmentId/complete': [
    audited(
      'appointment.capture_completed',
      async () => {
        const { appointmentId, request } = await arrived();
        const photo = { who: 'photographer', process: false } as const;
        await photographed(request, { ...photo, view: 'regional', file: 'Landscape_1.jpg' });
        await photographed(request, { ...photo, view: 'close_up', file: 'Landscape_2.jpg' });
        await send('photographer', 'POST', `/api/clinic-appointments/${appointmentId}/questionnaire`, {
          answers: questionnaire,
        });
        return to('photographer', `/api/clinic-appointments/${appointmentId}/complete`);
      },
      { detail: { transition: { action: 'images_complete', to: 'ready_for_review' } } },
    ),
  ],
  'GET /api/test-clock': [unaudited(() => to('anonymous', '/api/test-clock'))],
  // Moved by nothing, so that the table's own clock stays where the other lines put it.
  'POST /api/test-clock/advance': [
    audited('test_clock.advanced', () => to('clerk', '/api/test-clock/advance', { minutes: 0 })),
  ],
};

/** The route's path as a pattern its URLs match, with or without a query string. */
function pathPattern(template: string): RegExp {
  const parts = template
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/?]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${parts.join('/')}(\\?.*)?$`);
}

let invitations = 0;
/** An invitation of a new booking clerk, to a new address each time. */
const invitationFor = (organisationId: string) => ({
  email: `invited-${(invitations += 1)}-${t.clock.now().getTime()}@test.example`,
  displayName: 'Invited Clerk',
  organisationId,
  roles: ['booking_clerk'],
});

/** Invites someone and returns the token from their email, as the outbox holds it before it is sent. */
async function invitationToken(): Promise<string> {
  const invitation = invitationFor(serviceId);
  await send('admin', 'POST', '/api/users/invitations', invitation);
  const { rows } = await t.db.pool.query<{ body_text: string }>('SELECT body_text FROM outbox WHERE recipient = $1', [
    invitation.email,
  ]);
  return /\/invitation\/([A-Za-z0-9_-]{43})/.exec(rows[0]!.body_text)![1]!;
}

const lastSeq = async () =>
  (await t.db.pool.query<{ seq: string }>('SELECT coalesce(max(seq), 0)::text AS seq FROM audit_events')).rows[0]!.seq;

beforeAll(async () => {
  t = await buildTestApp();
  const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  const clinic = await buildOrganisation(t.db.pool, { kind: 'community_clinic' });
  serviceId = service.id;
  clinicId = clinic.id;
  await linkOrganisations(t.db.pool, service.id, practice.id);
  await linkOrganisations(t.db.pool, service.id, clinic.id, 'clinic_provider');
  const users: [Who, string, Parameters<typeof buildUser>[1]['roles']][] = [
    ['referrer', practice.id, ['referrer']],
    ['consultant', service.id, ['consultant']],
    ['otherConsultant', service.id, ['consultant']],
    ['clerk', service.id, ['booking_clerk']],
    ['admin', service.id, ['service_admin']],
    ['sysadmin', service.id, ['system_admin']],
    ['photographer', clinic.id, ['photographer']],
  ];
  for (const [who, organisationId, roles] of users) {
    accounts.set(who, await buildUser(t.db.pool, { organisationId, roles }));
  }
  const site = await send('clerk', 'POST', '/api/clinic-sites', {
    clinicId,
    name: 'Northgate Health Centre',
    address: '1 North Gate, Northam',
    postcode: 'NV1 2AB',
  });
  siteId = site.json().id;
});
afterAll(() => t.close());

const isPluginRoute = (url: string) => url.startsWith('/api/docs');

describe('audit rows per successful call', () => {
  it('has a line for every route the app serves, and no stale ones', () => {
    const served = t.routes.filter((r) => !isPluginRoute(r.url)).map((r) => `${r.method} ${r.url}`);
    expect([...new Set(served)].sort()).toEqual(Object.keys(table).sort());
  });

  const cases = Object.entries(table).flatMap(([route, checks]) =>
    checks.map((check) => ({ ...check, route, name: check.variant ? `${route}: ${check.variant}` : route })),
  );

  it.each(cases)('$name', async ({ route, writes, status, detail, arrange }) => {
    const [method, template] = route.split(' ') as [string, string];
    const call = await arrange();
    expect(call.url).toMatch(pathPattern(template));
    const by = call.by;
    const signedInAs = by === 'anonymous' ? {} : typeof by === 'string' ? as(await signedIn(by)) : by.headers;
    const before = await lastSeq();
    const response = await t.app.inject({
      method: method as 'GET',
      url: call.url,
      headers: { ...signedInAs, ...call.headers },
      ...(call.payload === undefined ? {} : { payload: call.payload }),
    });
    if (status) expect(response.statusCode, response.body).toBe(status);
    else expect(response.statusCode, response.body).toBeLessThan(400);
    const { rows } = await t.db.pool.query<{ action: string; outcome: string; detail: Record<string, unknown> }>(
      'SELECT action, outcome, detail FROM audit_events WHERE seq > $1 ORDER BY seq',
      [before],
    );
    expect(rows.map(({ action, outcome }) => ({ action, outcome }))).toEqual(
      writes.map((action) => ({ action, outcome: 'allowed' })),
    );
    if (detail) expect(rows.at(-1)?.detail).toMatchObject(detail);
  });
});
