import { csvText } from '../../http/csv.ts';
import { outcomeCategories, outcomeCategoryLabels } from '../../../shared/outcome-categories.ts';
import { friendsAndFamilyAnswers, friendsAndFamilyLabels } from '../../../shared/patient-questions.ts';
import { requestKindLabels } from '../../../shared/request-content.ts';
import type { Dashboard } from './get-dashboard.ts';
import type { Figures } from './measures.ts';

/**
 * The dashboard's figures as the tables the page shows and the CSV files hold, built once here so that the two
 * cannot differ. A cell is a count, a percentage or a number of working days; null where there is nothing to divide.
 */
export const tableIds = [
  'volume',
  'timeliness',
  'open-now',
  'outcome-mix',
  'outcomes',
  'not-accepted',
  'quality',
  'clinics',
  'feedback',
  'practices',
  'consultants',
] as const;
export type TableId = (typeof tableIds)[number];

export type Unit = 'count' | 'percent' | 'days';
export type Column = { key: string; label: string; unit: Unit };
export type Row = { key: string; label: string; values: (number | null)[] };
export type DashboardTable = { id: TableId; caption: string; rowHeading: string; columns: Column[]; rows: Row[] };

const monthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });

/** "January 2026" for 2026-01. */
export function monthLabel(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return monthFormat.format(new Date(Date.UTC(year, monthNumber - 1, 1)));
}

const count = (key: string, label: string): Column => ({ key, label, unit: 'count' });
const share = (key: string, label: string): Column => ({ key, label, unit: 'percent' });
const workingDays = (key: string, label: string): Column => ({ key, label, unit: 'days' });

/** A table with a row per month and a last row for the whole period, each row read from its figures. */
function byMonth(
  dashboard: Dashboard,
  id: TableId,
  caption: string,
  columns: [Column, (f: Figures) => number | null][],
): DashboardTable {
  const row = (key: string, label: string, figures: Figures): Row => ({
    key,
    label,
    values: columns.map(([, value]) => value(figures)),
  });
  return {
    id,
    caption,
    rowHeading: 'Month',
    columns: columns.map(([column]) => column),
    rows: [
      ...dashboard.months.map((m) => row(m.month, monthLabel(m.month), m)),
      row('total', 'All months', dashboard.total),
    ],
  };
}

