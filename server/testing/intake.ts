import type { LightMyRequestResponse } from 'fastify';
import type pg from 'pg';
import { withTransaction } from '../db/database.ts';
import { applyTransition } from '../modules/requests/apply-transition.ts';
import { findVisibleRequest } from '../modules/requests/requests.repository.ts';
import type { App } from '../http/app-types.ts';
import { as, type SignedIn } from './test-app.ts';

let sequence = Math.floor(Math.random() * 50_000);

/** A valid NHS number (Modulus 11), different on every call. */
export function nextNhsNumber(): string {
  for (;;) {
    sequence += 1;
    const first9 = String(400_000_000 + sequence * 7919).padStart(9, '0');
    const sum = [...first9].reduce((acc, digit, i) => acc + Number(digit) * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return `${first9}${check === 11 ? 0 : check}`;
  }
}

export const patientDetails = (overrides: Record<string, unknown> = {}) => ({
  nhsNumber: nextNhsNumber(),
  givenName: 'Ada',
  familyName: 'Lovelace',
  dateOfBirth: '1970-05-17',
  sex: 'female',
  mobile: '07700 900123',
  email: 'ada@example.com',
  address: '1 Test Street, Northam',
  postcode: 'nv1 4de',
  ...overrides,
});

export const completeHistory = {
  durationValue: 3,
  durationUnit: 'months',
  changes: 'Slowly growing',
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

export type Call = (
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
) => Promise<LightMyRequestResponse>;

export const caller =
  (app: App, user: SignedIn): Call =>
  (method, url, payload) =>
    app.inject({ method, url, headers: as(user), ...(payload ? { payload } : {}) });

/**
 * A complete draft made through the API as a referrer would make it.
 * Returns the request id and its lesion ids; throws on any refusal.
 */
export async function draftRequest(
  app: App,
  referrer: SignedIn,
  serviceId: string,
  options: {
    lesions?: number;
    history?: object;
    kind?: string;
    dateOfBirth?: string;
    consent?: boolean;
    photography?: 'referrer' | 'clinic';
    urgency?: 'routine' | 'urgent';
    postcode?: string;
    sizeMm?: number;
  } = {},
): Promise<{ id: string; lesionIds: string[]; patientId: string }> {
  const call = caller(app, referrer);
  const expectStatus = (response: Awaited<ReturnType<Call>>, status: number) => {
    if (response.statusCode !== status)
      throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
    return response;
  };
  const patient = expectStatus(
    await call(
      'POST',
      '/api/patients',
      patientDetails({
        ...(options.dateOfBirth ? { dateOfBirth: options.dateOfBirth } : {}),
        ...(options.postcode ? { postcode: options.postcode } : {}),
      }),
    ),
    201,
  );
  const created = expectStatus(
    await call('POST', '/api/requests', {
      patientId: patient.json<{ id: string }>().id,
      kind: options.kind ?? 'referral',
      urgency: options.urgency ?? 'routine',
      serviceId,
    }),
    201,
  );
  const id = created.json<{ id: string }>().id;
  expectStatus(
    await call('PATCH', `/api/requests/${id}`, {
      version: 1,
      clinicalQuestion: 'Is this a seborrhoeic keratosis?',
      history: { ...completeHistory, ...options.history },
      photography: options.photography ?? 'referrer',
    }),
    200,
  );
  const lesionIds: string[] = [];
  for (let i = 0; i < (options.lesions ?? 1); i += 1) {
    const lesion = expectStatus(
      await call('POST', `/api/requests/${id}/lesions`, {
        bodySite: 'forearm_front',
        laterality: i % 2 ? 'right' : 'left',
        description: `Brown warty plaque ${i + 1}`,
        sizeMm: options.sizeMm ?? 8,
      }),
      201,
    );
    lesionIds.push(lesion.json<{ id: string }>().id);
  }
  if (options.consent !== false) {
    expectStatus(
      await call('POST', `/api/requests/${id}/consent`, {
        referralAndImageSharing: true,
        teachingUse: false,
        method: 'verbal',
      }),
      201,
    );
  }
  return { id, lesionIds, patientId: patient.json<{ id: string }>().id };
}

/**
 * Stands in for the photographs capability in tests that are about what
 * happens after: marks a submitted request's images complete.
 */
export async function markImagesComplete(pool: pg.Pool, requestId: string, at: Date) {
  await withTransaction(pool, async (tx) => {
    const { rows } = await tx.query<{ service_id: string }>('SELECT service_id FROM requests WHERE id = $1', [
      requestId,
    ]);
    const request = (await findVisibleRequest(tx, [rows[0]!.service_id], requestId, { lock: true }))!;
    await applyTransition(tx, {
      request,
      action: { type: 'images_complete' },
      actor: { userId: null, organisationId: null, label: 'test: images complete', clientAddress: '' },
      at,
    });
  });
}

/**
 * Sends the patient of a request a link by email (read straight from the
 * outbox, as the mail would carry it), opens it and, when a date of birth is
 * given, confirms it. Returns the headers the patient's browser would send.
 */
export async function openPatientLinkAs(
  t: { app: App; db: { pool: pg.Pool } },
  referrer: SignedIn,
  requestId: string,
  dateOfBirth?: string,
): Promise<Record<string, string>> {
  const sent = await caller(t.app, referrer)('POST', `/api/requests/${requestId}/patient-links`, { channel: 'email' });
  if (sent.statusCode !== 201) throw new Error(`link not sent: ${sent.statusCode} ${sent.body}`);
  const { rows } = await t.db.pool.query<{ body_text: string }>(
    'SELECT body_text FROM outbox WHERE request_id = $1 ORDER BY created_at DESC LIMIT 1',
    [requestId],
  );
  const token = /\/p\/([A-Za-z0-9_-]{43})/.exec(rows[0]!.body_text)![1]!;
  const opened = await t.app.inject({ url: `/p/${token}` });
  const cookie = opened.cookies.find((c) => c.name === 'telederm_patient');
  if (!cookie) throw new Error(`link did not open: ${opened.statusCode}`);
  const headers: Record<string, string> = { cookie: `telederm_patient=${cookie.value}` };
  const session = await t.app.inject({ url: '/api/patient/session', headers });
  headers['x-csrf-token'] = session.json<{ csrfToken: string }>().csrfToken;
  if (dateOfBirth) {
    const verified = await t.app.inject({
      method: 'POST',
      url: '/api/patient/verify',
      headers,
      payload: { dateOfBirth },
    });
    if (verified.statusCode !== 204) throw new Error(`date of birth refused: ${verified.body}`);
  }
  return headers;
}
