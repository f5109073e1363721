import { z } from 'zod';
import { hasRole, organisationsWithRole } from '../../http/actor.ts';
import { withTransaction } from '../../db/database.ts';
import {
  defaultServiceSettings,
  didNotAttendRules,
  maxDidNotAttendGraceMinutes,
  saveServiceSettings,
  serviceSettings,
} from './service-settings.repository.ts';
import { actorOf, auditActorOf, recordDenial } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { notFound } from '../../http/errors.ts';
import type { Services } from '../../services.ts';
import { appendAuditEvent } from '../audit/index.ts';
import { normaliseEmail } from '../patients/index.ts';
import { listVisibleOrganisations } from './organisations.repository.ts';
import { organisationSchema } from './organisations.schemas.ts';

export function organisationsRoutes(app: App, services: Services) {
  const visibleTo = (actor: ReturnType<typeof actorOf>) =>
    listVisibleOrganisations(
      services.pool,
      hasRole(actor, 'system_admin') ? 'all' : actor.memberships.map((m) => m.organisationId),
    );

  app.get(
    '/api/organisations',
    {
      config: { access: 'signed-in' },
      schema: {
        summary: 'Your organisations and those they work with',
        tags: ['organisations'],
        response: { 200: z.object({ organisations: z.array(organisationSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ organisations: await visibleTo(actorOf(request)) }),
  );

  app.get(
    '/api/organisations/:organisationId',
    {
      config: { access: 'signed-in' },
      schema: {
        summary: 'One organisation you can see',
        tags: ['organisations'],
        params: z.object({ organisationId: z.uuid() }),
        response: { 200: organisationSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { organisationId } = request.params;
      const organisation = (await visibleTo(actorOf(request))).find((o) => o.id === organisationId);
      if (!organisation) {
        await recordDenial(services, request, 'scope', { recordType: 'organisation', recordId: organisationId });
        throw notFound('organisation');
      }
      await appendAuditEvent(services.pool, auditActorOf(request), services.clock.now(), {
        action: 'organisation.viewed',
        recordType: 'organisation',
        recordId: organisationId,
      });
      return organisation;
    },
  );
}

/** A target in working days, refused in words when it is not a whole number from 1 to 30. */
const target = (what: string) =>
  z
    .number({ message: `Enter the ${what} target as a number of working days` })
    .int({ message: `Enter the ${what} target as a whole number of working days` })
    .min(1, { message: `The ${what} target must be at least 1 working day` })
    .max(30, { message: `The ${what} target must be 30 working days or fewer` });

/** A UK telephone number as a patient would dial it: digits, spaces and brackets, 10 or 11 digits (or +44). */
const telephonePattern = /^(?:\+44\s?(?:\(0\))?|0)[\d\s()-]{9,16}$/;

const settingsSchema = z
  .object({
    /** Response target for routine Advice & Guidance, in working days from when the case is ready for review. */
    adviceTargetWorkingDays: target('routine Advice & Guidance'),
    /** Response target for routine referrals, in working days. */
    referralTargetWorkingDays: target('routine referral'),
    /**
     * Response target for urgent Advice & Guidance. Left out, the service's urgent target is kept, shortened to the
     * routine one if that is now shorter: leaving it out never lengthens an urgent case's wait.
     */
    urgentAdviceTargetWorkingDays: target('urgent Advice & Guidance').optional(),
    /** Response target for urgent referrals; left out, kept as for Advice & Guidance. */
    urgentReferralTargetWorkingDays: target('urgent referral').optional(),
    /** After a patient does not attend a clinic: offer one more appointment first, or return to the referrer. */
    didNotAttendRule: z
      .enum(didNotAttendRules, { message: 'Choose what happens when a patient does not attend' })
      .default('offer_once_more'),
    /** Appointment reminders, in working days before the appointment (for example 3 and 1). */
    reminderWorkingDays: z
      .array(
        z
          .number({ message: 'Enter each reminder as a number of working days' })
          .int({ message: 'Enter each reminder as a whole number of working days' })
          .min(1, { message: 'A reminder must be at least 1 working day before the appointment' })
          .max(20, { message: 'A reminder must be 20 working days or fewer before the appointment' }),
        { message: 'Enter the reminder days as a list of numbers' },
      )
      .max(5, { message: 'Send no more than 5 reminders' })
      .default([3, 1])
      .transform((days) => [...new Set(days)].sort((a, b) => b - a)),
    /**
     * Minutes after a clinic appointment starts before it can be recorded as did not attend (0 to 240), for a
     * patient running late. It is never possible before the appointment starts.
     */
    didNotAttendGraceMinutes: z
      .number({ message: 'Enter the grace period as a number of minutes' })
      .int({ message: 'Enter the grace period as a whole number of minutes' })
      .min(0, { message: 'The grace period cannot be negative' })
      .max(maxDidNotAttendGraceMinutes, {
        message: `The grace period must be ${maxDidNotAttendGraceMinutes} minutes (4 hours) or fewer`,
      })
      .default(defaultServiceSettings.didNotAttendGraceMinutes),
    /** The telephone number patients call, on letters and patient pages; kept as it was when left out. */
    contactTelephone: z
      .string()
      .trim()
      .min(1, { message: 'Enter the telephone number patients should call' })
      .max(40, { message: 'The telephone number must be 40 characters or fewer' })
      .regex(telephonePattern, { message: 'Enter a UK telephone number, like 01632 960 100' })
      .optional(),
    /** The email address patients may write to; empty for none; kept as it was when left out. */
    contactEmail: z
      .string()
      .trim()
      .max(254, { message: 'The email address must be 254 characters or fewer' })
      .refine((email) => email === '' || normaliseEmail(email) !== null, {
        message: 'Enter an email address in the correct format, like dermatology@example.nhs.uk',
      })
      .optional(),
    /** When the telephone line is answered, in words; may be empty; kept as it was when left out. */
    openingHours: z
      .string()
      .trim()
      .max(200, { message: 'The opening hours must be 200 characters or fewer' })
      .refine((hours) => !/[\r\n]/.test(hours), { message: 'Write the opening hours on one line' })
      .optional(),
  })
  .superRefine((settings, context) => {
    // An urgent case waiting longer than a routine one is a setting typed the wrong way round.
    for (const [urgent, routine, what] of [
      ['urgentAdviceTargetWorkingDays', 'adviceTargetWorkingDays', 'Advice & Guidance'],
      ['urgentReferralTargetWorkingDays', 'referralTargetWorkingDays', 'referral'],
    ] as const) {
      const urgentTarget = settings[urgent];
      if (urgentTarget !== undefined && urgentTarget > settings[routine]) {
        context.addIssue({
          code: 'custom',
          path: [urgent],
          message: `The urgent ${what} target cannot be longer than the routine one (${settings[routine]} working days)`,
        });
      }
    }
  });

/** The settings as answered: every field, in its stored form. */
const settingsResponse = z.object({
  adviceTargetWorkingDays: z.number().int(),
  referralTargetWorkingDays: z.number().int(),
  urgentAdviceTargetWorkingDays: z.number().int(),
  urgentReferralTargetWorkingDays: z.number().int(),
  didNotAttendRule: z.enum(didNotAttendRules),
  reminderWorkingDays: z.array(z.number().int()),
  didNotAttendGraceMinutes: z.number().int(),
  /** The organisation's own telephone until the admin sets one here. */
  contactTelephone: z.string(),
  contactEmail: z.string(),
  openingHours: z.string(),
});

export function serviceSettingsRoutes(app: App, services: Services) {
  const ensureAdmin = async (request: Parameters<typeof actorOf>[0], serviceId: string) => {
    if (!organisationsWithRole(actorOf(request), 'service_admin').includes(serviceId)) {
      await recordDenial(services, request, 'scope', { recordType: 'organisation', recordId: serviceId });
      throw notFound('service');
    }
  };

  app.get(
    '/api/services/:serviceId/settings',
    {
      config: { access: ['service_admin'] },
      schema: {
        summary: "A service's response targets, clinic rules and contact details for patients",
        tags: ['organisations'],
        params: z.object({ serviceId: z.uuid() }),
        response: { 200: settingsResponse, ...errorResponses },
      },
    },
    async (request) => {
      await ensureAdmin(request, request.params.serviceId);
      return serviceSettings(services.pool, request.params.serviceId);
    },
  );

  app.put(
    '/api/services/:serviceId/settings',
    {
      config: { access: ['service_admin'] },
      schema: {
        summary:
          "Change a service's settings: targets apply to cases that become ready for review from now on; contact details to the next letter and patient page",
        tags: ['organisations'],
        params: z.object({ serviceId: z.uuid() }),
        body: settingsSchema,
        response: { 200: settingsResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { serviceId } = request.params;
      await ensureAdmin(request, serviceId);
      const at = services.clock.now();
      return withTransaction(services.pool, async (tx) => {
        const current = await serviceSettings(tx, serviceId);
        const body = request.body;
        const saved = {
          ...body,
          urgentAdviceTargetWorkingDays:
            body.urgentAdviceTargetWorkingDays ??
            Math.min(current.urgentAdviceTargetWorkingDays, body.adviceTargetWorkingDays),
          urgentReferralTargetWorkingDays:
            body.urgentReferralTargetWorkingDays ??
            Math.min(current.urgentReferralTargetWorkingDays, body.referralTargetWorkingDays),
        };
        await saveServiceSettings(tx, serviceId, saved);
        await appendAuditEvent(tx, auditActorOf(request), at, {
          action: 'service_settings.updated',
          recordType: 'organisation',
          recordId: serviceId,
          detail: saved,
        });
        return serviceSettings(tx, serviceId);
      });
    },
  );
}
