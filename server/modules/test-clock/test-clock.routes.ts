import { z } from 'zod';
import type { MovableClock } from '../../clock.ts';
import { auditActorOf } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import type { Services } from '../../services.ts';
import { appendAuditEvent } from '../audit/index.ts';

const clockResponse = z.object({ now: z.date() });

/**
 * The service's time, read and moved forward by the browser tests, so that a test can reach an appointment's
 * start without waiting for it and compute the times it types from the service's own day. Registered only in
 * the test environment with a movable clock (app.ts); never in production, where config.ts also refuses the
 * setting that makes one.
 */
export function testClockRoutes(app: App, services: Services, clock: MovableClock) {
  app.get(
    '/api/test-clock',
    {
      config: { access: 'public' },
      schema: {
        summary: 'The test environment only: the service’s time',
        tags: ['test'],
        response: { 200: clockResponse, ...errorResponses },
      },
    },
    () => ({ now: clock.now() }),
  );

  app.post(
    '/api/test-clock/advance',
    {
      config: { access: 'signed-in' },
      schema: {
        summary: 'The test environment only: moves the service’s clock forward (everyone’s time moves with it)',
        tags: ['test'],
        body: z.object({
          /** How far to move, in whole minutes; never back. Two hours at most, so that a test cannot lose a day. */
          minutes: z.number().int().min(0).max(120),
        }),
        response: { 200: clockResponse, ...errorResponses },
      },
    },
    async (request) => {
      clock.advance({ minutes: request.body.minutes });
      const now = clock.now();
      await appendAuditEvent(services.pool, auditActorOf(request), now, {
        action: 'test_clock.advanced',
        detail: { minutes: request.body.minutes },
      });
      return { now };
    },
  );
}
