import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../../testing/factories.ts';
import { caller, type Call } from '../../testing/intake.ts';
import { buildTestApp, signInAs, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let serviceId: string;
let otherServiceId: string;
let adminId: string;
let admin: Call;
let sysadmin: Call;

const signedIn = async (user: { email: string; password: string }) =>
  caller(t.app, await signInAs(t.app, user.email, user.password));
const signInStatus = async (user: { email: string; password: string }) =>
  (await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: user })).statusCode;

beforeAll(async () => {
  t = await buildTestApp();
  serviceId = (await buildOrganisation(t.db.pool, { kind: 'dermatology_service' })).id;
  otherServiceId = (await buildOrganisation(t.db.pool, { kind: 'dermatology_service' })).id;
  const adminUser = await buildUser(t.db.pool, { organisationId: serviceId, roles: ['service_admin'] });
  adminId = adminUser.id;
  admin = await signedIn(adminUser);
  sysadmin = await signedIn(await buildUser(t.db.pool, { organisationId: otherServiceId, roles: ['system_admin'] }));
});
afterAll(() => t.close());

const listed = async (call: Call, userId: string) =>
  (
    (await call('GET', '/api/users')).json().users as {
      id: string;
      disabled: boolean;
      lastSignedInAt: string | null;
      memberships: { roles: string[] }[];
    }[]
  ).find((u) => u.id === userId);

