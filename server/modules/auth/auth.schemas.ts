import { z } from 'zod';
import { membershipSchema, roleSchema } from '../../http/common.schemas.ts';

export const signInBody = z.object({
  /** The email address the account was created with. */
  email: z.string().trim().min(1, 'Enter your email address').max(320).describe('Email address of the account'),
  /** The password; long passphrases are accepted whole. */
  password: z.string().min(1, 'Enter your password').max(1024).describe('Password'),
});

export const sessionSchema = z
  .object({
    user: z.object({
      id: z.uuid(),
      email: z.string(),
      displayName: z.string(),
      gmcNumber: z.string().nullable().describe('GMC number, for consultants'),
      professionalRegistration: z.string().nullable().describe('Professional registration, for referrers'),
    }),
    memberships: z.array(membershipSchema),
    roles: z.array(roleSchema).describe('Every role held, in any organisation'),
    capabilities: z.array(z.string()).describe('What the user can do, in words for the home page'),
    csrfToken: z.string().optional().describe('Send as X-CSRF-Token on every state-changing request'),
  })
  .meta({ id: 'Session' });
