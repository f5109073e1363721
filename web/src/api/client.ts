import { ApiError, networkProblem, problemFrom } from './api-error.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const unsafeMethods = new Set<Method>(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken: string | null = null;
const notSignedInListeners = new Set<(error: ApiError) => void>();

/**
 * The token the service expects as X-CSRF-Token on every state change. It
 * comes with the session, so the session provider sets it on sign-in and
 * clears it on sign-out.
 */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF header for requests the service answers outside `api`: the resumable uploads, sent by tus-js-client. */
export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { 'X-CSRF-Token': csrfToken } : {};
}

/** Calls back whenever the service answers 401, so a session that ended anywhere is noticed everywhere. */
export function onNotSignedIn(listener: (error: ApiError) => void): () => void {
  notSignedInListeners.add(listener);
  return () => notSignedInListeners.delete(listener);
}

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (unsafeMethods.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;

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
  if (response.status === 401) for (const listener of notSignedInListeners) listener(error);
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
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
