import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { outboxWorker } from '../../jobs/outbox.ts';
import { createLogger } from '../../logger.ts';
import { createMailer } from '../../mail/mailer.ts';
import { buildOrganisation, buildUser } from '../../testing/factories.ts';
import { caller } from '../../testing/intake.ts';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink.ts';
import { buildTestApp, signInAs, type TestApp } from '../../testing/test-app.ts';
import { invitationDays } from './invitations.repository.ts';

let t: TestApp;
let smtp: SmtpSink;
let adminAccount: { email: string; password: string };
let serviceId: string;
let serviceName: string;
let adminName: string;

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await buildTestApp(
    { SMTP_URL: smtp.url },
    {
      workers: (deps) => [
        outboxWorker(
          deps.pool,
          deps.clock,
          createMailer({
            smtpUrl: deps.config.smtpUrl,
            from: deps.config.mailFrom,
            sinkDir: path.join(deps.config.dataDir, 'mail'),
            logger: createLogger(deps.config),
          }),
        ),
      ],
    },
  );
  const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service', name: 'Westmere Dermatology' });
  serviceId = service.id;
  serviceName = service.name;
  adminName = 'Helen Admin';
  const user = await buildUser(t.db.pool, {
    organisationId: serviceId,
    roles: ['service_admin'],
    displayName: adminName,
  });
  adminAccount = user;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

/** The administrator, signed in afresh: the tests move the clock past a session's life. */
const asAdmin = async () => caller(t.app, await signInAs(t.app, adminAccount.email, adminAccount.password));

let sequence = 0;
const newAddress = () => `invited-${(sequence += 1)}-${Date.now()}@test.example`;

