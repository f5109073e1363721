import { Link, useSearchParams } from 'react-router';
import { addCalendarDays, isCalendarDate, londonDate } from '../../../../shared/london-time.ts';
import { formatDay, formatTime } from '../../components/dates.ts';
import { LoadFailure } from '../../components/load-failure.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { getClinicDay } from './clinic-day-api.ts';
import './clinic-day.css';
import { ClinicDayTable } from './clinic-day-table.tsx';
import { useRefreshingLoad } from './use-refreshing-load.ts';

/** Arrivals, and photographs finished in another room, show within a minute without anyone reloading. */
const refreshMs = 60_000;

/**
 * /clinic-day: the photographer's list for a day (today in London unless `?date=` says otherwise), site by site,
 * each appointment with the patient, the lesions referred, whether the questionnaire is done and where it is.
 */
export function ClinicDayPage() {
  const [params] = useSearchParams();
  const today = londonDate();
  const asked = params.get('date');
  const date = asked && isCalendarDate(asked) ? asked : today;
  const loaded = useRefreshingLoad(() => getClinicDay(date), date, refreshMs);
  const longDate = formatDay(date);
  usePageTitle(`Clinic list, ${longDate}`);

  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem} what="Clinic list" onRetry={loaded.reload} />;
  return (
    <>
      <h1 className="nhsuk-heading-l nhsuk-u-margin-bottom-2">Clinic list</h1>
      <p className="nhsuk-body-l">
        {longDate}
        {date === today && ' (today)'}
      </p>
      <nav className="app-day-nav" aria-label="Other days">
        <Link to={`/clinic-day?date=${addCalendarDays(date, -1)}`}>
          Previous day<span className="nhsuk-u-visually-hidden">: {formatDay(addCalendarDays(date, -1))}</span>
        </Link>
        {date !== today && <Link to="/clinic-day">Today</Link>}
        <Link to={`/clinic-day?date=${addCalendarDays(date, 1)}`}>
          Next day<span className="nhsuk-u-visually-hidden">: {formatDay(addCalendarDays(date, 1))}</span>
        </Link>
      </nav>
      {loaded.status === 'loaded' && (
        <>
          {loaded.value.sites.length === 0 ? (
            <p>You have no clinic sites, so there is no list to show. Ask your booking team to add you to a clinic.</p>
          ) : (
            loaded.value.sites.every((entry) => entry.appointments.length === 0) && (
              <p>There are no appointments at your sites on {longDate}.</p>
            )
          )}
          {loaded.value.sites
            .filter((entry) => entry.appointments.length > 0 || loaded.value.sites.length === 1)
            .map(({ site, appointments }) => (
              <section className="app-clinic-site" key={site.id} aria-labelledby={`site-${site.id}`}>
                <h2 className="nhsuk-heading-m nhsuk-u-margin-bottom-1" id={`site-${site.id}`}>
                  {site.name}
                </h2>
                <p className="nhsuk-body-s app-muted">
                  {site.address}, {site.postcode}
                </p>
                {appointments.length === 0 ? (
                  <p>No appointments at this site on this day.</p>
                ) : (
                  <>
                    <p>{appointments.length === 1 ? '1 appointment' : `${appointments.length} appointments`}</p>
                    <ClinicDayTable appointments={appointments} caption={`Appointments at ${site.name}, ${longDate}`} />
                  </>
                )}
              </section>
            ))}
          <p className="nhsuk-body-s app-muted">
            {loaded.refreshProblem
              ? `This list could not be updated: ${loaded.refreshProblem.detail} It shows the appointments as they were at ${formatTime(loaded.at)}.`
              : `Updated at ${formatTime(loaded.at)}. The list updates itself every minute.`}
          </p>
        </>
      )}
    </>
  );
}
