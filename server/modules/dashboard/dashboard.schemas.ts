import { z } from 'zod';
import { outcomeCategories } from '../../../shared/outcome-categories.ts';
import { friendsAndFamilyAnswers } from '../../../shared/patient-questions.ts';
import { requestKinds } from '../../../shared/request-content.ts';
import { maxMonths, monthPattern } from './dashboard-period.ts';
import { tableIds } from './dashboard-tables.ts';

const month = z.string().regex(monthPattern, 'Enter a month as YYYY-MM, like 2026-01');

export const dashboardParams = z.object({ serviceId: z.uuid() });

export const dashboardQuery = z.object({
  /** The first month (London time), YYYY-MM; by default eleven months before `to`. */
  from: month.optional(),
  /** The last month, YYYY-MM; by default the current month. At most 36 months from `from`. */
  to: month.optional().meta({ description: `The last month, YYYY-MM; at most ${maxMonths} months in all` }),
  /** Only Advice & Guidance, or only referrals. */
  pathway: z.enum(requestKinds).optional(),
  /** Only requests from this practice. */
  practiceId: z.uuid().optional(),
  /** Only requests whose outcome this consultant signed (open cases: that they hold). */
  consultantId: z.uuid().optional(),
});

export const dashboardCsvQuery = dashboardQuery.extend({
  /** Which of the dashboard's tables. */
  table: z.enum(tableIds),
});

const share = z.number().nullable();

const figures = z.object({
  volume: z.object({
    received: z.number().int(),
    adviceAndGuidance: z.number().int(),
    referral: z.number().int(),
    routine: z.number().int(),
    urgent: z.number().int(),
    withPhotographs: z.number().int(),
    withPhotographsPercent: share,
  }),
  timeliness: z.object({
    answered: z.number().int(),
    withinTarget: z.number().int(),
    withinTargetPercent: share,
    medianWorkingDays: z.number().nullable(),
    p90WorkingDays: z.number().nullable(),
  }),
  outcomes: z.object({
    categories: z.record(z.enum(outcomeCategories), z.number().int()),
    withoutFaceToFace: z.number().int(),
    withoutFaceToFacePercent: share,
    adviceAnswered: z.number().int(),
    adviceWithoutReferral: z.number().int(),
    adviceWithoutReferralPercent: share,
    convertedToReferral: z.number().int(),
    redirectedAtIntake: z.number().int(),
    redirectedByConsultant: z.number().int(),
    notAccepted: z.number().int(),
  }),
  quality: z.object({
    photographs: z.number().int(),
    withWarning: z.number().int(),
    withWarningPercent: share,
    returnedForPhotographs: z.number().int(),
    returnedForPhotographsPercent: share,
  }),
  clinics: z.object({
    slotsAvailable: z.number().int(),
    slotsUsed: z.number().int(),
    utilisationPercent: share,
    attended: z.number().int(),
    didNotAttend: z.number().int(),
    didNotAttendPercent: share,
    cancelledByPatient: z.number().int(),
    cancelledByService: z.number().int(),
    sessionsCancelled: z.number().int(),
  }),
  feedback: z.object({
    responses: z.number().int(),
    answers: z.record(z.enum(friendsAndFamilyAnswers), z.number().int()),
    positivePercent: share,
    negativePercent: share,
  }),
});

const named = z.object({ id: z.uuid(), name: z.string() });

const tableSchema = z.object({
  id: z.enum(tableIds),
  caption: z.string(),
  /** What the rows are: months, practices, consultants, reasons or pathways. */
  rowHeading: z.string(),
  columns: z.array(z.object({ key: z.string(), label: z.string(), unit: z.enum(['count', 'percent', 'days']) })),
  rows: z.array(z.object({ key: z.string(), label: z.string(), values: z.array(z.number().nullable()) })),
});

export const dashboardSchema = z
  .object({
    service: named,
    period: z.object({ from: z.string(), to: z.string(), months: z.array(z.string()) }),
    filters: z.object({
      pathway: z.enum(requestKinds).nullable(),
      practiceId: z.uuid().nullable(),
      consultantId: z.uuid().nullable(),
    }),
    /** The response targets in force now, in working days. */
    targets: z.object({ adviceAndGuidance: z.number().int(), referral: z.number().int() }),
    options: z.object({ practices: z.array(named), consultants: z.array(named) }),
    /** One entry per month of the period, in order; shares are percentages to one decimal place. */
    months: z.array(figures.extend({ month: z.string() })),
    total: figures,
    notAccepted: z.array(
      z.object({ rule: z.string(), label: z.string(), months: z.array(z.number().int()), total: z.number().int() }),
    ),
    openNow: z.array(
      z.object({
        pathway: z.enum([...requestKinds, 'all']),
        withService: z.number().int(),
        paused: z.number().int(),
        open: z.number().int(),
        pastTarget: z.number().int(),
      }),
    ),
    practices: z.array(
      named.extend({
        received: z.number().int(),
        notAccepted: z.number().int(),
        redirectedAtIntake: z.number().int(),
        answered: z.number().int(),
        withinTargetPercent: share,
        medianWorkingDays: z.number().nullable(),
      }),
    ),
    consultants: z.array(
      named.extend({
        answered: z.number().int(),
        withinTarget: z.number().int(),
        withinTargetPercent: share,
        medianWorkingDays: z.number().nullable(),
        p90WorkingDays: z.number().nullable(),
        withoutFaceToFacePercent: share,
        convertedToReferral: z.number().int(),
      }),
    ),
    /** The same figures as the page's tables, each also available as CSV. */
    tables: z.array(tableSchema),
    generatedAt: z.date(),
  })
  .meta({ id: 'ServiceDashboard' });
