import { useLoad } from '../../api/use-load.ts';
import { addCalendarDays, londonDate } from '../../../../shared/london-time.ts';
import { formatCalendarDate } from '../../components/dates.ts';
import { getClinicReport, type ClinicReport } from './clinics-api.ts';
import { SectionFailure } from './section-failure.tsx';

const figures: { key: keyof ClinicReport; label: string }[] = [
  { key: 'booked', label: 'Booked' },
  { key: 'attended', label: 'Attended' },
  { key: 'didNotAttend', label: 'Did not attend' },
  { key: 'cancelledByPatient', label: 'Cancelled by the patient' },
  { key: 'cancelledByService', label: 'Cancelled by the service' },
  { key: 'sessionsCancelled', label: 'Sessions cancelled' },
];

/** How the clinics did over the last 30 days: appointments booked, attended, missed and cancelled. */
export function ClinicReportSection() {
  const to = londonDate();
  const from = addCalendarDays(to, -30);
  const report = useLoad(() => getClinicReport({ from, to }), `${from}:${to}`);
  return (
    <section aria-labelledby="clinic-report-heading">
      <h2 className="nhsuk-heading-m" id="clinic-report-heading">
        Clinic report
      </h2>
      <p className="nhsuk-body-s app-muted">
        The last 30 days: {formatCalendarDate(from)} to {formatCalendarDate(to)}
      </p>
      {report.status === 'failed' && (
        <SectionFailure problem={report.problem} what="The report" onRetry={report.reload} />
      )}
      {report.status === 'loaded' && (
        <ul className="app-counts" aria-label="Clinic appointments in the last 30 days">
          {figures.map(({ key, label }) => (
            <li className="app-counts__item" key={key}>
              <span className="app-counts__number">{report.value[key]}</span>
              <span className="app-counts__label">{label}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
