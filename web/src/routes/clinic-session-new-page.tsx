import { useLoad } from '../api/use-load.ts';
import { BackLink } from '../components/back-link.tsx';
import { LoadFailure } from '../components/load-failure.tsx';
import { listPhotographers, listSites } from '../features/clinics/clinics-api.ts';
import '../features/clinics/clinics.css';
import { SessionForm } from '../features/clinics/session-form.tsx';

/** /clinics/sessions/new: a booking clerk adds a session at one of the sites. */
export function ClinicSessionNewPage() {
  const loaded = useLoad(async () => {
    const [sites, photographers] = await Promise.all([listSites(), listPhotographers()]);
    return { sites, photographers };
  }, 'new-session');
  if (loaded.status === 'loading') return null;
  if (loaded.status === 'failed') return <LoadFailure problem={loaded.problem} what="Sites" onRetry={loaded.reload} />;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/clinics">Clinics</BackLink>
        <SessionForm sites={loaded.value.sites} photographers={loaded.value.photographers} />
      </div>
    </div>
  );
}
