import { Writable } from 'node:stream';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { buildOrganisation, buildUser } from '../testing/factories.ts';
import { as, buildTestApp, signInAs, type SignedIn, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let admin: SignedIn;
let serviceId: string;
beforeAll(async () => {
  t = await buildTestApp();
  serviceId = (await buildOrganisation(t.db.pool, { kind: 'dermatology_service' })).id;
  const user = await buildUser(t.db.pool, { organisationId: serviceId, roles: ['service_admin'] });
  admin = await signInAs(t.app, user.email, user.password);
});
afterAll(() => t.close());

describe('security headers', () => {
  it('are on every response, and API responses are never cached', async () => {
    const response = await t.app.inject({ url: '/api/users', headers: as(admin) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('are on error responses too', async () => {
    const response = await t.app.inject({ url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.json()).toMatchObject({ status: 404, code: 'not_found', type: '/problems/not-found' });
  });
});

describe('errors', () => {
  it('an unexpected failure answers a generic 500 with a correlation id and no internals', async () => {
    await t.db.pool.query('ALTER TABLE organisations RENAME TO organisations_moved');
    try {
      const response = await t.app.inject({ url: '/api/organisations', headers: as(admin) });
      expect(response.statusCode).toBe(500);
      const body = response.json();
      expect(body.code).toBe('internal');
      expect(body.correlationId).toMatch(/^[0-9a-f-]{36}$/);
      expect(body.detail).toContain(body.correlationId);
      expect(response.body).not.toMatch(/organisations_moved|relation "|\.ts:\d+|\n\s+at |SELECT/);
    } finally {
      await t.db.pool.query('ALTER TABLE organisations_moved RENAME TO organisations');
    }
  });

  it('the correlation id of an unexpected failure is in the log, with the cause, and secrets are redacted', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logged = await buildApp(t.services, { logger: pino({ level: 'info' }, stream), webDist: null });
    await t.db.pool.query('ALTER TABLE organisations RENAME TO organisations_moved');
    try {
      const response = await logged.app.inject({ url: '/api/organisations', headers: as(admin) });
      const { correlationId } = response.json();
      const entry = lines.map((l) => JSON.parse(l)).find((l) => l.correlationId === correlationId);
      expect(entry?.err?.message).toMatch(/organisations/);
      expect(lines.join('')).not.toContain(admin.cookie.split('=')[1]);
    } finally {
      await t.db.pool.query('ALTER TABLE organisations_moved RENAME TO organisations');
      await logged.app.close();
    }
  });

  it('validation errors name each field', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(admin),
      payload: { email: 'not-an-email', displayName: '', password: 'x', organisationId: 'nope', roles: [] },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'displayName', 'organisationId', 'roles']));
  });

  it('malformed JSON is a 400 problem, not a crash', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('bad_request');
  });

  it('__proto__ in a JSON body has no effect', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":"a@b.example","password":"x","__proto__":{"polluted":true}}',
    });
    expect([400, 401]).toContain(response.statusCode);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('scoping', () => {
  it("another organisation's record answers 404, with nothing of it in the body, and the attempt is audited", async () => {
    const elsewhere = await buildOrganisation(t.db.pool, { kind: 'gp_practice', name: 'Secret Valley Surgery' });
    const response = await t.app.inject({ url: `/api/organisations/${elsewhere.id}`, headers: as(admin) });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('Secret Valley');
    const missing = await t.app.inject({
      url: '/api/organisations/00000000-0000-4000-8000-000000000000',
      headers: as(admin),
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().detail).toBe(response.json().detail);
    const { rows } = await t.db.pool.query(
      "SELECT outcome FROM audit_events WHERE action = 'access.denied' AND record_id = $1",
      [elsewhere.id],
    );
    expect(rows).toEqual([{ outcome: 'denied' }]);
  });

  it('lists never include another organisation’s users', async () => {
    const other = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
    const outsider = await buildUser(t.db.pool, { organisationId: other.id, roles: ['consultant'] });
    const response = await t.app.inject({ url: '/api/users', headers: as(admin) });
    expect(response.json().users.map((u: { id: string }) => u.id)).not.toContain(outsider.id);
    const asked = await t.app.inject({ url: `/api/users?organisationId=${other.id}`, headers: as(admin) });
    expect(asked.statusCode).toBe(404);
  });

  it('a body naming another organisation cannot create a user there', async () => {
    const other = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(admin),
      payload: {
        email: 'intruder@test.example',
        displayName: 'Intruder',
        password: 'a long enough passphrase',
        organisationId: other.id,
        roles: ['booking_clerk'],
      },
    });
    expect(response.statusCode).toBe(404);
    const { rowCount } = await t.db.pool.query("SELECT 1 FROM users WHERE email = 'intruder@test.example'");
    expect(rowCount).toBe(0);
  });

  it('a consultant of two services sees both and not a third', async () => {
    const a = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
    const b = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
    const c = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
    const user = await buildUser(t.db.pool, {
      organisationId: a.id,
      roles: ['consultant'],
      also: [{ organisationId: b.id, roles: ['consultant'] }],
    });
    const session = await signInAs(t.app, user.email, user.password);
    for (const [org, status] of [
      [a, 200],
      [b, 200],
      [c, 404],
    ] as const) {
      expect((await t.app.inject({ url: `/api/organisations/${org.id}`, headers: as(session) })).statusCode).toBe(
        status,
      );
    }
  });
});

describe('OpenAPI', () => {
  it('is generated from the route schemas as OpenAPI 3.1, with a reference page', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(
      doc.paths['/api/auth/sign-in'].post.requestBody.content['application/json'].schema.properties,
    ).toHaveProperty('email');
    expect(Object.keys(doc.paths)).toContain('/api/users/{userId}/disable');
    const page = await t.app.inject({ url: '/api/docs' });
    expect([200, 302]).toContain(page.statusCode);
  });
});

describe('database unavailable', () => {
  it('answers 503 with Retry-After, and recovers without a restart', async () => {
    const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
    const user = await buildUser(t.db.pool, { organisationId: service.id, roles: ['service_admin'] });
    const session = await signInAs(t.app, user.email, user.password);
    const reachable = t.services.pool;
    // Port 1 on loopback refuses every connection, as a stopped server does.
    const unreachable = new pg.Pool({ host: '127.0.0.1', port: 1, user: 'postgres', connectionTimeoutMillis: 2_000 });
    unreachable.on('error', () => {});
    t.services.pool = unreachable;
    try {
      const down = await t.app.inject({ url: '/api/users', headers: as(session) });
      expect(down.statusCode).toBe(503);
      expect(down.headers['retry-after']).toBe('30');
      expect(down.json()).toMatchObject({ code: 'unavailable' });
      expect(down.body).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
      expect((await t.app.inject({ url: '/health/ready' })).statusCode).toBe(503);
    } finally {
      t.services.pool = reachable;
      await unreachable.end();
    }
    expect((await t.app.inject({ url: '/health/ready' })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/users', headers: as(session) })).statusCode).toBe(200);
  });
});
