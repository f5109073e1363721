import { Link } from 'react-router';
import { formatLondonDate, formatLondonTime } from '../../../../shared/london-time.ts';
import { requestKindLabels } from '../../../../shared/request-content.ts';
import { dashboardCsvUrl, tableOf, type Dashboard, type DashboardFilters } from './dashboard-api.ts';
import { seriesColours } from './dashboard-chart.tsx';
import { choosableMonths, DashboardFilter } from './dashboard-filter.tsx';
import { columnLabel, DashboardSection, monthColumn } from './dashboard-section.tsx';
import { formatValue } from './dashboard-table.tsx';
import { currentLondonMonth, monthName, shortMonthName } from './months.ts';

type FiguresProps = {
  dashboard: Dashboard;
  filters: DashboardFilters;
  serviceId: string;
  isAdmin: boolean;
  onApply: (filters: DashboardFilters) => void;
  onFilterError: (shown: boolean) => void;
};

/** The dashboard's figures: the filters, the key figures, and a section per group of measures. */
export function DashboardFigures({ dashboard, filters, serviceId, isAdmin, onApply, onFilterError }: FiguresProps) {
  const table = (id: string) => ({ table: tableOf(dashboard, id), csvUrl: dashboardCsvUrl(serviceId, id, filters) });
  const months = dashboard.period.months.map(shortMonthName);
  const volume = tableOf(dashboard, 'volume');
  const timeliness = tableOf(dashboard, 'timeliness');
  const mix = tableOf(dashboard, 'outcome-mix');
  const outcomes = tableOf(dashboard, 'outcomes');
  const quality = tableOf(dashboard, 'quality');
  const clinics = tableOf(dashboard, 'clinics');
  const feedback = tableOf(dashboard, 'feedback');
  const all = dashboard.openNow.find((o) => o.pathway === 'all');
  const period =
    dashboard.period.from === dashboard.period.to
      ? monthName(dashboard.period.from)
      : `${monthName(dashboard.period.from)} to ${monthName(dashboard.period.to)}`;
  const narrowed = [
    dashboard.filters.pathway && requestKindLabels[dashboard.filters.pathway],
    dashboard.filters.practiceId &&
      dashboard.options.practices.find((p) => p.id === dashboard.filters.practiceId)?.name,
    dashboard.filters.consultantId &&
      `signed by ${dashboard.options.consultants.find((c) => c.id === dashboard.filters.consultantId)?.name ?? 'one consultant'}`,
  ].filter(Boolean);
  const percentSeries = (t: typeof volume, keys: string[]) =>
    keys.map((key, i) => ({ label: columnLabel(t, key), data: monthColumn(t, key), colour: seriesColours[i]! }));

  return (
    <>
      <DashboardFilter
        key={`${dashboard.period.from}:${dashboard.period.to}:${JSON.stringify(dashboard.filters)}`}
        filters={filters}
        dashboard={dashboard}
        months={choosableMonths(currentLondonMonth())}
        onApply={onApply}
        onErrorShown={onFilterError}
      />
      <p className="nhsuk-body-l" id="dashboard-period">
        {period}
        {narrowed.length > 0 ? `: ${narrowed.join(', ')}` : ''}
      </p>
      <ul className="app-dashboard-figures" aria-label="Key figures for the period">
        <KeyFigure value={formatValue(dashboard.total.volume.received, 'count')} label="Requests received" />
        <KeyFigure
          value={formatValue(dashboard.total.timeliness.withinTargetPercent, 'percent')}
          label="Answered within target"
        />
        <KeyFigure
          value={formatValue(dashboard.total.timeliness.medianWorkingDays, 'days')}
          label="Median working days to answer"
        />
        <KeyFigure value={formatValue(all?.pastTarget ?? 0, 'count')} label="Open cases past their target now" />
        <KeyFigure
          value={formatValue(dashboard.total.outcomes.adviceWithoutReferralPercent, 'percent')}
          label="Advice & Guidance answered without a referral"
        />
        <KeyFigure
          value={formatValue(dashboard.total.feedback.positivePercent, 'percent')}
          label="Patients rating the service good or very good"
        />
      </ul>

      <DashboardSection
        id="volume"
        heading="Requests received"
        charts={[
          {
            tableCaption: volume.caption,
            title: 'requests received each month, by pathway',
            labels: months,
            series: percentSeries(volume, ['adviceAndGuidance', 'referral']),
            unit: 'count',
            stacked: true,
          },
        ]}
        tables={[table('volume')]}
      >
        <p>
          Requests sent to the service in each month, by pathway and urgency, and how many have photographs. A referral
          made by converting Advice &amp; Guidance is not counted again.
        </p>
      </DashboardSection>

      <DashboardSection
        id="timeliness"
        heading="Response times"
        charts={[
          {
            tableCaption: timeliness.caption,
            title: 'share of requests answered within target each month',
            labels: months,
            series: percentSeries(timeliness, ['withinTargetPercent']),
            unit: 'percent',
          },
        ]}
        tables={[table('timeliness'), table('open-now')]}
      >
        <p>
          Requests answered in each month, and how many within the response target:{' '}
          {dashboard.targets.adviceAndGuidance} working days for Advice &amp; Guidance and {dashboard.targets.referral}{' '}
          for referrals, from when the case is ready for review. The clock stops while the service waits for the
          referrer or the patient. Working days leave out weekends and bank holidays in England and Wales.
        </p>
        {isAdmin ? (
          <p>
            <Link to="/service-cases">See the open cases and those past their target</Link>
          </p>
        ) : (
          <p>
            <Link to="/review">Go to your worklist</Link>
          </p>
        )}
      </DashboardSection>

      <DashboardSection
        id="outcomes"
        heading="Outcomes"
        charts={[
          {
            tableCaption: mix.caption,
            title: 'outcomes signed in the period, by category',
            labels: mix.columns.filter((c) => c.key !== 'answered').map((c) => c.label),
            series: [
              {
                label: 'Outcomes',
                data: mix.columns
                  .map((c, i) => (c.key === 'answered' ? undefined : (mix.rows.at(-1)?.values[i] ?? 0)))
                  .filter((v) => v !== undefined),
                colour: seriesColours[0]!,
              },
            ],
            unit: 'count',
            horizontal: true,
          },
          {
            tableCaption: outcomes.caption,
            title: 'shares managed without a face-to-face appointment, and Advice & Guidance without a referral',
            labels: months,
            series: percentSeries(outcomes, ['withoutFaceToFacePercent', 'adviceWithoutReferralPercent']),
            unit: 'percent',
          },
        ]}
        tables={[table('outcome-mix'), table('outcomes'), table('not-accepted')]}
      >
        <p>
          The outcomes consultants signed in each month; how many were managed without a face-to-face appointment
          (discharged with advice, or the GP to prescribe); how many Advice &amp; Guidance requests were answered
          without a referral; conversions to referral; redirections to the urgent suspected cancer pathway; and the
          requests not accepted, by the rule that refused them.
        </p>
      </DashboardSection>

      <DashboardSection
        id="quality"
        heading="Photographs"
        charts={[
          {
            tableCaption: quality.caption,
            title: 'share of photographs with a quality warning each month',
            labels: months,
            series: percentSeries(quality, ['withWarningPercent']),
            unit: 'percent',
          },
        ]}
        tables={[table('quality')]}
      >
        <p>
          The photographs of the requests received in each month, how many the service warned were blurred, too dark,
          too bright or too small, and how many requests the consultant sent back for better photographs.
        </p>
      </DashboardSection>

      <DashboardSection
        id="clinics"
        heading="Community photography clinics"
        charts={[
          {
            tableCaption: clinics.caption,
            title: 'slot utilisation and did-not-attend rate each month',
            labels: months,
            series: percentSeries(clinics, ['utilisationPercent', 'didNotAttendPercent']),
            unit: 'percent',
          },
        ]}
        tables={[table('clinics')]}
      >
        <p>
          Appointments in the service&rsquo;s clinic sessions in each month. These figures are for the whole service:
          the pathway, practice and consultant filters do not apply to them.
        </p>
      </DashboardSection>

      <DashboardSection
        id="feedback"
        heading="What patients said"
        charts={[
          {
            tableCaption: feedback.caption,
            title: 'share of patients rating the service good or very good, and poor or very poor, each month',
            labels: months,
            series: percentSeries(feedback, ['positivePercent', 'negativePercent']),
            unit: 'percent',
          },
        ]}
        tables={[table('feedback')]}
      >
        <p>
          Answers to the NHS Friends and Family Test question, “Overall, how was your experience of our service?”, given
          by patients after their outcome. Answers are anonymous, so the filters do not apply to them.
        </p>
      </DashboardSection>

      <DashboardSection id="practices" heading="By practice" tables={[table('practices')]} />
      <DashboardSection id="consultants" heading="By consultant" tables={[table('consultants')]} />
      <p className="nhsuk-body-s app-dashboard-muted">
        Counted {formatLondonDate(dashboard.generatedAt, 'numeric')},{' '}
        {formatLondonTime(dashboard.generatedAt, '24-hour-seconds')}. A dash means there was nothing to count.
      </p>
    </>
  );
}

function KeyFigure({ value, label }: { value: string; label: string }) {
  return (
    <li className="app-dashboard-figures__item">
      <span className="app-dashboard-figures__number">{value}</span>
      <span className="app-dashboard-figures__label">{label}</span>
    </li>
  );
}
