import type { FastifyInstance } from 'fastify';

/**
 * A request's address as logs keep it: without the query string, and without the token of a patient's link or a
 * staff invitation (a link opened is as good as the token in it while it works: an invitation's makes an account).
 */
export function loggedUrl(url: string): string {
  const [path = '', query] = url.split('?', 2);
  const withoutToken = path.replace(/^\/(p|invitation)\/[^/]+/, '/$1/[token]');
  return query === undefined ? withoutToken : `${withoutToken}?…`;
}

/**
 * One log line per request, when it is answered (instead of Fastify's two): method, address, status and time taken,
 * with the request id for following it through the logs.
 */
export function logRequests(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        req: { method: request.method, url: loggedUrl(request.url) },
        res: { statusCode: reply.statusCode },
        responseTime: reply.elapsedTime,
      },
      'request',
    );
  });
}
