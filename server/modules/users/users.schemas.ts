import { z } from 'zod';
import { membershipSchema, roleSchema } from '../../http/common.schemas.ts';

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    gmcNumber: z.string().nullable(),
    professionalRegistration: z.string().nullable(),
    disabled: z.boolean(),
    /** When they last signed in; null if they never have. */
    lastSignedInAt: z.date().nullable(),
    memberships: z.array(membershipSchema),
  })
  .meta({ id: 'User' });

export const listUsersQuery = z.object({
  /** Only this organisation's users. */
  organisationId: z.uuid().optional(),
});

export const createUserBody = z.object({
  /** Used to sign in; unique across the service. */
  email: z.email('Enter an email address in the correct format, like name@example.nhs.uk').max(320),
  /** The name shown to colleagues and on letters. */
  displayName: z.string().trim().min(1, 'Enter the name').max(200),
  /** An initial password of at least 12 characters, not a common one. */
  password: z.string().max(1024),
  /** The organisation the user works for. */
  organisationId: z.uuid(),
  /** Roles within that organisation. */
  roles: z.array(roleSchema).min(1, 'Choose at least one role'),
  /** Seven-digit GMC number: required for consultants. */
  gmcNumber: z
    .string()
    .trim()
    .regex(/^\d{7}$/, 'Enter a GMC number of 7 digits')
    .optional(),
  /** Professional registration body and number (for example "GMC 1234567", "NMC 12A3456E"): required for referrers. */
  professionalRegistration: z
    .string()
    .trim()
    .regex(/^(GMC|NMC|GPhC|HCPC) [A-Z0-9]{4,10}$/, 'Enter the body and number, like "GMC 1234567" or "NMC 12A3456E"')
    .optional(),
});
export type CreateUserInput = z.infer<typeof createUserBody>;

const gmcNumber = createUserBody.shape.gmcNumber;
const professionalRegistration = createUserBody.shape.professionalRegistration;

export const inviteUserBody = z.object({
  /** The name shown to colleagues and on letters. */
  displayName: createUserBody.shape.displayName,
  /** Where the invitation is sent; they sign in with it. */
  email: createUserBody.shape.email,
  /** The organisation they are invited to. */
  organisationId: z.uuid(),
  /** Their roles there. */
  roles: createUserBody.shape.roles,
  /** Seven-digit GMC number: required for consultants. */
  gmcNumber,
  /** Professional registration body and number: required for referrers. */
  professionalRegistration,
});
export type InviteUserInput = z.infer<typeof inviteUserBody>;

export const pendingInvitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    roles: z.array(roleSchema),
    invitedByName: z.string(),
    createdAt: z.date(),
    expiresAt: z.date(),
  })
  .meta({ id: 'PendingInvitation' });

export const changeRolesBody = z.object({
  /** Every role the user is to hold in the organisation, replacing those they hold now. */
  roles: z.array(roleSchema).min(1, 'Choose at least one role, or remove them from the organisation'),
});

export const invitationTokenBody = z.object({
  /** The token from the invitation link. */
  token: z.string().max(200),
});

export const acceptInvitationBody = invitationTokenBody.extend({
  /** The password they choose: at least 12 characters, not a common one; long passphrases are taken whole. */
  password: z.string().max(1024),
});

export const openedInvitationSchema = z
  .object({
    displayName: z.string(),
    email: z.string(),
    organisationName: z.string(),
    /** The administrator who sent the invitation. */
    invitedBy: z.string(),
    roles: z.array(roleSchema),
    expiresAt: z.date(),
    passwordMinLength: z.number().int(),
  })
  .meta({ id: 'OpenedInvitation' });
