import type { Role } from '../shared/roles.ts';

/** The password of every demo user the service seeds on first start. */
export const demoPassword = 'skin-check-demo-2026';

export type DemoUser = { email: string; name: string; organisation: string; role: Role };

/** One of each role, as the service seeds them (server/seed/demo.ts). */
export const demoUsers: DemoUser[] = [
  {
    email: 'gp@riverside.example',
    name: 'Dr Amira Patel',
    organisation: 'Riverside Medical Practice',
    role: 'referrer',
  },
  {
    email: 'photographer@northgate.example',
    name: 'Jo Harper',
    organisation: 'Northgate Community Diagnostic Centre',
    role: 'photographer',
  },
  {
    email: 'consultant@northvale.example',
    name: 'Dr James Okafor',
    organisation: 'North Vale Community Dermatology Service',
    role: 'consultant',
  },
  {
    email: 'clerk@northvale.example',
    name: 'Priya Shah',
    organisation: 'North Vale Community Dermatology Service',
    role: 'booking_clerk',
  },
  {
    email: 'admin@northvale.example',
    name: 'Helen Moss',
    organisation: 'North Vale Community Dermatology Service',
    role: 'service_admin',
  },
  {
    email: 'sysadmin@northvale.example',
    name: 'Tom Reid',
    organisation: 'North Vale Community Dermatology Service',
    role: 'system_admin',
  },
  { email: 'nurse@hillcrest.example', name: 'Sam Lewis', organisation: 'Hillcrest Surgery', role: 'referrer' },
];

export function demoUser(email: string): DemoUser {
  const user = demoUsers.find((u) => u.email === email);
  if (!user) throw new Error(`No demo user ${email}`);
  return user;
}
