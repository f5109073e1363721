import { Link, useLocation, useSearchParams } from 'react-router';
import { addCalendarDays, londonDate } from '../../../shared/london-time.ts';
import { formatCalendarDate } from '../components/dates.ts';
import { useLoad } from '../api/use-load.ts';
import { NotificationBanner } from '../components/notification-banner.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { useSignedInSession } from '../features/auth/session-context.ts';
import { ClinicReportSection } from '../features/clinics/clinic-report.tsx';
import { listSessions, listSites } from '../features/clinics/clinics-api.ts';
import '../features/clinics/clinics.css';
import { SectionFailure } from '../features/clinics/section-failure.tsx';
import { SessionsTable } from '../features/clinics/sessions-table.tsx';
import { SiteCard } from '../features/clinics/site-card.tsx';
import '../features/review/review.css';

/** How many days of sessions the page lists at a time. */
const sessionDays = 28;

/** What a page that changed a site or session says when it comes back here. */
export type ClinicsNotice = { notice?: string };

/** The service's community clinics: upcoming sessions, the sites, and how the appointments went. */
export function ClinicOverviewPage() {
  const session = useSignedInSession();
  usePageTitle('Clinics');
  const notice = (useLocation().state as ClinicsNotice | null)?.notice;
  const isClerk = session.roles.includes('booking_clerk');
  const today = londonDate();
  const [params] = useSearchParams();
  const asked = params.get('from');
  const from = asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : today;
  const to = addCalendarDays(from, sessionDays - 1);
  const sites = useLoad(listSites, 'clinic-sites');
  const sessions = useLoad(() => listSessions({ from, to }), `sessions:${from}`);
  const range = `${formatCalendarDate(from)} to ${formatCalendarDate(to)}`;

  return (
    <>
      {notice && <NotificationBanner variant="success">{notice}</NotificationBanner>}
      <h1 className="nhsuk-heading-l">Clinics</h1>
      <ClinicReportSection />

      <section aria-labelledby="sessions-heading">
        <h2 className="nhsuk-heading-m" id="sessions-heading">
          Sessions
        </h2>
        <p>
          {from === today ? 'The next four weeks' : 'Four weeks'}: {range}
        </p>
        {isClerk && (
          <p>
            <Link className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" to="/clinics/sessions/new">
              Add a session
            </Link>
          </p>
        )}
        {sessions.status === 'failed' && (
          <SectionFailure problem={sessions.problem} what="Sessions" onRetry={sessions.reload} />
        )}
        {sessions.status === 'loaded' &&
          (sessions.value.length === 0 ? (
            <p>No sessions from {range}.</p>
          ) : (
            <SessionsTable sessions={sessions.value} caption={`Clinic sessions from ${range}`} />
          ))}
        <nav className="app-session-pages" aria-label="Other weeks">
          <Link to={`/clinics?from=${addCalendarDays(from, -sessionDays)}`}>
            Earlier sessions
            <span className="nhsuk-u-visually-hidden">: the four weeks before {formatCalendarDate(from)}</span>
          </Link>
          {from !== today && <Link to="/clinics">From today</Link>}
          <Link to={`/clinics?from=${addCalendarDays(from, sessionDays)}`}>
            Later sessions
            <span className="nhsuk-u-visually-hidden">: the four weeks after {formatCalendarDate(to)}</span>
          </Link>
        </nav>
      </section>

      <section aria-labelledby="sites-heading">
        <h2 className="nhsuk-heading-m" id="sites-heading">
          Sites
        </h2>
        <p>
          <Link className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" to="/clinics/sites/new">
            Add a site
          </Link>
        </p>
        {sites.status === 'failed' && <SectionFailure problem={sites.problem} what="Sites" onRetry={sites.reload} />}
        {sites.status === 'loaded' &&
          (sites.value.length === 0 ? (
            <p>No clinic sites yet. Add the first one, then add sessions at it.</p>
          ) : (
            sites.value.map((site) => <SiteCard key={site.id} site={site} canChange />)
          ))}
      </section>
    </>
  );
}
