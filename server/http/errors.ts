import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

/** Stable error codes; clients may rely on them. Each maps to exactly one HTTP status. */
export const errorStatus = {
  validation_failed: 400,
  bad_request: 400,
  not_signed_in: 401,
  session_ended: 401,
  sign_in_failed: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  too_many_requests: 429,
  internal: 500,
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof errorStatus;

const titles: Record<ErrorCode, string> = {
  validation_failed: 'Some of the information is not valid',
  bad_request: 'The request could not be understood',
  not_signed_in: 'You need to sign in',
  session_ended: 'Your session has ended',
  sign_in_failed: 'Sign-in failed',
  forbidden: 'You do not have permission to do this',
  csrf_failed: 'The request did not come from this service',
  not_found: 'Not found',
  conflict: 'Someone else changed this first',
  invalid_transition: 'This cannot be done at this stage',
  gone: 'This is no longer available',
  payload_too_large: 'Too large',
  unsupported_media_type: 'This type of file is not accepted',
  unprocessable: 'The content could not be read',
  too_many_requests: 'Too many attempts',
  internal: 'Something went wrong',
  unavailable: 'The service is temporarily unavailable',
};

export type FieldError = { field: string; message: string };

/** The one error type the service throws on purpose. */
export class AppError extends Error {
  override name = 'AppError';
  readonly code: ErrorCode;
  readonly fieldErrors: FieldError[];
  readonly headers: Record<string, string>;

  constructor(
    code: ErrorCode,
    message: string,
    options: { fieldErrors?: FieldError[]; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.fieldErrors = options.fieldErrors ?? [];
    this.headers = options.headers ?? {};
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

/** The code given to a 4xx that Fastify itself raised (body parsing, limits, unknown content type). */
const fastifyStatusCodes: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
};

export const notFound = (what = 'record') => new AppError('not_found', `No such ${what}.`);

/** RFC 9457 problem details. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  errors?: FieldError[];
  correlationId?: string;
};

export function problemFor(error: AppError, instance?: string): Problem {
  return {
    type: `/problems/${error.code.replaceAll('_', '-')}`,
    title: titles[error.code],
    status: error.status,
    detail: error.message,
    code: error.code,
    ...(instance ? { instance } : {}),
    ...(error.fieldErrors.length ? { errors: error.fieldErrors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, error: AppError): FastifyReply {
  for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
  return reply
    .status(error.status)
    .type('application/problem+json')
    .header('cache-control', 'no-store')
    .send(problemFor(error, reply.request.url.split('?')[0]));
}

/** Turns anything thrown into problem details; unexpected errors get a correlation id and nothing else. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) return sendProblem(reply, error);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fieldErrors = error.validation.map((issue) => ({
      field: fieldName(error.validationContext, issue.instancePath, issue.params),
      message: issue.message ?? 'Invalid value',
    }));
    const summary = fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; ');
    return sendProblem(reply, new AppError('validation_failed', summary, { fieldErrors }));
  }
  const fastifyError = error as FastifyError;
  const status = fastifyError.statusCode ?? 500;
  if (!isResponseSerializationError(error) && status >= 400 && status < 500) {
    const code = fastifyStatusCodes[status] ?? 'bad_request';
    return sendProblem(reply, new AppError(code, publicMessage(fastifyError)));
  }
  const correlationId = request.id;
  if (isDatabaseUnavailable(error)) {
    request.log.error({ err: error, correlationId }, 'database unavailable');
    return sendProblem(
      reply,
      new AppError(
        'unavailable',
        'The service cannot reach its database just now. Nothing was saved; try again in a minute.',
        {
          headers: { 'retry-after': '30' },
        },
      ),
    );
  }
  request.log.error({ err: error, correlationId }, 'unexpected error');
  return reply
    .status(500)
    .type('application/problem+json')
    .header('cache-control', 'no-store')
    .send({
      type: '/problems/internal',
      title: titles.internal,
      status: 500,
      detail: `An unexpected error occurred. Quote reference ${correlationId} if you contact support.`,
      code: 'internal',
      correlationId,
    } satisfies Problem);
}

function fieldName(context: string | undefined, instancePath: string, params: Record<string, unknown> | undefined) {
  const pathParts = instancePath.split('/').filter(Boolean);
  const missing = params && typeof params['missingProperty'] === 'string' ? [params['missingProperty']] : [];
  const joined = [...pathParts, ...missing].join('.');
  return joined || context || 'body';
}

/** Fastify's own 4xx messages are safe to show, but keep them short and free of internals. */
function publicMessage(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The request body is too large.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'This content type is not accepted here.';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The request body is empty; send JSON.';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'The request body is not valid JSON.';
    default:
      return error.message.split('\n')[0]?.slice(0, 200) ?? 'Bad request.';
  }
}

/** The database is down or unreachable (rather than the request being wrong): answer 503, not 500. */
function isDatabaseUnavailable(error: Error): boolean {
  const code = (error as { code?: unknown }).code;
  if (
    typeof code === 'string' &&
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08000', '08003', '08006'].includes(code)
  ) {
    return true;
  }
  return /timeout exceeded when trying to connect|Connection terminated|connect ECONNREFUSED/i.test(error.message);
}
