import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../db/database.ts';
import { buildOrganisation, buildUser } from '../../testing/factories.ts';
import { as, buildTestApp, signInAs, type TestApp } from '../../testing/test-app.ts';
import { appendAuditEvent } from './audit.repository.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const actor = { userId: null, organisationId: null, label: 'test', clientAddress: '127.0.0.1' };

describe('audit trail', () => {
  it('is written in the same transaction as the change: a rolled-back change leaves no row', async () => {
    const before = await t.db.pool.query('SELECT count(*)::int AS n FROM audit_events');
    await expect(
      withTransaction(t.db.pool, async (tx) => {
        await tx.query(
          "INSERT INTO organisations (kind, name, ods_code) VALUES ('gp_practice', 'Rolled Back', 'RB001')",
        );
        await appendAuditEvent(tx, actor, t.clock.now(), {
          action: 'organisation.viewed',
          recordType: 'organisation',
          recordId: 'x',
        });
        throw new Error('the change fails after its audit row was written');
      }),
    ).rejects.toThrow();
    const after = await t.db.pool.query('SELECT count(*)::int AS n FROM audit_events');
    expect(after.rows[0].n).toBe(before.rows[0].n);
    expect((await t.db.pool.query("SELECT 1 FROM organisations WHERE ods_code = 'RB001'")).rowCount).toBe(0);
  });

  it('refuses updates, deletes and truncation', async () => {
    await appendAuditEvent(t.db.pool, actor, t.clock.now(), { action: 'audit.viewed', detail: { count: 0 } });
    await expect(t.db.pool.query("UPDATE audit_events SET actor_label = 'someone else'")).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.pool.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
    await expect(t.db.pool.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
  });

  it('records sign-in and a user change with the actor, and never a password or token', async () => {
    const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
    const admin = await buildUser(t.db.pool, { organisationId: service.id, roles: ['service_admin'] });
    const session = await signInAs(t.app, admin.email, admin.password);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(session),
      payload: {
        email: 'audited@test.example',
        displayName: 'Audited Clerk',
        password: 'a perfectly long passphrase',
        organisationId: service.id,
        roles: ['booking_clerk'],
      },
    });
    expect(created.statusCode).toBe(201);
    const { rows } = await t.db.pool.query(
      'SELECT action, actor_user_id, actor_organisation_id, record_id, outcome FROM audit_events WHERE actor_user_id = $1 ORDER BY seq',
      [admin.id],
    );
    expect(rows.map((r) => r.action)).toEqual(['auth.signed_in', 'user.created']);
    expect(rows[1]).toMatchObject({
      actor_organisation_id: service.id,
      record_id: created.json().id,
      outcome: 'allowed',
    });
    const everything = JSON.stringify((await t.db.pool.query('SELECT * FROM audit_events')).rows);
    expect(everything).not.toContain('a perfectly long passphrase');
    expect(everything).not.toContain(session.cookie.split('=')[1]);
    expect(everything).not.toContain(session.csrfToken);
  });

  it('is a hash chain that verifies, and shows an edited row', async () => {
    expect(await verifyAuditChain(t.db.pool)).toMatchObject({ ok: true, problems: [] });
    // Only a database superuser can switch the guard off; the application cannot.
    await t.db.pool.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update');
    try {
      const { rows } = await t.db.pool.query('SELECT seq FROM audit_events ORDER BY seq LIMIT 1 OFFSET 1');
      await t.db.pool.query("UPDATE audit_events SET actor_label = 'forged' WHERE seq = $1", [rows[0].seq]);
      const report = await verifyAuditChain(t.db.pool, 2);
      expect(report.ok).toBe(false);
      expect(report.problems).toEqual([`row ${rows[0].seq}: contents do not match its hash`]);
      await t.db.pool.query('DELETE FROM audit_events WHERE seq = $1', [rows[0].seq]);
      const afterDelete = await verifyAuditChain(t.db.pool);
      expect(afterDelete.problems.join()).toMatch(/does not link to the row before it/);
    } finally {
      await t.db.pool.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update');
    }
  });

  it('keeps chain order under concurrent writers', async () => {
    const fresh = await buildTestApp();
    try {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          withTransaction(fresh.db.pool, (tx) =>
            appendAuditEvent(tx, actor, fresh.clock.now(), { action: 'audit.viewed', detail: { count: i } }),
          ),
        ),
      );
      const report = await verifyAuditChain(fresh.db.pool);
      expect(report).toMatchObject({ ok: true, rows: 20 });
    } finally {
      await fresh.close();
    }
  });
});