/** Invites a consultant and returns the address and the token read from the email they receive. */
async function invite(email = newAddress(), body: Record<string, unknown> = {}) {
  const before = smtp.messages.length;
  const response = await (
    await asAdmin()
  )('POST', '/api/users/invitations', {
    email,
    displayName: 'Dr Ada Invited',
    organisationId: serviceId,
    roles: ['consultant'],
    gmcNumber: '7654321',
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  const mail = await smtp.waitFor(
    (m) => smtp.messages.indexOf(m) >= before && m.to !== undefined && JSON.stringify(m.to).includes(email),
  );
  const token = /\/invitation\/([A-Za-z0-9_-]{43})/.exec(mail.text ?? '')?.[1];
  expect(token, 'a link with a token in the email').toBeDefined();
  return { email, token: token!, mail, id: response.json().id as string };
}

const open = (token: string, remoteAddress = '127.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/invitations/open', payload: { token }, remoteAddress });
const accept = (token: string, password = 'a long and private passphrase', remoteAddress = '127.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, password }, remoteAddress });

describe('an invitation', () => {
  it('stops working when the administrator who sent it is disabled', async () => {
    const sender = await buildUser(t.db.pool, { organisationId: serviceId, roles: ['service_admin'] });
    const first = adminAccount;
    adminAccount = sender;
    const { token } = await invite();
    adminAccount = first;
    expect((await open(token)).statusCode).toBe(200);
    expect((await (await asAdmin())('POST', `/api/users/${sender.id}/disable`)).statusCode).toBe(204);
    const refused = await open(token);
    expect(refused.statusCode).toBe(410);
    expect((await accept(token)).statusCode).toBe(410);
    const { rows } = await t.db.pool.query(
      "SELECT detail FROM audit_events WHERE action = 'user.disabled' AND record_id = $1",
      [sender.id],
    );
    expect(rows[0].detail).toMatchObject({ invitationsWithdrawn: 1 });
  });

  it('is emailed through the outbox with a link to choose a password, naming who invited them and where', async () => {
    const { mail, token, email } = await invite();
    expect(mail.subject).toBe(`Join ${serviceName} on Telederm`);
    expect(mail.text).toContain(`${adminName} has invited you to join ${serviceName}`);
    expect(mail.text).toContain(`${t.config.publicOrigin}/invitation/${token}`);
    const opened = await open(token);
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({
      email,
      displayName: 'Dr Ada Invited',
      organisationName: serviceName,
      invitedBy: adminName,
      roles: ['consultant'],
    });
  });

  it('keeps only a hash of its token: not in the invitations table, and not in the outbox once sent', async () => {
    const { token, email } = await invite();
    const stored = await t.db.pool.query('SELECT * FROM invitations WHERE email = $1', [email]);
    expect(stored.rows).toHaveLength(1);
    expect(JSON.stringify(stored.rows)).not.toContain(token);
    const outbox = await vi.waitFor(async () => {
      const { rows } = await t.db.pool.query<{ body_text: string }>(
        'SELECT body_text FROM outbox WHERE recipient = $1 AND sent_at IS NOT NULL',
        [email],
      );
      expect(rows).toHaveLength(1);
      return rows[0]!;
    });
    expect(outbox.body_text).not.toContain(token);
    expect(outbox.body_text).toContain('/invitation/[sent]');
    const audit = await t.db.pool.query("SELECT detail FROM audit_events WHERE action LIKE 'invitation.%'");
    expect(JSON.stringify(audit.rows)).not.toContain(token);
  });

  it('works once: the person chooses a password, is signed in, and can sign in with it afterwards', async () => {
    const { token, email } = await invite();
    const accepted = await accept(token);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ user: { email, gmcNumber: '7654321' }, roles: ['consultant'] });
    const cookie = accepted.cookies.find((c) => c.name === 'telederm_session');
    expect(cookie?.httpOnly).toBe(true);
    const worklist = await t.app.inject({
      url: '/api/worklist',
      headers: { cookie: `telederm_session=${cookie!.value}` },
    });
    expect(worklist.statusCode).toBe(200);

    const again = await accept(token, 'another long passphrase here');
    expect(again.statusCode).toBe(410);
    expect(again.json().detail).toMatch(/already been used/);
    expect(again.json().detail).toContain(serviceName);
    expect((await open(token)).statusCode).toBe(410);

    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password: 'a long and private passphrase' },
    });
    expect(signIn.statusCode).toBe(200);
    const { rows } = await t.db.pool.query('SELECT action FROM audit_events WHERE record_id = $1 ORDER BY seq', [
      accepted.json().user.id,
    ]);
    expect(rows.map((r) => r.action)).toContain('invitation.accepted');
  });

  it('refuses a short or common password, naming the field, and stays usable', async () => {
    const { token } = await invite();
    for (const password of ['short', 'password1234']) {
      const response = await accept(token, password);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'password' })]);
    }
    expect((await accept(token)).statusCode).toBe(200);
  });

  it(`expires after ${invitationDays} days and then says so, and whom to ask`, async () => {
    const { token } = await invite();
    t.clock.advance({ days: invitationDays, minutes: -1 });
    expect((await open(token)).statusCode).toBe(200);
    t.clock.advance({ minutes: 2 });
    const expired = await accept(token);
    expect(expired.statusCode).toBe(410);
    expect(expired.json().detail).toMatch(/expired/);
    expect(expired.json().detail).toContain(serviceName);
    expect(expired.json().detail).not.toContain('Dr Ada Invited');
  });

  it('is replaced by a newer invitation to the same person, and can be withdrawn', async () => {
    const email = newAddress();
    const first = await invite(email);
    const second = await invite(email);
    expect((await open(first.token)).json().detail).toMatch(/withdrawn or replaced/);
    expect((await open(second.token)).statusCode).toBe(200);
    const withdrawn = await (await asAdmin())('POST', `/api/users/invitations/${second.id}/withdraw`);
    expect(withdrawn.statusCode).toBe(204);
    expect((await accept(second.token)).statusCode).toBe(410);
  });

  it('says nothing of anyone for an unknown link, and throttles an address that guesses', async () => {
    const guesser = '203.0.113.77';
    const unknown = await open('A'.repeat(43), guesser);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).not.toContain(serviceName);
    expect(unknown.json().detail).toMatch(/not recognised/);
    for (let i = 1; i < t.config.signIn.maxFailuresPerAddress; i += 1) await open(`guess-${i}`, guesser);
    const { token } = await invite();
    const throttled = await accept(token, undefined, guesser);
    expect(throttled.statusCode).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    // The real invitee, elsewhere, is not held up by it.
    expect((await accept(token)).statusCode).toBe(200);
    const refusals = await t.db.pool.query(
      "SELECT outcome, detail FROM audit_events WHERE action = 'invitation.refused' AND client_address = $1",
      [guesser],
    );
    expect(refusals.rows).toContainEqual({ outcome: 'denied', detail: { reason: 'throttled' } });
  });

  it('cannot be sent for an address that already has an account, nor give a role the organisation does not have', async () => {
    const existing = await buildUser(t.db.pool, { organisationId: serviceId, roles: ['booking_clerk'] });
    const taken = await (
      await asAdmin()
    )('POST', '/api/users/invitations', {
      email: existing.email.toUpperCase(),
      displayName: 'Someone',
      organisationId: serviceId,
      roles: ['booking_clerk'],
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors).toEqual([expect.objectContaining({ field: 'email' })]);
    const wrongRole = await (
      await asAdmin()
    )('POST', '/api/users/invitations', {
      email: newAddress(),
      displayName: 'Someone',
      organisationId: serviceId,
      roles: ['referrer'],
      professionalRegistration: 'GMC 1234567',
    });
    expect(wrongRole.statusCode).toBe(400);
    const noGmc = await (
      await asAdmin()
    )('POST', '/api/users/invitations', {
      email: newAddress(),
      displayName: 'Someone',
      organisationId: serviceId,
      roles: ['consultant'],
    });
    expect(noGmc.json().errors).toEqual([expect.objectContaining({ field: 'gmcNumber' })]);
  });

  it('lets a service administrator give the system administrator role to no one', async () => {
    const response = await (
      await asAdmin()
    )('POST', '/api/users/invitations', {
      email: newAddress(),
      displayName: 'Would-be System Admin',
      organisationId: serviceId,
      roles: ['system_admin'],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toMatch(/Only a system administrator/);
  });
});