describe('users of an organisation', () => {
  it('are listed with their roles, whether disabled, and when they last signed in', async () => {
    const clerk = await buildUser(t.db.pool, { organisationId: serviceId, roles: ['booking_clerk'] });
    expect((await listed(admin, clerk.id))?.lastSignedInAt).toBeNull();
    await signInAs(t.app, clerk.email, clerk.password);
    const user = await listed(admin, clerk.id);
    expect(user).toMatchObject({ disabled: false, memberships: [{ roles: ['booking_clerk'] }] });
    expect(new Date(user!.lastSignedInAt!).getTime()).toBe(t.clock.now().getTime());
  });

  it('have roles given and taken, which take effect on their next request', async () => {
    const clerk = await buildUser(t.db.pool, { organisationId: serviceId, roles: ['booking_clerk'] });
    const clerkCall = await signedIn(clerk);
    expect((await clerkCall('GET', '/api/users')).statusCode).toBe(403);
    const given = await admin('PUT', `/api/users/${clerk.id}/memberships/${serviceId}`, {
      roles: ['booking_clerk', 'service_admin'],
    });
    expect(given.statusCode).toBe(204);
    expect((await clerkCall('GET', '/api/users')).statusCode).toBe(200);
    const taken = await admin('PUT', `/api/users/${clerk.id}/memberships/${serviceId}`, { roles: ['booking_clerk'] });
    expect(taken.statusCode).toBe(204);
    expect((await clerkCall('GET', '/api/users')).statusCode).toBe(403);
    const { rows } = await t.db.pool.query(
      "SELECT detail FROM audit_events WHERE action = 'user.roles_changed' AND record_id = $1 ORDER BY seq",
      [clerk.id],
    );
    expect(rows.map((r) => r.detail)).toEqual([
      { organisationId: serviceId, from: ['booking_clerk'], to: ['booking_clerk', 'service_admin'] },
      { organisationId: serviceId, from: ['booking_clerk', 'service_admin'], to: ['booking_clerk'] },
    ]);
  });

  it('cannot be given a role their organisation does not grant, nor consultant without a GMC number', async () => {
    const clerk = await buildUser(t.db.pool, { organisationId: serviceId, roles: ['booking_clerk'] });
    const referrer = await admin('PUT', `/api/users/${clerk.id}/memberships/${serviceId}`, { roles: ['referrer'] });
    expect(referrer.statusCode).toBe(400);
    const consultant = await admin('PUT', `/api/users/${clerk.id}/memberships/${serviceId}`, { roles: ['consultant'] });
    expect(consultant.json().detail).toMatch(/no GMC number/);
    const system = await admin('PUT', `/api/users/${clerk.id}/memberships/${serviceId}`, { roles: ['system_admin'] });
    expect(system.json().detail).toMatch(/Only a system administrator/);
  });

  it('are disabled, which stops their next sign-in, and re-enabled, which lets them sign in again', async () => {
    const clerk = await buildUser(t.db.pool, { organisationId: serviceId, roles: ['booking_clerk'] });
    const session = await signedIn(clerk);
    expect((await admin('POST', `/api/users/${clerk.id}/disable`)).statusCode).toBe(204);
    expect((await session('GET', '/api/auth/session')).statusCode).toBe(401);
    expect(await signInStatus(clerk)).toBe(401);
    expect((await listed(admin, clerk.id))?.disabled).toBe(true);

    expect((await admin('POST', `/api/users/${clerk.id}/enable`)).statusCode).toBe(204);
    expect(await signInStatus(clerk)).toBe(200);
    expect((await listed(admin, clerk.id))?.disabled).toBe(false);
    expect((await admin('POST', `/api/users/${clerk.id}/enable`)).statusCode).toBe(409);
  });

  it('cannot lock out the administrator managing them: not disabling themselves, nor taking their last admin role', async () => {
    expect((await admin('POST', `/api/users/${adminId}/disable`)).statusCode).toBe(409);
    const ownRole = await admin('PUT', `/api/users/${adminId}/memberships/${serviceId}`, { roles: ['booking_clerk'] });
    expect(ownRole.statusCode).toBe(409);
    expect(ownRole.json().detail).toMatch(/your own last administrator role/);
    expect((await admin('GET', '/api/users')).statusCode).toBe(200);
    // Adding a role to oneself, keeping the administrator's, is allowed.
    const more = await admin('PUT', `/api/users/${adminId}/memberships/${serviceId}`, {
      roles: ['service_admin', 'booking_clerk'],
    });
    expect(more.statusCode).toBe(204);
  });

  it("of another organisation are out of a service administrator's reach: 404, and the attempt audited", async () => {
    const outsider = await buildUser(t.db.pool, { organisationId: otherServiceId, roles: ['booking_clerk'] });
    expect(await listed(admin, outsider.id)).toBeUndefined();
    const attempts = [
      await admin('PUT', `/api/users/${outsider.id}/memberships/${otherServiceId}`, { roles: ['service_admin'] }),
      await admin('POST', `/api/users/${outsider.id}/disable`),
      await admin('POST', `/api/users/${outsider.id}/enable`),
      await admin('DELETE', `/api/users/${outsider.id}/memberships/${otherServiceId}`),
      await admin('GET', `/api/users?organisationId=${otherServiceId}`),
      await admin('POST', '/api/users/invitations', {
        email: 'outside@test.example',
        displayName: 'Outside',
        organisationId: otherServiceId,
        roles: ['booking_clerk'],
      }),
    ];
    expect(attempts.map((r) => r.statusCode)).toEqual([404, 404, 404, 404, 404, 404]);
    expect(attempts.map((r) => r.json().detail)).not.toContain(expect.stringContaining(outsider.email));
    const { rows } = await t.db.pool.query(
      "SELECT detail->>'route' AS route FROM audit_events WHERE action = 'access.denied' AND actor_user_id = $1",
      [adminId],
    );
    expect(rows.map((r) => r.route)).toEqual(
      expect.arrayContaining([
        'PUT /api/users/:userId/memberships/:organisationId',
        'POST /api/users/:userId/disable',
        'POST /api/users/:userId/enable',
        'DELETE /api/users/:userId/memberships/:organisationId',
        'GET /api/users',
        'POST /api/users/invitations',
      ]),
    );
    expect(await signInStatus(outsider)).toBe(200);
  });

  it('reach beyond one service only through the system administrator: whole accounts of people who also work elsewhere, and system administrators', async () => {
    // A consultant of this service and another: the other service (or the system administrator) disabled them.
    const shared = await buildUser(t.db.pool, {
      organisationId: serviceId,
      roles: ['booking_clerk'],
      also: [{ organisationId: otherServiceId, roles: ['booking_clerk'] }],
    });
    expect((await sysadmin('POST', `/api/users/${shared.id}/disable`)).statusCode).toBe(204);
    const reEnable = await admin('POST', `/api/users/${shared.id}/enable`);
    expect(reEnable.statusCode).toBe(403);
    expect(reEnable.json().detail).toMatch(/also works for another organisation/);
    expect(await signInStatus(shared)).toBe(401);
    expect((await admin('POST', `/api/users/${shared.id}/disable`)).statusCode).toBe(403);
    // They can still be taken out of this service.
    expect((await admin('DELETE', `/api/users/${shared.id}/memberships/${serviceId}`)).statusCode).toBe(204);

    // A system administrator who belongs to this service: its administrator can neither disable them nor remove them.
    const system = await buildUser(t.db.pool, { organisationId: serviceId, roles: ['system_admin'] });
    const disable = await admin('POST', `/api/users/${system.id}/disable`);
    expect(disable.statusCode).toBe(403);
    expect(disable.json().detail).toBe('Only a system administrator can disable or re-enable a system administrator.');
    const remove = await admin('DELETE', `/api/users/${system.id}/memberships/${serviceId}`);
    expect(remove.statusCode).toBe(403);
    expect(await signInStatus(system)).toBe(200);

    // Nor may an administrator remove themselves from the organisation they administer.
    const self = await admin('DELETE', `/api/users/${adminId}/memberships/${serviceId}`);
    expect(self.statusCode).toBe(409);
    expect((await admin('GET', '/api/users')).statusCode).toBe(200);
  });
});

