import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { caller, draftRequest, type Call } from '../../testing/intake.ts';
import { buildTestApp, signInAs, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import type { Rule } from './eligibility.types.ts';
import { versionStatusesAt } from './rule-set-versions.ts';
import { suspectedCancerRules } from './urgent-cancer-rules.ts';

/**
 * Rule set versions through the API (issue 13 §1): a service admin saves an edit as a new version, today or from a
 * later date; the newest version in effect decides each request as it is submitted, and the request keeps the name
 * and version that decided it.
 */

let t: TestApp;
let serviceId: string;
let otherServiceId: string;
const accounts = new Map<string, { email: string; password: string }>();
const sessions = new Map<string, SignedIn>();

/** One of the test's users, signed in afresh once the clock has moved (moving it days ends sessions, as in life). */
async function signedIn(who: string): Promise<SignedIn> {
  const known = sessions.get(who);
  if (known) return known;
  const account = accounts.get(who)!;
  const session = await signInAs(t.app, account.email, account.password);
  sessions.set(who, session);
  return session;
}
const as = async (who: string): Promise<Call> => caller(t.app, await signedIn(who));
const moveClockTo = (at: string) => {
  t.clock.set(at);
  sessions.clear();
};
const referral = () => `/api/services/${serviceId}/rule-sets/referral`;

/** The service's current referral rule set, with the under-18 rule changed as given. */
async function withAgeLimit(limit: number): Promise<{ name: string; rules: Rule[] }> {
  const { current } = (await (await as('admin'))('GET', referral())).json();
  return {
    name: current.name,
    rules: current.rules.map((rule: Rule) =>
      rule.id === 'under-18' ? { ...rule, when: { fact: 'ageYears', op: 'lt', value: limit } } : rule,
    ),
  };
}

/** Submits a referral for a patient of the given date of birth and says what the rules decided. */
async function submitFor(dateOfBirth: string) {
  const { id } = await draftRequest(t.app, await signedIn('referrer'), serviceId, { dateOfBirth });
  const submitted = await (await as('referrer'))('POST', `/api/requests/${id}/submit`);
  expect(submitted.statusCode).toBe(200);
  return { id, eligibility: submitted.json().eligibility };
}

/** Sixteen on the test clock's date (23 November 2026): under the default 18 limit, over a 16 one. */
const sixteen = '2010-01-15';

beforeAll(async () => {
  t = await buildTestApp();
  const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service', name: 'Rules Dermatology' });
  const otherService = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  await linkOrganisations(t.db.pool, service.id, practice.id);
  serviceId = service.id;
  otherServiceId = otherService.id;
  const users: [string, string, 'referrer' | 'consultant' | 'service_admin' | 'booking_clerk', string?][] = [
    ['referrer', practice.id, 'referrer'],
    ['admin', service.id, 'service_admin', 'Helen Rules'],
    ['consultant', service.id, 'consultant'],
    ['clerk', service.id, 'booking_clerk'],
    ['otherAdmin', otherService.id, 'service_admin'],
  ];
  for (const [who, organisationId, role, displayName] of users) {
    accounts.set(
      who,
      await buildUser(t.db.pool, { organisationId, roles: [role], ...(displayName ? { displayName } : {}) }),
    );
  }
});

afterAll(async () => {
  await t?.close();
});

describe('saving a rule set as a new version', () => {
  it('a saved version decides the next submitted request, which keeps the name and version that decided it', async () => {
    const before = await submitFor(sixteen);
    expect(before.eligibility).toMatchObject({ decision: 'not_accepted', firedRules: ['under-18'], ruleSetVersion: 1 });

    const edited = await withAgeLimit(16);
    const saved = await (await as('admin'))('PUT', referral(), { ...edited, name: 'Sixteen and over' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, effectiveFrom: t.clock.now().toISOString() });

    const after = await submitFor(sixteen);
    expect(after.eligibility).toMatchObject({
      decision: 'accepted',
      firedRules: [],
      ruleSetName: 'Sixteen and over',
      ruleSetVersion: 2,
    });
    // The request page reads the decision back, with the version that made it; the earlier request keeps its own.
    const gp = await as('referrer');
    expect((await gp('GET', `/api/requests/${after.id}`)).json().eligibility).toMatchObject({
      ruleSetName: 'Sixteen and over',
      ruleSetVersion: 2,
    });
    expect((await gp('GET', `/api/requests/${before.id}`)).json().eligibility).toMatchObject({
      ruleSetName: 'Community teledermatology',
      ruleSetVersion: 1,
    });

    // The overview lists both, newest first, with who saved each and when; the earlier one can be read.
    const overview = (await (await as('consultant'))('GET', referral())).json();
    expect(overview.current).toMatchObject({ name: 'Sixteen and over', version: 2 });
    expect(overview.versions).toEqual([
      expect.objectContaining({ version: 2, createdByName: 'Helen Rules', status: 'in_effect' }),
      expect.objectContaining({ version: 1, createdByName: null, status: 'earlier' }),
    ]);
    const first = await (await as('clerk'))('GET', `${referral()}/versions/1`);
    expect(first.statusCode).toBe(200);
    expect(first.json().ruleSet.rules.find((rule: Rule) => rule.id === 'under-18').when).toEqual({
      fact: 'ageYears',
      op: 'lt',
      value: 18,
    });
    expect(first.json().summary).toMatchObject({ version: 1, status: 'earlier' });
    expect((await (await as('clerk'))('GET', `${referral()}/versions/9`)).statusCode).toBe(404);
  });

  it('a version dated in the future does not decide requests before its date, and does from that date', async () => {
    const admin = await as('admin');
    // Today is Monday 23 November 2026 (London); the version takes effect on Wednesday the 25th.
    const saved = await admin('PUT', referral(), { ...(await withAgeLimit(15)), effectiveFrom: '2026-11-25' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().effectiveFrom).toBe('2026-11-25T00:00:00.000Z');
    const version = saved.json().version as number;
    const { versions } = (await admin('GET', referral())).json();
    expect(versions[0]).toMatchObject({ version, status: 'scheduled' });

    // The day before: the version in effect now decides (16 and over), not the scheduled one (15 and over).
    moveClockTo('2026-11-24T23:59:00Z');
    const fifteen = '2011-06-01';
    const dayBefore = await submitFor(fifteen);
    expect(dayBefore.eligibility).toMatchObject({ decision: 'not_accepted', ruleSetVersion: version - 1 });

    moveClockTo('2026-11-25T00:00:00Z');
    const onTheDay = await submitFor(fifteen);
    expect(onTheDay.eligibility).toMatchObject({ decision: 'accepted', ruleSetVersion: version });
    expect((await (await as('admin'))('GET', referral())).json().versions[0]).toMatchObject({
      version,
      status: 'in_effect',
    });
  });

  it('a later version saved for an earlier date replaces a scheduled one before it takes effect', async () => {
    const admin = await as('admin');
    const scheduled = (
      await admin('PUT', referral(), { ...(await withAgeLimit(17)), effectiveFrom: '2026-12-10' })
    ).json();
    const sooner = (
      await admin('PUT', referral(), { ...(await withAgeLimit(18)), effectiveFrom: '2026-12-01' })
    ).json();
    moveClockTo('2026-12-15T10:00:00Z');
    const { versions } = (await (await as('admin'))('GET', referral())).json();
    expect(versions.slice(0, 2)).toEqual([
      expect.objectContaining({ version: sooner.version, status: 'in_effect' }),
      expect.objectContaining({ version: scheduled.version, status: 'never_in_effect' }),
    ]);
    expect((await submitFor('2009-06-01')).eligibility).toMatchObject({
      decision: 'not_accepted',
      firedRules: ['under-18'],
      ruleSetVersion: sooner.version,
    });
  });
});

describe('an invalid rule set is refused with the reason in words', () => {
  const versionsNow = async () => (await (await as('admin'))('GET', referral())).json().versions.length as number;

  it.each([
    [
      'an unknown fact',
      (rules: Rule[]) => [...rules, { ...rules[3]!, id: 'shoes', when: { fact: 'shoeSize', op: 'gt', value: 9 } }],
      'rules.10.when.fact',
      /^Unknown fact "shoeSize"/,
    ],
    [
      'a number where words are wanted',
      (rules: Rule[]) =>
        rules.map((rule) =>
          rule.id === 'under-18' ? { ...rule, when: { fact: 'ageYears', op: 'lt', value: 'eighteen' } } : rule,
        ),
      'rules.3.when.value',
      /^ageYears lt needs a number as its value$/,
    ],
    [
      'a rule with no reason for the referrer',
      (rules: Rule[]) => rules.map((rule) => (rule.id === 'under-18' ? { ...rule, reason: ' ' } : rule)),
      'rules.3.reason',
      /^Enter the reason the referrer will see$/,
    ],
    [
      'the suspected melanoma redirect removed',
      (rules: Rule[]) => rules.filter((rule) => rule.id !== 'suspected-melanoma'),
      'rules',
      /^The rule “Suspected melanoma is redirected to the urgent suspected cancer pathway” cannot be removed/,
    ],
    [
      'the suspected SCC redirect narrowed to adults',
      (rules: Rule[]) =>
        rules.map((rule) =>
          rule.id === 'suspected-scc'
            ? { ...rule, when: { all: [rule.when, { fact: 'ageYears', op: 'gte', value: 18 }] } }
            : rule,
        ),
      'rules.1',
      /^The rule “Suspected squamous cell carcinoma .*” cannot be changed: a suspected cancer must always be redirected/,
    ],
    [
      'the high-risk BCC redirect made a refusal',
      (rules: Rule[]) =>
        rules.map((rule) => (rule.id === 'suspected-high-risk-bcc' ? { ...rule, effect: 'not_accepted' } : rule)),
      'rules.2',
      /cannot be changed/,
    ],
  ] as const)('%s', async (_name, change, field, message) => {
    const admin = await as('admin');
    const { current } = (await admin('GET', referral())).json();
    const before = await versionsNow();
    const body = { name: current.name, rules: change(current.rules) };
    for (const url of [referral(), `${referral()}/check`]) {
      const refused = await admin(url.endsWith('check') ? 'POST' : 'PUT', url, body);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors).toContainEqual({ field, message: expect.stringMatching(message) });
      expect(refused.json().detail).toMatch(message.source.replace(/^\^/, '').slice(0, 12));
    }
    expect(await versionsNow()).toBe(before);
  });

  it.each([
    ['yesterday', '2026-11-22', 'The date it takes effect must be today or later'],
    ['more than a year ahead', '2027-12-01', 'The date it takes effect must be within the next year'],
  ])('a date it takes effect %s', async (_name, effectiveFrom, message) => {
    moveClockTo('2026-11-23T09:00:00Z');
    const admin = await as('admin');
    const { current } = (await admin('GET', referral())).json();
    const refused = await admin('PUT', referral(), { name: current.name, rules: current.rules, effectiveFrom });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'effectiveFrom', message }]);
  });

  it('checking a valid edit saves nothing and says when it would take effect', async () => {
    moveClockTo('2026-11-23T09:00:00Z');
    const admin = await as('admin');
    const before = await versionsNow();
    const checked = await admin('POST', `${referral()}/check`, {
      ...(await withAgeLimit(16)),
      effectiveFrom: '2026-11-30',
    });
    expect(checked.statusCode).toBe(200);
    expect(checked.json()).toEqual({ effectiveFrom: '2026-11-30T00:00:00.000Z' });
    expect(await versionsNow()).toBe(before);
  });
});

