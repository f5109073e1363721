import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, testPassword } from '../../testing/factories.ts';
import { as, buildTestApp, sessionCookieOf, signInAs, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let practiceId: string;
let serviceId: string;
beforeAll(async () => {
  t = await buildTestApp();
  practiceId = (await buildOrganisation(t.db.pool)).id;
  serviceId = (await buildOrganisation(t.db.pool, { kind: 'dermatology_service' })).id;
});
afterAll(() => t.close());

const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password }, headers });

describe('sign-in', () => {
  it('starts a session in an HttpOnly, SameSite=Strict, Secure cookie and says who you are', async () => {
    const user = await buildUser(t.db.pool, { organisationId: practiceId, roles: ['referrer'] });
    const response = await signIn(user.email.toUpperCase(), user.password);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'telederm_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(cookie.secure).toBe(true);
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(response.json()).toMatchObject({ user: { email: user.email }, roles: ['referrer'] });
    const stored = await t.db.pool.query('SELECT token_hash FROM sessions WHERE user_id = $1', [user.id]);
    expect(stored.rows[0].token_hash).not.toContain(cookie.value);
  });

  it('answers an unknown user and a wrong password identically', async () => {
    const user = await buildUser(t.db.pool, { organisationId: practiceId, roles: ['referrer'] });
    const wrong = await signIn(user.email, 'not the password at all');
    const unknown = await signIn('nobody-here@test.example', 'not the password at all');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(wrong.statusCode);
    expect(unknown.body).toBe(wrong.body.replace(/"instance":"[^"]*"/, '"instance":"/api/auth/sign-in"'));
    expect(wrong.json().detail).toMatch(/email address or password is not right/);
  });

  it('throttles repeated failures from one address with 429 and then keeps it locked out for a while', async () => {
    const user = await buildUser(t.db.pool, { organisationId: practiceId, roles: ['referrer'] });
    for (let i = 0; i < t.config.signIn.maxFailuresPerAccountAndAddress; i += 1) {
      expect((await signIn(user.email, `wrong ${i}`)).statusCode).toBe(401);
    }
    const throttled = await signIn(user.email, user.password);
    expect(throttled.statusCode).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    expect(throttled.json().detail).toMatch(/Too many sign-in attempts/);
    t.clock.advance({ minutes: t.config.signIn.lockoutMinutes - 1 });
    expect((await signIn(user.email, user.password)).statusCode).toBe(429);
    t.clock.advance({ minutes: 2 });
    expect((await signIn(user.email, user.password)).statusCode).toBe(200);
  });

  it('throttles an unknown account exactly like a known one', async () => {
    for (let i = 0; i < t.config.signIn.maxFailuresPerAccountAndAddress; i += 1)
      await signIn('ghost@test.example', 'x');
    expect((await signIn('ghost@test.example', 'x')).statusCode).toBe(429);
    t.clock.advance({ minutes: t.config.signIn.lockoutMinutes + 1 });
  });

  it('cannot be used by someone elsewhere to lock a clinician out of their account', async () => {
    const user = await buildUser(t.db.pool, { organisationId: practiceId, roles: ['consultant'] });
    const from = (remoteAddress: string, password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: user.email, password },
        remoteAddress,
      });
    for (let i = 0; i <= t.config.signIn.maxFailuresPerAccountAndAddress; i += 1)
      await from('192.0.2.66', `guess ${i}`);
    expect((await from('192.0.2.66', user.password)).statusCode).toBe(429);
    // The clinician, at their own computer, is not locked out by it.
    expect((await from('198.51.100.7', user.password)).statusCode).toBe(200);
  });

  it('locks an account for everyone past a higher ceiling of failures spread over many addresses', async () => {
    const local = await buildTestApp({ SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '6' });
    try {
      const organisation = await buildOrganisation(local.db.pool);
      const user = await buildUser(local.db.pool, { organisationId: organisation.id, roles: ['referrer'] });
      const from = (remoteAddress: string, password: string) =>
        local.app.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          payload: { email: user.email, password },
          remoteAddress,
        });
      for (let i = 0; i < 6; i += 1) expect((await from(`203.0.113.${i + 1}`, 'guess')).statusCode).toBe(401);
      expect((await from('198.51.100.7', user.password)).statusCode).toBe(429);
      local.clock.advance({ minutes: local.config.signIn.lockoutMinutes + 1 });
      expect((await from('198.51.100.7', user.password)).statusCode).toBe(200);
    } finally {
      await local.close();
    }
  });

  it('throttles per address across accounts', async () => {
    const local = await buildTestApp({ SIGN_IN_MAX_FAILURES_PER_ADDRESS: '3' });
    try {
      for (let i = 0; i < 3; i += 1) {
        await local.app.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          payload: { email: `a${i}@x.example`, password: 'x' },
        });
      }
      const response = await local.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'fresh@x.example', password: 'x' },
      });
      expect(response.statusCode).toBe(429);
    } finally {
      await local.close();
    }
  });

  it('issues a new session id at every sign-in and ends the one the browser had', async () => {
    const user = await buildUser(t.db.pool, { organisationId: practiceId, roles: ['referrer'] });
    const first = await signInAs(t.app, user.email, user.password);
    const second = await signIn(user.email, user.password, { cookie: first.cookie });
    const secondCookie = sessionCookieOf(second);
    expect(secondCookie).not.toBe(first.cookie);
    expect((await t.app.inject({ url: '/api/auth/session', headers: { cookie: first.cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/auth/session', headers: { cookie: secondCookie } })).statusCode).toBe(200);
  });

  it('refuses a field-named 400 for a missing email', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { password: 'x' } });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'email' })]);
  });
});