describe('organisations, for the system administrator', () => {
  it('creates a practice linked to a service, and a service whose first administrator is invited and accepts', async () => {
    const practice = await sysadmin('POST', '/api/admin/organisations', {
      kind: 'gp_practice',
      name: 'Brookside Surgery',
      odsCode: 'y09876',
      telephone: '01632 960000',
      serviceIds: [serviceId],
    });
    expect(practice.statusCode, practice.body).toBe(201);
    const duplicate = await sysadmin('POST', '/api/admin/organisations', {
      kind: 'gp_practice',
      name: 'Another',
      odsCode: 'Y09876',
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().errors).toEqual([expect.objectContaining({ field: 'odsCode' })]);

    const service = await sysadmin('POST', '/api/admin/organisations', {
      kind: 'dermatology_service',
      name: 'Eastbrook Dermatology',
      odsCode: 'RX9',
      email: 'derm@eastbrook.example',
    });
    expect(service.statusCode).toBe(201);
    const linked = await sysadmin('POST', `/api/admin/organisations/${practice.json().id}/services`, {
      serviceId: service.json().id,
    });
    expect(linked.statusCode).toBe(204);

    const { organisations } = (await sysadmin('GET', '/api/admin/organisations')).json();
    const brookside = organisations.find((o: { id: string }) => o.id === practice.json().id);
    expect(brookside).toMatchObject({
      kind: 'gp_practice',
      odsCode: 'Y09876',
      telephone: '01632 960000',
      userCount: 0,
    });
    expect(brookside.serviceIds.sort()).toEqual([serviceId, service.json().id].sort());

    const invited = await sysadmin('POST', '/api/users/invitations', {
      email: 'first.admin@eastbrook.example',
      displayName: 'Mo First',
      organisationId: service.json().id,
      roles: ['service_admin'],
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const { rows } = await t.db.pool.query<{ body_text: string }>('SELECT body_text FROM outbox WHERE recipient = $1', [
      'first.admin@eastbrook.example',
    ]);
    const token = /\/invitation\/([A-Za-z0-9_-]{43})/.exec(rows[0]!.body_text)![1]!;
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, password: 'eastbrook first admin passphrase' },
    });
    expect(accepted.statusCode).toBe(200);
    const firstAdmin = await signedIn({
      email: 'first.admin@eastbrook.example',
      password: 'eastbrook first admin passphrase',
    });
    const theirs = (await firstAdmin('GET', '/api/users')).json();
    expect(theirs.users.map((u: { email: string }) => u.email)).toEqual(['first.admin@eastbrook.example']);
  });

  it('are for the system administrator only', async () => {
    expect((await admin('GET', '/api/admin/organisations')).statusCode).toBe(403);
    const unknown = await sysadmin('POST', `/api/admin/organisations/00000000-0000-4000-8000-000000000000/services`, {
      serviceId,
    });
    expect(unknown.statusCode).toBe(404);
  });
});