describe('who may change a service’s rules', () => {
  it('only the service’s own admin saves; staff of the service are refused, other services told it does not exist', async () => {
    const body = await withAgeLimit(16);
    const before = (await (await as('admin'))('GET', referral())).json().versions.length;
    for (const who of ['consultant', 'clerk', 'referrer']) {
      expect((await (await as(who))('PUT', referral(), body)).statusCode, who).toBe(403);
      expect((await (await as(who))('POST', `${referral()}/check`, body)).statusCode, who).toBe(403);
    }
    const outsider = await as('otherAdmin');
    const intruding = await outsider('PUT', referral(), body);
    expect(intruding.statusCode).toBe(404);
    expect(intruding.body).not.toMatch(/Rules Dermatology|Community teledermatology/);
    expect((await outsider('GET', referral())).statusCode).toBe(404);
    expect((await outsider('GET', `${referral()}/versions/1`)).statusCode).toBe(404);
    expect((await (await as('referrer'))('GET', `${referral()}/versions/1`)).statusCode).toBe(403);
    expect((await (await as('admin'))('GET', referral())).json().versions).toHaveLength(before);
    // Their own service's rules are theirs to change.
    const own = `/api/services/${otherServiceId}/rule-sets/referral`;
    expect((await outsider('PUT', own, body)).statusCode).toBe(200);
  });
});

