import { ApiError, networkProblem, problemFrom } from './api-error.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Whose session a request goes with: a member of staff's sign-in, or a patient's secure link (the patient pages).
 * Each keeps its own CSRF token, so that a staff 401 (or a member of staff signing out in the same browser) does
 * not wipe a patient's token, nor a patient's 401 end a staff session.
 */
export type Session = 'staff' | 'patient';

/** Options of one request; the staff session unless told otherwise. */
export type RequestOptions = { session?: Session };

const unsafeMethods = new Set<Method>(['POST', 'PUT', 'PATCH', 'DELETE']);

const csrfTokens: Record<Session, string | null> = { staff: null, patient: null };
const notSignedInListeners = new Set<(error: ApiError) => void>();

/**
 * The token the service expects as X-CSRF-Token on every state change. It comes with the session, so the session
 * provider (staff) or the patient provider sets it on sign-in or verification and clears it on sign-out.
 */
export function setCsrfToken(token: string | null, session: Session = 'staff'): void {
  csrfTokens[session] = token;
}

/** The CSRF header for requests the service answers outside `api`: the resumable uploads, sent by tus-js-client. */
export function csrfHeaders(session: Session = 'staff'): Record<string, string> {
  const token = csrfTokens[session];
  return token ? { 'X-CSRF-Token': token } : {};
}

/** Calls back whenever the service answers 401 to staff, so a session that ended anywhere is noticed everywhere. */
export function onNotSignedIn(listener: (error: ApiError) => void): () => void {
  notSignedInListeners.add(listener);
  return () => notSignedInListeners.delete(listener);
}

async function request<T>(method: Method, path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  const session = options.session ?? 'staff';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (unsafeMethods.has(method)) Object.assign(headers, csrfHeaders(session));

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

  const payload = await readBody(response);
  if (response.ok) return payload as T;

  const error = new ApiError(problemFrom(response.status, payload));
  // A patient's link ending is the patient pages' business, not a reason to sign staff out.
  if (response.status === 401 && session === 'staff') for (const listener of notSignedInListeners) listener(error);
  throw error;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The service's JSON API: same-origin, cookie session, problem details turned into ApiError. */
export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, body, options),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, body, options),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PATCH', path, body, options),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, undefined, options),
};
