import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../../shared/roles.ts';
import { buildOrganisation, buildUser, linkOrganisations } from '../testing/factories.ts';
import { draftRequest, openPatientLinkAs } from '../testing/intake.ts';
import { as, buildTestApp, signInAs, type TestApp } from '../testing/test-app.ts';
import type { Access } from './access.ts';

/**
 * Who may call each route, written out here independently of the routes'
 * own declarations. A route added without a line here fails the suite.
 */
const clinical = ['referrer', 'consultant', 'booking_clerk', 'service_admin'] as const;
const photographing = ['referrer', 'photographer'] as const;
const clinicStaff = ['booking_clerk', 'service_admin'] as const;
const expected: Record<string, Access> = {
  'GET /health/live': 'public',
  'GET /health/ready': 'public',
  'GET /api/openapi.json': 'public',
  'POST /api/auth/sign-in': 'public',
  'POST /api/auth/sign-out': 'signed-in',
  'GET /api/auth/session': 'signed-in',
  'GET /api/organisations': 'signed-in',
  'GET /api/organisations/:organisationId': 'signed-in',
  'GET /api/users': ['service_admin', 'system_admin'],
  'POST /api/users': ['service_admin', 'system_admin'],
  'POST /api/users/:userId/disable': ['service_admin', 'system_admin'],
  'DELETE /api/users/:userId/memberships/:organisationId': ['service_admin', 'system_admin'],
  'PUT /api/users/:userId/memberships/:organisationId': ['service_admin', 'system_admin'],
  'POST /api/users/:userId/enable': ['service_admin', 'system_admin'],
  'POST /api/users/invitations': ['service_admin', 'system_admin'],
  'POST /api/users/invitations/:invitationId/withdraw': ['service_admin', 'system_admin'],
  'POST /api/invitations/open': 'public',
  'POST /api/invitations/accept': 'public',
  'GET /api/admin/organisations': ['system_admin'],
  'POST /api/admin/organisations': ['system_admin'],
  'POST /api/admin/organisations/:organisationId/services': ['system_admin'],
  'GET /api/audit-events': ['service_admin', 'system_admin'],
  'GET /api/audit-events.csv': ['service_admin', 'system_admin'],
  'GET /api/audit-events/verification': ['service_admin', 'system_admin'],
  'GET /api/services/:serviceId/settings': ['service_admin'],
  'PUT /api/services/:serviceId/settings': ['service_admin'],
  'GET /api/services/:serviceId/rule-sets/:pathway': ['service_admin', 'consultant', 'booking_clerk'],
  'PUT /api/services/:serviceId/rule-sets/:pathway': ['service_admin'],
  'GET /api/services/:serviceId/rule-sets/:pathway/versions/:version': ['service_admin', 'consultant', 'booking_clerk'],
  'POST /api/services/:serviceId/rule-sets/:pathway/check': ['service_admin'],
  'POST /api/patients': ['referrer'],
  'GET /api/patients': clinical,
  'GET /api/patients/:patientId': clinical,
  'POST /api/requests': ['referrer'],
  'GET /api/requests': clinical,
  'GET /api/requests/:requestId': clinical,
  'PATCH /api/requests/:requestId': ['referrer'],
  'POST /api/requests/:requestId/lesions': ['referrer'],
  'PUT /api/requests/:requestId/lesions/:lesionId': ['referrer'],
  'DELETE /api/requests/:requestId/lesions/:lesionId': ['referrer'],
  'GET /api/requests/:requestId/urgent-referral-summary': ['referrer'],
  'GET /api/escalations': ['consultant', 'service_admin'],
  'GET /api/requests/:requestId/conversion': ['consultant'],
  'POST /api/requests/:requestId/consent': ['referrer'],
  'POST /api/requests/:requestId/consent/withdrawal': ['referrer'],
  'POST /api/requests/:requestId/submit': ['referrer'],
  'POST /api/requests/:requestId/withdraw': ['referrer'],
  'POST /api/requests/:requestId/claim': ['consultant'],
  'POST /api/requests/:requestId/release': ['consultant'],
  'POST /api/requests/:requestId/reassign': ['service_admin', 'booking_clerk'],
  'POST /api/requests/:requestId/outcome': ['consultant'],
  'POST /api/requests/:requestId/outcome/preview': ['consultant'],
  'GET /api/search': ['referrer', 'consultant', 'booking_clerk', 'service_admin'],
  'GET /api/notifications': 'signed-in',
  'GET /api/notifications/count': 'signed-in',
  'POST /api/notifications/:notificationId/read': 'signed-in',
  'POST /api/notifications/read-all': 'signed-in',
  'GET /api/worklist/history': ['consultant'],
  'PATCH /api/patients/:patientId/contact': ['referrer'],
  'POST /api/requests/:requestId/addenda': ['consultant'],
  'GET /api/worklist': ['consultant'],
  'GET /api/service/cases': ['service_admin', 'booking_clerk'],
  'GET /api/diagnoses': ['consultant', 'service_admin'],
  'GET /api/services/:serviceId/plan-templates': ['service_admin'],
  'PUT /api/services/:serviceId/plan-templates/:diagnosisCode': ['service_admin'],
  'POST /api/services/:serviceId/plan-templates/:diagnosisCode/retire': ['service_admin'],
  'POST /api/services/:serviceId/plan-templates/:diagnosisCode/restore': ['service_admin'],
  'PUT /api/services/:serviceId/leaflets/:diagnosisCode': ['service_admin'],
  'GET /api/letters/:letterId': clinical,
  'POST /api/requests/:requestId/messages': ['referrer', 'consultant'],
  'POST /api/uploads': photographing,
  'PATCH /api/uploads': photographing,
  'DELETE /api/uploads': photographing,
  'POST /api/uploads/:uploadId': photographing,
  'PATCH /api/uploads/:uploadId': photographing,
  'DELETE /api/uploads/:uploadId': photographing,
  'POST /api/images': photographing,
  'GET /api/requests/:requestId/images': [...clinical, 'photographer'],
  'GET /api/images/:imageId/:variant': [...clinical, 'photographer'],
  'GET /api/images/:imageId/tiles/:level/:tile': [...clinical, 'photographer'],
  'POST /api/images/:imageId/remove': photographing,
  'POST /api/requests/:requestId/images-complete': ['referrer'],
  'POST /api/requests/:requestId/patient-links': ['referrer', 'booking_clerk'],
  'DELETE /api/requests/:requestId/patient-links/current': ['referrer', 'booking_clerk'],
  'GET /api/services/:serviceId/feedback': ['service_admin'],
  'GET /api/services/:serviceId/feedback.csv': ['service_admin'],
  'GET /api/services/:serviceId/dashboard': ['service_admin', 'consultant'],
  'GET /api/services/:serviceId/dashboard.csv': ['service_admin', 'consultant'],
  'GET /p/:token': 'public',
  'GET /api/patient/session': 'patient',
  'POST /api/patient/verify': 'patient',
  'GET /api/patient/request': 'patient',
  'POST /api/patient/consent': 'patient',
  'PUT /api/patient/questionnaire': 'patient',
  'POST /api/patient/uploads': 'patient',
  'PATCH /api/patient/uploads': 'patient',
  'DELETE /api/patient/uploads': 'patient',
  'POST /api/patient/uploads/:uploadId': 'patient',
  'PATCH /api/patient/uploads/:uploadId': 'patient',
  'DELETE /api/patient/uploads/:uploadId': 'patient',
  'POST /api/patient/images': 'patient',
  'GET /api/patient/images/:imageId/thumbnail': 'patient',
  'GET /api/patient/letter': 'patient',
  'POST /api/patient/feedback': 'patient',
  'GET /api/patient/appointment': 'patient',
  'GET /api/patient/appointment/letter': 'patient',
  'POST /api/patient/appointment/move': 'patient',
  'POST /api/patient/appointment/cancel': 'patient',
  'GET /api/clinic-sites': [...clinicStaff, 'photographer'],
  'POST /api/clinic-sites': clinicStaff,
  'PUT /api/clinic-sites/:siteId': clinicStaff,
  'GET /api/clinic-photographers': clinicStaff,
  'GET /api/clinic-sessions': [...clinicStaff, 'photographer'],
  'POST /api/clinic-sessions': ['booking_clerk'],
  'GET /api/clinic-sessions/:sessionId': clinicStaff,
  'POST /api/clinic-sessions/:sessionId/cancel': ['booking_clerk'],
  'GET /api/service/clinic-report': clinicStaff,
  'GET /api/booking-queue': ['booking_clerk'],
  'GET /api/requests/:requestId/slot-offers': ['booking_clerk'],
  'GET /api/requests/:requestId/patient-contact': ['booking_clerk'],
  'GET /api/requests/:requestId/appointments': ['referrer', ...clinicStaff],
  'POST /api/requests/:requestId/appointments': ['booking_clerk'],
  'POST /api/appointments/:appointmentId/move': ['booking_clerk'],
  'POST /api/appointments/:appointmentId/cancel': ['booking_clerk'],
  'POST /api/appointments/:appointmentId/did-not-attend': ['booking_clerk', 'photographer'],
  'GET /api/clinic-day': ['photographer'],
  'GET /api/clinic-appointments/:appointmentId': ['photographer'],
  'POST /api/clinic-appointments/:appointmentId/arrived': ['photographer'],
  'POST /api/clinic-appointments/:appointmentId/questionnaire': ['photographer'],
  'POST /api/clinic-appointments/:appointmentId/complete': ['photographer'],
  // The test environment only (the browser tests' server, and this in-process app).
  'GET /api/test-clock': 'public',
  'POST /api/test-clock/advance': 'signed-in',
};