describe('versionStatusesAt', () => {
  const at = new Date('2026-11-23T09:00:00Z');
  const v = (version: number, effectiveFrom: string) => ({ version, effectiveFrom: new Date(effectiveFrom) });

  it('names the version in effect, the earlier ones, the scheduled ones and those overtaken before their date', () => {
    const statuses = versionStatusesAt(
      [
        v(5, '2026-12-20T00:00:00Z'),
        v(4, '2026-12-01T00:00:00Z'),
        v(3, '2026-12-05T00:00:00Z'),
        v(2, '2026-11-20T00:00:00Z'),
        v(1, '2026-11-01T00:00:00Z'),
      ],
      at,
    ).map((s) => [s.version, s.status]);
    expect(statuses).toEqual([
      [5, 'scheduled'],
      [4, 'scheduled'],
      [3, 'never_in_effect'],
      [2, 'in_effect'],
      [1, 'earlier'],
    ]);
  });

  it('version 1 is in effect from the start, whatever its date', () => {
    expect(versionStatusesAt([v(1, '2026-11-24T00:00:00Z')], at)[0]!.status).toBe('in_effect');
  });
});

describe('the urgent suspected-cancer rules as saved are the fixed ones', () => {
  it('the default rule sets hold them unchanged, so saving a default back is accepted', async () => {
    const admin = await as('admin');
    const { current } = (await admin('GET', `/api/services/${serviceId}/rule-sets/advice_and_guidance`)).json();
    expect(current.rules.map((rule: Rule) => rule.id)).toEqual(suspectedCancerRules.map((rule) => rule.id));
    const saved = await admin('PUT', `/api/services/${serviceId}/rule-sets/advice_and_guidance`, {
      name: current.name,
      rules: current.rules,
    });
    expect(saved.statusCode).toBe(200);
  });
});