export function dashboardTables(dashboard: Dashboard): DashboardTable[] {
  const months = dashboard.period.months;
  return [
    byMonth(dashboard, 'volume', 'Requests received', [
      [count('received', 'Received'), (f) => f.volume.received],
      [count('adviceAndGuidance', requestKindLabels.advice_and_guidance), (f) => f.volume.adviceAndGuidance],
      [count('referral', requestKindLabels.referral), (f) => f.volume.referral],
      [count('routine', 'Routine'), (f) => f.volume.routine],
      [count('urgent', 'Urgent'), (f) => f.volume.urgent],
      [count('withPhotographs', 'With photographs'), (f) => f.volume.withPhotographs],
      [share('withPhotographsPercent', 'With photographs (%)'), (f) => f.volume.withPhotographsPercent],
    ]),
    byMonth(dashboard, 'timeliness', 'Requests answered, and how quickly', [
      [count('answered', 'Answered'), (f) => f.timeliness.answered],
      [count('withinTarget', 'Within target'), (f) => f.timeliness.withinTarget],
      [share('withinTargetPercent', 'Within target (%)'), (f) => f.timeliness.withinTargetPercent],
      [workingDays('medianWorkingDays', 'Median (working days)'), (f) => f.timeliness.medianWorkingDays],
      [workingDays('p90WorkingDays', '90th percentile (working days)'), (f) => f.timeliness.p90WorkingDays],
    ]),
    {
      id: 'open-now',
      caption: 'Cases open now',
      rowHeading: 'Pathway',
      columns: [
        count('withService', 'With the service'),
        count('paused', 'Waiting on the referrer or patient'),
        count('open', 'Open'),
        count('pastTarget', 'Past their target'),
      ],
      rows: dashboard.openNow.map((o) => ({
        key: o.pathway,
        label: o.pathway === 'all' ? 'All pathways' : requestKindLabels[o.pathway],
        values: [o.withService, o.paused, o.open, o.pastTarget],
      })),
    },
    byMonth(dashboard, 'outcome-mix', 'Outcomes signed, by category', [
      ...outcomeCategories.map(
        (c) =>
          [count(c, outcomeCategoryLabels[c]), (f: Figures) => f.outcomes.categories[c]] as [
            Column,
            (f: Figures) => number,
          ],
      ),
      [count('answered', 'All outcomes'), (f) => f.timeliness.answered],
    ]),
    byMonth(dashboard, 'outcomes', 'Outcomes: managed without a face-to-face appointment, conversions and redirects', [
      [count('withoutFaceToFace', 'Managed without face-to-face'), (f) => f.outcomes.withoutFaceToFace],
      [
        share('withoutFaceToFacePercent', 'Managed without face-to-face (%)'),
        (f) => f.outcomes.withoutFaceToFacePercent,
      ],
      [count('adviceAnswered', 'Advice & Guidance answered'), (f) => f.outcomes.adviceAnswered],
      [count('adviceWithoutReferral', 'Advice & Guidance without referral'), (f) => f.outcomes.adviceWithoutReferral],
      [
        share('adviceWithoutReferralPercent', 'Advice & Guidance without referral (%)'),
        (f) => f.outcomes.adviceWithoutReferralPercent,
      ],
      [count('convertedToReferral', 'Converted to referral'), (f) => f.outcomes.convertedToReferral],
      [
        count('redirectedAtIntake', 'Redirected to urgent cancer pathway at intake'),
        (f) => f.outcomes.redirectedAtIntake,
      ],
      [
        count('redirectedByConsultant', 'Redirected to urgent cancer pathway by a consultant'),
        (f) => f.outcomes.redirectedByConsultant,
      ],
      [count('notAccepted', 'Not accepted'), (f) => f.outcomes.notAccepted],
    ]),
    {
      id: 'not-accepted',
      caption: 'Requests not accepted, by reason',
      rowHeading: 'Reason',
      columns: [...months.map((m) => count(m, monthLabel(m))), count('total', 'All months')],
      rows: dashboard.notAccepted.map((r) => ({ key: r.rule, label: r.label, values: [...r.months, r.total] })),
    },
    byMonth(dashboard, 'quality', 'Photograph quality', [
      [count('photographs', 'Photographs'), (f) => f.quality.photographs],
      [count('withWarning', 'With a quality warning'), (f) => f.quality.withWarning],
      [share('withWarningPercent', 'With a quality warning (%)'), (f) => f.quality.withWarningPercent],
      [
        count('returnedForPhotographs', 'Requests returned for better photographs'),
        (f) => f.quality.returnedForPhotographs,
      ],
      [
        share('returnedForPhotographsPercent', 'Requests returned for better photographs (%)'),
        (f) => f.quality.returnedForPhotographsPercent,
      ],
    ]),
    byMonth(dashboard, 'clinics', 'Community photography clinics', [
      [count('slotsAvailable', 'Slots available'), (f) => f.clinics.slotsAvailable],
      [count('slotsUsed', 'Slots used'), (f) => f.clinics.slotsUsed],
      [share('utilisationPercent', 'Utilisation (%)'), (f) => f.clinics.utilisationPercent],
      [count('attended', 'Attended'), (f) => f.clinics.attended],
      [count('didNotAttend', 'Did not attend'), (f) => f.clinics.didNotAttend],
      [share('didNotAttendPercent', 'Did not attend (%)'), (f) => f.clinics.didNotAttendPercent],
      [count('cancelledByPatient', 'Cancelled by the patient'), (f) => f.clinics.cancelledByPatient],
      [count('cancelledByService', 'Cancelled by the service'), (f) => f.clinics.cancelledByService],
      [count('sessionsCancelled', 'Sessions cancelled'), (f) => f.clinics.sessionsCancelled],
    ]),
    byMonth(dashboard, 'feedback', 'Patient feedback: Friends and Family Test', [
      [count('responses', 'Responses'), (f) => f.feedback.responses],
      ...friendsAndFamilyAnswers.map(
        (a) =>
          [count(a, friendsAndFamilyLabels[a]), (f: Figures) => f.feedback.answers[a]] as [
            Column,
            (f: Figures) => number,
          ],
      ),
      [share('positivePercent', 'Positive (%)'), (f) => f.feedback.positivePercent],
      [share('negativePercent', 'Negative (%)'), (f) => f.feedback.negativePercent],
    ]),
    {
      id: 'practices',
      caption: 'By practice, over the whole period',
      rowHeading: 'Practice',
      columns: [
        count('received', 'Received'),
        count('notAccepted', 'Not accepted'),
        count('redirectedAtIntake', 'Redirected at intake'),
        count('answered', 'Answered'),
        share('withinTargetPercent', 'Within target (%)'),
        workingDays('medianWorkingDays', 'Median (working days)'),
      ],
      rows: dashboard.practices.map((p) => ({
        key: p.id,
        label: p.name,
        values: [
          p.received,
          p.notAccepted,
          p.redirectedAtIntake,
          p.answered,
          p.withinTargetPercent,
          p.medianWorkingDays,
        ],
      })),
    },
    {
      id: 'consultants',
      caption: 'By consultant, over the whole period',
      rowHeading: 'Consultant',
      columns: [
        count('answered', 'Answered'),
        count('withinTarget', 'Within target'),
        share('withinTargetPercent', 'Within target (%)'),
        workingDays('medianWorkingDays', 'Median (working days)'),
        workingDays('p90WorkingDays', '90th percentile (working days)'),
        share('withoutFaceToFacePercent', 'Managed without face-to-face (%)'),
        count('convertedToReferral', 'Converted to referral'),
      ],
      rows: dashboard.consultants.map((c) => ({
        key: c.id,
        label: c.name,
        values: [
          c.answered,
          c.withinTarget,
          c.withinTargetPercent,
          c.medianWorkingDays,
          c.p90WorkingDays,
          c.withoutFaceToFacePercent,
          c.convertedToReferral,
        ],
      })),
    },
  ];
}

/** One table as CSV, its row heading and column labels first. */
export function tableCsv(table: DashboardTable): string {
  return csvText([
    [table.rowHeading, ...table.columns.map((c) => c.label)],
    ...table.rows.map((row) => [row.label, ...row.values]),
  ]);
}