describe('sessions', () => {
  it('end at sign-out: the same cookie is dead afterwards', async () => {
    const user = await buildUser(t.db.pool, { organisationId: practiceId, roles: ['referrer'] });
    const session = await signInAs(t.app, user.email, user.password);
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: as(session) });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ url: '/api/auth/session', headers: { cookie: session.cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('come with a hint the page can read, holding nothing secret, that goes when the session goes', async () => {
    const user = await buildUser(t.db.pool, { organisationId: practiceId, roles: ['referrer'] });
    const signedIn = await signIn(user.email, user.password);
    const hint = signedIn.cookies.find((c) => c.name === 'telederm_signed_in');
    expect(hint).toMatchObject({ value: '1', path: '/', sameSite: 'Strict' });
    expect(hint?.httpOnly).toBeFalsy();
    expect(signedIn.cookies.find((c) => c.name === 'telederm_session')?.httpOnly).toBe(true);
    const session = await signInAs(t.app, user.email, user.password);
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: as(session) });
    expect(out.cookies.find((c) => c.name === 'telederm_signed_in')?.expires?.getTime()).toBeLessThan(Date.now());
    // A session that has ended clears the hint too, so the page stops asking.
    const dead = await t.app.inject({ url: '/api/auth/session', headers: { cookie: session.cookie } });
    expect(dead.statusCode).toBe(401);
    expect(dead.cookies.find((c) => c.name === 'telederm_signed_in')?.expires?.getTime()).toBeLessThan(Date.now());
  });

  it('end after the idle timeout, and activity keeps them alive', async () => {
    const user = await buildUser(t.db.pool, { organisationId: practiceId, roles: ['referrer'] });
    const session = await signInAs(t.app, user.email, user.password);
    const idle = t.config.session.idleMinutes;
    t.clock.advance({ minutes: idle - 1 });
    expect((await t.app.inject({ url: '/api/auth/session', headers: { cookie: session.cookie } })).statusCode).toBe(
      200,
    );
    t.clock.advance({ minutes: idle - 1 });
    expect((await t.app.inject({ url: '/api/auth/session', headers: { cookie: session.cookie } })).statusCode).toBe(
      200,
    );
    t.clock.advance({ minutes: idle });
    const ended = await t.app.inject({ url: '/api/auth/session', headers: { cookie: session.cookie } });
    expect(ended.statusCode).toBe(401);
    expect(ended.json().detail).toMatch(/session has ended/);
  });

  it('end at the absolute lifetime however active', async () => {
    const user = await buildUser(t.db.pool, { organisationId: practiceId, roles: ['referrer'] });
    const session = await signInAs(t.app, user.email, user.password);
    const steps = Math.ceil((t.config.session.absoluteHours * 60) / (t.config.session.idleMinutes - 5));
    let lastOk = 0;
    for (let i = 0; i < steps + 2; i += 1) {
      t.clock.advance({ minutes: t.config.session.idleMinutes - 5 });
      const response = await t.app.inject({ url: '/api/auth/session', headers: { cookie: session.cookie } });
      if (response.statusCode === 200) lastOk = i;
      else break;
    }
    expect(lastOk).toBeGreaterThan(0);
    expect(lastOk).toBeLessThan(steps);
  });

  it('of a disabled user end at once', async () => {
    const admin = await buildUser(t.db.pool, { organisationId: practiceId, roles: ['referrer'] });
    void admin;
    const serviceAdmin = await buildUser(t.db.pool, { organisationId: serviceId, roles: ['service_admin'] });
    const colleague = await buildUser(t.db.pool, { organisationId: serviceId, roles: ['consultant'] });
    const adminSession = await signInAs(t.app, serviceAdmin.email, serviceAdmin.password);
    const sessionA = await signInAs(t.app, colleague.email, colleague.password);
    const sessionB = await signInAs(t.app, colleague.email, colleague.password);
    const disable = await t.app.inject({
      method: 'POST',
      url: `/api/users/${colleague.id}/disable`,
      headers: as(adminSession),
    });
    expect(disable.statusCode).toBe(204);
    for (const s of [sessionA, sessionB]) {
      expect((await t.app.inject({ url: '/api/auth/session', headers: { cookie: s.cookie } })).statusCode).toBe(401);
    }
    expect((await signIn(colleague.email, colleague.password)).statusCode).toBe(401);
  });

  it('of a user removed from their organisation end at once', async () => {
    const serviceAdmin = await buildUser(t.db.pool, { organisationId: serviceId, roles: ['service_admin'] });
    const colleague = await buildUser(t.db.pool, { organisationId: serviceId, roles: ['booking_clerk'] });
    const adminSession = await signInAs(t.app, serviceAdmin.email, serviceAdmin.password);
    const session = await signInAs(t.app, colleague.email, colleague.password);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/users/${colleague.id}/memberships/${serviceId}`,
      headers: as(adminSession),
    });
    expect(removed.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/auth/session', headers: { cookie: session.cookie } })).statusCode).toBe(
      401,
    );
  });
});

describe('cross-site request forgery', () => {
  it('refuses a state change without the session’s CSRF token', async () => {
    const user = await buildUser(t.db.pool, { organisationId: practiceId, roles: ['referrer'] });
    const session = await signInAs(t.app, user.email, user.password);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('csrf_failed');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie: session.cookie, 'x-csrf-token': 'guess' },
    });
    expect(wrong.statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/auth/session', headers: { cookie: session.cookie } })).statusCode).toBe(
      200,
    );
  });

  it('refuses a request another site started, even with the token', async () => {
    const user = await buildUser(t.db.pool, { organisationId: practiceId, roles: ['referrer'] });
    const session = await signInAs(t.app, user.email, user.password);
    const crossSite = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { ...as(session), 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.statusCode).toBe(403);
    const foreignOrigin = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { ...as(session), origin: 'https://evil.example' },
    });
    expect(foreignOrigin.statusCode).toBe(403);
    const loginCsrf = await signIn(user.email, user.password, { 'sec-fetch-site': 'cross-site' });
    expect(loginCsrf.statusCode).toBe(403);
  });
});

describe('passwords', () => {
  const create = async (password: string) => {
    const admin = await buildUser(t.db.pool, { organisationId: serviceId, roles: ['service_admin'] });
    const session = await signInAs(t.app, admin.email, admin.password);
    return t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(session),
      payload: {
        email: `new-${Math.random().toString(36).slice(2)}@test.example`,
        displayName: 'New Clerk',
        password,
        organisationId: serviceId,
        roles: ['booking_clerk'],
      },
    });
  };

  it('are stored as argon2id hashes', async () => {
    const user = await buildUser(t.db.pool, { organisationId: practiceId, roles: ['referrer'] });
    const { rows } = await t.db.pool.query('SELECT password_hash FROM users WHERE id = $1', [user.id]);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(rows[0].password_hash).not.toContain(testPassword);
  });

  it('refuses a common password and a short one, naming the field', async () => {
    for (const password of ['password1234', 'short']) {
      const response = await create(password);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'password' })]);
    }
  });

  it('accepts a long passphrase whole, and only the whole of it signs in', async () => {
    const passphrase = 'the quick brown fox jumps over the lazy dog while the dermatologist watches '.repeat(3);
    const response = await create(passphrase);
    expect(response.statusCode).toBe(201);
    const { rows } = await t.db.pool.query('SELECT email FROM users WHERE id = $1', [response.json().id]);
    expect((await signIn(rows[0].email, passphrase)).statusCode).toBe(200);
    expect((await signIn(rows[0].email, passphrase.slice(0, 72))).statusCode).toBe(401);
  });
});