type Persona = 'anonymous' | 'patient link' | Role;
const personas: Persona[] = ['anonymous', 'patient link', ...roles];
const homeOf: Record<Role, 'practice' | 'service' | 'clinic'> = {
  referrer: 'practice',
  photographer: 'clinic',
  consultant: 'service',
  booking_clerk: 'service',
  service_admin: 'service',
  system_admin: 'service',
};

let t: TestApp;
const accounts = new Map<Role, { email: string; password: string }>();
let patientHeaders: Record<string, string> = {};
beforeAll(async () => {
  t = await buildTestApp();
  const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  const clinic = await buildOrganisation(t.db.pool, { kind: 'community_clinic' });
  await linkOrganisations(t.db.pool, service.id, practice.id);
  const orgs = { service: service.id, practice: practice.id, clinic: clinic.id };
  for (const role of roles) {
    accounts.set(role, await buildUser(t.db.pool, { organisationId: orgs[homeOf[role]], roles: [role] }));
  }
  // A patient who has opened their link (and confirmed their date of birth).
  const referrer = accounts.get('referrer')!;
  const gp = await signInAs(t.app, referrer.email, referrer.password);
  const { id } = await draftRequest(t.app, gp, service.id);
  patientHeaders = await openPatientLinkAs(t, gp, id, '1970-05-17');
});
afterAll(() => t.close());

