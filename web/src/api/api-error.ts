/** One field the service refused, named as in the request body (e.g. `email`). */
export type FieldError = { field: string; message: string };

/** RFC 9457 problem details, as every error from the service is shaped. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: FieldError[];
  correlationId?: string;
};

/** Codes the web app adds for failures that never reached the service or came back unreadable. */
export const clientErrorCodes = { network: 'network_error', unreadable: 'unreadable_response' } as const;

/** A refused or failed request, carrying the service's problem details. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly problem: Problem;

  constructor(problem: Problem, options?: { cause?: unknown }) {
    super(problem.detail, options);
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
}

/** Reads a problem from an error body, or makes one up when the body is not a problem (a proxy's HTML page, say). */
export function problemFrom(status: number, body: unknown): Problem {
  if (isProblem(body)) return body;
  return {
    type: 'about:blank',
    title: 'Something went wrong',
    status,
    detail:
      status >= 500
        ? 'The service is not working at the moment. Try again later.'
        : 'The service gave an answer that could not be read. Try again later.',
    code: clientErrorCodes.unreadable,
  };
}

function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return typeof candidate['code'] === 'string' && typeof candidate['detail'] === 'string';
}

export const networkProblem: Problem = {
  type: 'about:blank',
  title: 'The service could not be reached',
  status: 0,
  detail: 'The service could not be reached. Check your internet connection and try again.',
  code: clientErrorCodes.network,
};
