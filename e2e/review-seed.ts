import { expect, request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { demoPassword } from './demo-users.ts';
import { uniqueNhsNumber } from './nhs-numbers.ts';
import type { PhotoFile } from './photo-steps.ts';

/**
 * Cases made through the API, as a referrer's browser would make them, for the specs about what happens after
 * intake (and for e2e/measure-next-case.ts). Each signed-in user is an API context of their own, holding its
 * session cookie and sending the CSRF token on every change.
 */
export type ApiUser = {
  context: APIRequestContext;
  session: { user: { id: string; displayName: string }; memberships: { organisationId: string; kind: string }[] };
  call: <T = unknown>(method: 'GET' | 'POST' | 'PATCH' | 'PUT', path: string, body?: unknown) => Promise<T>;
};

export async function apiSignIn(baseURL: string, email: string, password = demoPassword): Promise<ApiUser> {
  const context = await playwrightRequest.newContext({ baseURL });
  const signedIn = await context.post('/api/auth/sign-in', { data: { email, password } });
  if (!signedIn.ok()) throw new Error(`sign-in as ${email}: ${signedIn.status()} ${await signedIn.text()}`);
  const session = (await signedIn.json()) as ApiUser['session'] & { csrfToken: string };
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await context.fetch(path, {
      method,
      headers: { 'x-csrf-token': session.csrfToken },
      ...(body === undefined ? {} : { data: body }),
    });
    if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return { context, session, call };
}

export type CaseOptions = {
  urgency?: 'urgent' | 'routine';
  kind?: 'referral' | 'advice_and_guidance';
  familyName?: string;
  /** YYYY-MM-DD; an adult's by default. */
  dateOfBirth?: string;
  /** Photographs of the one lesion, each with its view. */
  photos: { file: PhotoFile; view: 'regional' | 'close_up' | 'dermoscopic' }[];
};

const history = {
  durationValue: 3,
  durationUnit: 'months',
  changes: 'Slowly growing, darker at the edge',
  itch: true,
  bleeding: false,
  pain: false,
  immunosuppressed: false,
  transplant: false,
  previousSkinCancer: [],
  underHospitalConsultant: false,
  needsTertiaryCare: false,
  suspectedCancer: [],
};

/** A submitted request with one lesion and its photographs, ready for review; returns its id and reference. */
export async function readyCase(referrer: ApiUser, options: CaseOptions): Promise<{ id: string; reference: string }> {
  const { call } = referrer;
  const { organisations } = await call<{ organisations: { id: string; kind: string }[] }>('GET', '/api/organisations');
  const service = organisations.find((o) => o.kind === 'dermatology_service');
  if (!service) throw new Error('the referrer sees no dermatology service');
  const patient = await call<{ id: string }>('POST', '/api/patients', {
    nhsNumber: uniqueNhsNumber(),
    givenName: 'Alex',
    familyName: options.familyName ?? 'Review',
    dateOfBirth: options.dateOfBirth ?? '1961-03-14',
    sex: 'female',
    address: '4 Mill Lane, Northam',
    postcode: 'NV2 7RP',
  });
  const created = await call<{ id: string; reference: string }>('POST', '/api/requests', {
    patientId: patient.id,
    kind: options.kind ?? 'referral',
    urgency: options.urgency ?? 'routine',
    serviceId: service.id,
    photography: 'referrer',
  });
  const { id } = created;
  await call('PATCH', `/api/requests/${id}`, {
    version: 1,
    clinicalQuestion: 'Changing pigmented lesion: please advise on management.',
    history,
    ...(options.kind === 'advice_and_guidance' ? { conversionAuthorised: true } : {}),
  });
  const lesion = await call<{ id: string }>('POST', `/api/requests/${id}/lesions`, {
    bodySite: 'forearm_front',
    laterality: 'left',
    description: 'Brown warty plaque with a stuck-on look',
    sizeMm: 8,
  });
  await call('POST', `/api/requests/${id}/consent`, {
    referralAndImageSharing: true,
    teachingUse: false,
    method: 'verbal',
  });
  await call('POST', `/api/requests/${id}/submit`);
  for (const photo of options.photos) {
    await uploadPhoto(referrer, { requestId: id, lesionId: lesion.id, view: photo.view }, photo.file);
  }
  await waitForImages(referrer, id, options.photos.length);
  await call('POST', `/api/requests/${id}/images-complete`);
  return created;
}

/** Sends a photo as tus-js-client does, in one piece, and adds it to the lesion. */
async function uploadPhoto(
  user: ApiUser,
  target: { requestId: string; lesionId: string; view: string },
  file: PhotoFile,
): Promise<void> {
  const metadata = Object.entries({ ...target, filename: file.name })
    .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
    .join(',');
  const csrf = { 'x-csrf-token': (user.session as { csrfToken?: string }).csrfToken ?? '' };
  const created = await user.context.post('/api/uploads', {
    headers: {
      ...csrf,
      'tus-resumable': '1.0.0',
      'upload-length': String(file.buffer.length),
      'upload-metadata': metadata,
    },
  });
  const uploadId = created.headers()['location']?.split('/').pop();
  if (created.status() !== 201 || !uploadId) throw new Error(`upload refused: ${created.status()}`);
  const sent = await user.context.patch(`/api/uploads/${uploadId}`, {
    headers: {
      ...csrf,
      'tus-resumable': '1.0.0',
      'upload-offset': '0',
      'content-type': 'application/offset+octet-stream',
    },
    data: file.buffer,
  });
  if (sent.status() !== 204) throw new Error(`upload of ${file.name} stopped: ${sent.status()}`);
  await user.call('POST', '/api/images', { uploadId });
}

/** The service makes each photo's copies in the background; the case is complete once they are ready. */
async function waitForImages(user: ApiUser, requestId: string, count: number): Promise<void> {
  await expect
    .poll(
      async () => {
        const { images } = await user.call<{ images: { state: string }[] }>('GET', `/api/requests/${requestId}/images`);
        return images.length >= count && images.every((image) => image.state === 'ready');
      },
      { message: 'photographs processed', timeout: 30_000, intervals: [200] },
    )
    .toBe(true);
}

/** A second consultant of the demo service, made by its administrator; returns their sign-in. */
export async function addConsultant(baseURL: string, name: string): Promise<{ email: string; password: string }> {
  const admin = await apiSignIn(baseURL, 'admin@northvale.example');
  const service = admin.session.memberships.find((m) => m.kind === 'dermatology_service');
  if (!service) throw new Error('the administrator has no service');
  const email = `consultant-${Date.now()}-${Math.floor(Math.random() * 1e6)}@northvale.example`;
  const password = 'Lichen-planus-violaceous-42';
  const gmcNumber = String(7_000_000 + Math.floor(Math.random() * 999_999));
  await admin.call('POST', '/api/users', {
    email,
    displayName: name,
    password,
    organisationId: service.organisationId,
    roles: ['consultant'],
    gmcNumber,
  });
  await admin.context.dispose();
  return { email, password };
}

/** Signs an outcome through the API as the review page does: previews its letters, then signs naming the preview. */
export async function signOutcomeByApi(consultant: ApiUser, requestId: string, outcome: Record<string, unknown>) {
  const { previewDigest } = await consultant.call<{ previewDigest: string }>(
    'POST',
    `/api/requests/${requestId}/outcome/preview`,
    outcome,
  );
  return consultant.call('POST', `/api/requests/${requestId}/outcome`, { ...outcome, previewDigest });
}