const isPluginRoute = (url: string) => url.startsWith('/api/docs');

describe('route × role matrix', () => {
  it('has an expected rule for every route the app serves, and no stale ones', () => {
    const served = t.routes.filter((r) => !isPluginRoute(r.url)).map((r) => `${r.method} ${r.url}`);
    expect([...new Set(served)].sort()).toEqual(Object.keys(expected).sort());
  });

  it('declares the same rule the table expects', () => {
    for (const route of t.routes.filter((r) => !isPluginRoute(r.url))) {
      expect(route.access, `${route.method} ${route.url}`).toEqual(expected[`${route.method} ${route.url}`]);
    }
  });

  const cases = Object.entries(expected).flatMap(([route, access]) =>
    personas.map((persona) => ({ route, access, persona })),
  );

  it.each(cases)('$route as $persona', async ({ route, access, persona }) => {
    const [method, template] = route.split(' ') as [string, string];
    const url = template.replace(':pathway', 'referral').replace(/:[a-zA-Z]+/g, '00000000-0000-4000-8000-000000000000');
    let headers: Record<string, string> = {};
    if (persona === 'patient link') headers = patientHeaders;
    else if (persona !== 'anonymous') {
      const account = accounts.get(persona)!;
      headers = as(await signInAs(t.app, account.email, account.password));
    }
    const response = await t.app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
    });
    const staff = persona !== 'anonymous' && persona !== 'patient link';
    const allowed =
      access === 'public' ||
      (access === 'patient'
        ? persona === 'patient link'
        : staff && (access === 'signed-in' || access.includes(persona)));
    if (allowed) {
      expect([401, 403], `${route} as ${persona} answered ${response.statusCode}: ${response.body}`).not.toContain(
        response.statusCode,
      );
    } else {
      // Without the right kind of session: 401; signed in with the wrong role: 403.
      expect(response.statusCode).toBe(staff && access !== 'patient' ? 403 : 401);
      expect(response.json().detail).not.toMatch(/000000/);
    }
  });

  it('records a refused call in the audit trail', async () => {
    const account = accounts.get('referrer')!;
    const session = await signInAs(t.app, account.email, account.password);
    expect((await t.app.inject({ url: '/api/users', headers: as(session) })).statusCode).toBe(403);
    const { rows } = await t.db.pool.query(
      `SELECT outcome, detail FROM audit_events WHERE action = 'access.denied' AND actor_user_id = $1`,
      [session.userId],
    );
    expect(rows).toContainEqual({ outcome: 'denied', detail: { route: 'GET /api/users', reason: 'role' } });
  });
});
