import { useParams } from 'react-router';
import { useLoad } from '../api/use-load.ts';
import { BackLink } from '../components/back-link.tsx';
import { LoadFailure } from '../components/load-failure.tsx';
import { listClinics, listSites } from '../features/clinics/clinics-api.ts';
import { SiteForm } from '../features/clinics/site-form.tsx';
import { NotFoundPage } from './not-found-page.tsx';

/** /clinics/sites/new adds a site; /clinics/sites/:siteId changes one. */
export function ClinicSitePage() {
  const { siteId = 'new' } = useParams();
  const loaded = useLoad(async () => {
    const [clinics, sites] = await Promise.all([listClinics(), listSites()]);
    return { clinics, sites };
  }, 'clinic-site');
  if (loaded.status === 'loading') return null;
  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem} what="Clinic site" onRetry={loaded.reload} />;
  const site = loaded.value.sites.find((s) => s.id === siteId);
  if (siteId !== 'new' && !site) return <NotFoundPage />;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/clinics">Clinics</BackLink>
        <SiteForm key={siteId} site={site} clinics={loaded.value.clinics} />
      </div>
    </div>
  );
}
