import { z } from 'zod';
import type { App } from '../../http/app-types.ts';
import { migrationsApplied } from '../../db/migrate.ts';
import type { Services } from '../../services.ts';

export function healthRoutes(app: App, services: Services) {
  app.get(
    '/health/live',
    {
      config: { access: 'public' },
      schema: {
        summary: 'The process is running',
        tags: ['health'],
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    () => ({ status: 'ok' as const }),
  );

  app.get(
    '/health/ready',
    {
      config: { access: 'public' },
      schema: {
        summary: 'The database answers and every migration is applied',
        tags: ['health'],
        response: {
          200: z.object({ status: z.literal('ready') }),
          503: z.object({ status: z.literal('unavailable'), reason: z.string() }),
        },
      },
    },
    async (_request, reply) => {
      try {
        const ready = await withTimeout(migrationsApplied(services.pool), 3_000);
        if (ready) return { status: 'ready' as const };
        return reply.status(503).send({ status: 'unavailable' as const, reason: 'migrations pending' });
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const, reason: 'database unreachable' });
      }
    },
  );
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
