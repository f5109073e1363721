import { ApiError, networkProblem, problemFrom } from '../../api/api-error.ts';

type Method = 'GET' | 'POST' | 'PUT';

/**
 * The patient's own CSRF token, from GET /api/patient/session. Kept apart from the staff client's: a patient has
 * no staff session, and the staff session's 401s (or a member of staff signing out in the same browser) must not
 * wipe it, nor the patient's 401s end a staff session.
 */
let patientCsrfToken: string | null = null;

export function setPatientCsrfToken(token: string | null): void {
  patientCsrfToken = token;
}

/** The CSRF header for the patient's resumable uploads, sent by tus-js-client. */
export function patientCsrfHeaders(): Record<string, string> {
  return patientCsrfToken ? { 'X-CSRF-Token': patientCsrfToken } : {};
}

async function send<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') Object.assign(headers, patientCsrfHeaders());
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (cause) {
    throw new ApiError(networkProblem, { cause });
  }
  const text = response.status === 204 ? '' : await response.text();
  let payload: unknown;
  try {
    payload = text ? JSON.parse(text) : undefined;
  } catch {
    payload = undefined;
  }
  if (response.ok) return payload as T;
  throw new ApiError(problemFrom(response.status, payload));
}

/** The patient link's JSON API: same-origin, the patient's cookie, problem details turned into ApiError. */
export const patientApi = {
  get: <T>(path: string) => send<T>('GET', path),
  post: <T>(path: string, body?: unknown) => send<T>('POST', path, body),
  put: <T>(path: string, body?: unknown) => send<T>('PUT', path, body),
};
