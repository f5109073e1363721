import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { buildOrganisation, buildUser } from '../../testing/factories.ts';
import { caller } from '../../testing/intake.ts';
import { buildTestApp, signInAs, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('the test clock routes', () => {
  it('tell the service’s time and move it forward, never back, for someone signed in', async () => {
    const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
    const user = await buildUser(t.db.pool, { organisationId: service.id, roles: ['booking_clerk'] });
    const call = caller(t.app, await signInAs(t.app, user.email, user.password));
    const before = t.clock.now();
    expect((await t.app.inject({ url: '/api/test-clock' })).json().now).toBe(before.toISOString());
    const moved = await call('POST', '/api/test-clock/advance', { minutes: 25 });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().now).toBe(new Date(before.getTime() + 25 * 60_000).toISOString());
    expect(t.clock.now()).toEqual(new Date(before.getTime() + 25 * 60_000));
    expect((await call('POST', '/api/test-clock/advance', { minutes: -5 })).statusCode).toBe(400);
    expect((await call('POST', '/api/test-clock/advance', { minutes: 121 })).statusCode).toBe(400);
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/test-clock/advance', payload: { minutes: 5 } });
    expect(anonymous.statusCode).toBe(401);
    expect(t.clock.now()).toEqual(new Date(before.getTime() + 25 * 60_000));
  });

  it('are not served outside the test environment, even with a movable clock', async () => {
    for (const env of ['production', 'development'] as const) {
      const { app, routes } = await buildApp(
        { ...t.services, config: { ...t.config, env } },
        { logger: false, webDist: null },
      );
      try {
        expect(routes.filter((r) => r.url.startsWith('/api/test-clock'))).toEqual([]);
        expect((await app.inject({ url: '/api/test-clock' })).statusCode).toBe(404);
      } finally {
        await app.close();
      }
    }
  });
});
