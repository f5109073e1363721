import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import type { Role } from '../../shared/roles.ts';
import type { Clock } from '../clock.ts';
import { withTransaction, type Tx } from '../db/database.ts';
import { insertSession } from '../modules/clinics/sessions.repository.ts';
import { insertSite } from '../modules/clinics/sites.repository.ts';
import { loadPostcodes } from '../modules/clinics/load-postcodes.ts';
import { addCalendarDays, atLondonTime, isWorkingDay, londonDate } from '../working-days.ts';
import { appendAuditEvent } from '../modules/audit/audit.repository.ts';
import { hashPassword } from '../modules/auth/passwords.ts';
import { insertMembership, insertUser } from '../modules/users/users.repository.ts';

/** The password of every demo user. Demo data only: never seed a real deployment with it. */
export const demoPassword = 'skin-check-demo-2026';

type DemoOrganisation = {
  key: string;
  kind: 'gp_practice' | 'dermatology_service' | 'community_clinic';
  name: string;
  odsCode: string;
  address: string;
  postcode: string;
  telephone: string;
  email: string;
};

const organisations: DemoOrganisation[] = [
  {
    key: 'service',
    kind: 'dermatology_service',
    name: 'North Vale Community Dermatology Service',
    odsCode: 'NVD01',
    address: 'Outpatients Building, North Vale General Hospital, Vale Road, Northam',
    postcode: 'NV1 4DE',
    telephone: '01632 960100',
    email: 'dermatology@northvale.example',
  },
  {
    key: 'riverside',
    kind: 'gp_practice',
    name: 'Riverside Medical Practice',
    odsCode: 'A81001',
    address: '12 Quay Street, Northam',
    postcode: 'NV2 7RP',
    telephone: '01632 960200',
    email: 'riverside.practice@northvale.example',
  },
  {
    key: 'hillcrest',
    kind: 'gp_practice',
    name: 'Hillcrest Surgery',
    odsCode: 'A81002',
    address: '3 Hill Lane, Easton',
    postcode: 'NV6 2HS',
    telephone: '01632 960300',
    email: 'hillcrest.surgery@northvale.example',
  },
  {
    key: 'clinic',
    kind: 'community_clinic',
    name: 'Northgate Community Diagnostic Centre',
    odsCode: 'NGC01',
    address: 'Northgate Health Centre, 40 North Gate, Northam',
    postcode: 'NV3 1NG',
    telephone: '01632 960400',
    email: 'photography@northgate.example',
  },
];

export type DemoUser = {
  email: string;
  displayName: string;
  organisation: string;
  roles: Role[];
  gmcNumber?: string;
  professionalRegistration?: string;
};

export const demoUsers: DemoUser[] = [
  {
    email: 'gp@riverside.example',
    displayName: 'Dr Amira Patel',
    organisation: 'riverside',
    roles: ['referrer'],
    professionalRegistration: 'GMC 7012345',
  },
  {
    email: 'nurse@hillcrest.example',
    displayName: 'Sam Lewis',
    organisation: 'hillcrest',
    roles: ['referrer'],
    professionalRegistration: 'NMC 12A3456E',
  },
  {
    email: 'photographer@northgate.example',
    displayName: 'Jo Harper',
    organisation: 'clinic',
    roles: ['photographer'],
  },
  {
    email: 'consultant@northvale.example',
    displayName: 'Dr James Okafor',
    organisation: 'service',
    roles: ['consultant'],
    gmcNumber: '4567890',
  },
  { email: 'clerk@northvale.example', displayName: 'Priya Shah', organisation: 'service', roles: ['booking_clerk'] },
  { email: 'admin@northvale.example', displayName: 'Helen Moss', organisation: 'service', roles: ['service_admin'] },
  { email: 'sysadmin@northvale.example', displayName: 'Tom Reid', organisation: 'service', roles: ['system_admin'] },
];

const SEED_LOCK = 7_318_020_403;

/**
 * Where the demo's fictional postcodes are (the NV area does not exist), in the ONS Postcode Directory's
 * columns, so that the demo shows distances. A real service loads the ONS file itself (docs/clinics.md).
 */
export const demoPostcodesFile = fileURLToPath(new URL('./demo-postcodes.csv', import.meta.url));

/**
 * Seeds the demo organisations and one user of each role, once: a database
 * that already has organisations is left alone.
 */
