import { AppError } from './errors.ts';

/**
 * Text that PostgreSQL cannot store or that is not Unicode: the NUL character (PostgreSQL refuses the byte, which
 * surfaced as a 500), and a lone UTF-16 surrogate (not a character at all; it would be stored as U+FFFD, silently
 * changing what was sent).
 */
// eslint-disable-next-line no-control-regex -- finding the NUL character is the point
const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The dotted path of the first text (or object key) in `value` that cannot be stored, or null when all can. */
export function findUnstorableText(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return unstorable.test(value) ? path : null;
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return null;
  for (const [key, inner] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (unstorable.test(key)) return path || 'body';
    const found = findUnstorableText(inner, at);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Refuses, with a 400 naming the field, a request whose body, query or path holds text that cannot be stored,
 * before any of it reaches a schema or the database. Runs for every route.
 */
export function refuseUnstorableText(request: { body: unknown; query: unknown; params: unknown }) {
  for (const part of [request.body, request.query, request.params]) {
    const field = findUnstorableText(part);
    if (field === null) continue;
    const message = `${field || 'The request'} contains a character that cannot be stored (a null character or broken Unicode). Remove it and try again.`;
    throw new AppError('validation_failed', message, { fieldErrors: [{ field: field || 'body', message }] });
  }
}