export async function seedDemo(pool: pg.Pool, clock: Clock): Promise<{ seeded: boolean }> {
  const passwordHash = await hashPassword(demoPassword);
  return withTransaction(pool, async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    // Every start, not only the first: a demo database made before the postcode data set existed gets it too.
    // A file loaded before, unchanged, is not read again.
    await loadPostcodes(tx, { file: demoPostcodesFile, at: clock.now() });
    const existing = await tx.query('SELECT 1 FROM organisations LIMIT 1');
    if (existing.rowCount) return { seeded: false };
    const ids = new Map<string, string>();
    for (const o of organisations) {
      const { rows } = await tx.query<{ id: string }>(
        `INSERT INTO organisations (kind, name, ods_code, address, postcode, telephone, email)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [o.kind, o.name, o.odsCode, o.address, o.postcode, o.telephone, o.email],
      );
      ids.set(o.key, rows[0]!.id);
    }
    const service = ids.get('service')!;
    await tx.query(
      `INSERT INTO organisation_links (service_id, organisation_id, relationship)
       VALUES ($1, $2, 'serves_practice'), ($1, $3, 'serves_practice'), ($1, $4, 'clinic_provider')`,
      [service, ids.get('riverside'), ids.get('hillcrest'), ids.get('clinic')],
    );
    const at = clock.now();
    const seeder = { userId: null, organisationId: null, label: 'system: demo seed', clientAddress: '' };
    for (const u of demoUsers) {
      const id = await insertUser(tx, {
        email: u.email,
        displayName: u.displayName,
        passwordHash,
        gmcNumber: u.gmcNumber ?? null,
        professionalRegistration: u.professionalRegistration ?? null,
      });
      if (!id) continue;
      const organisationId = ids.get(u.organisation)!;
      await insertMembership(tx, id, organisationId, u.roles);
      await appendAuditEvent(tx, seeder, at, {
        action: 'user.created',
        recordType: 'user',
        recordId: id,
        detail: { organisationId, roles: u.roles },
      });
    }
    await seedClinicSites(tx, { clinicId: ids.get('clinic')!, at });
    return { seeded: true };
  });
}

/**
 * Two sites for the demo clinic (each located from its postcode in the demo's postcode file), and a morning session at each on the next ten working days (from today),
 * staffed by the demo photographer, so that a clerk has slots to offer from the first start.
 */
async function seedClinicSites(tx: Tx, options: { clinicId: string; at: Date }) {
  const { rows } = await tx.query<{ id: string }>(
    `SELECT u.id FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.organisation_id = $1`,
    [options.clinicId],
  );
  const photographerIds = rows.map((r) => r.id);
  const sites = [
    {
      name: 'Northgate Health Centre',
      address: '40 North Gate, Northam',
      postcode: 'NV3 1NG',
      accessibility: 'Step-free entrance and lift. Blue badge parking at the front. Hearing loop at reception.',
      openingHours: 'Monday to Friday, 8am to 6:30pm',
      start: '09:00',
      end: '12:00',
    },
    {
      name: 'Easton Community Diagnostic Centre',
      address: 'Unit 4, Easton Retail Park, Easton',
      postcode: 'NV6 3DB',
      accessibility: 'Ground floor, step-free. Free parking. Accessible toilet.',
      openingHours: 'Monday to Saturday, 8am to 8pm',
      start: '13:30',
      end: '16:30',
    },
  ];
  let date = londonDate(options.at);
  const dates: string[] = [];
  while (dates.length < 10) {
    if (isWorkingDay(date)) dates.push(date);
    date = addCalendarDays(date, 1);
  }
  for (const site of sites) {
    const siteId = await insertSite(tx, { clinicId: options.clinicId, ...site, at: options.at });
    for (const day of dates) {
      await insertSession(tx, {
        siteId,
        startsAt: atLondonTime(day, site.start),
        endsAt: atLondonTime(day, site.end),
        slotMinutes: 20,
        photographerIds,
        at: options.at,
      });
    }
  }
}

/** The demo sign-ins still present, for printing at start. */
export async function presentDemoSignIns(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ email: string; name: string; organisation: string; roles: string[] }>(
    `SELECT u.email, u.display_name AS name, o.name AS organisation, m.roles
     FROM users u JOIN memberships m ON m.user_id = u.id JOIN organisations o ON o.id = m.organisation_id
     WHERE lower(u.email) = ANY($1) AND u.disabled_at IS NULL ORDER BY o.kind, u.email`,
    [demoUsers.map((u) => u.email)],
  );
  return rows.map((r) => `  ${r.email.padEnd(32)} ${r.roles.join(', ').padEnd(16)} ${r.name}, ${r.organisation}`);
}
