import { useState } from 'react';
import { ServiceSelect } from '../admin/service-choice.tsx';
import { useSearchParams } from 'react-router';
import { useLoad } from '../../api/use-load.ts';
import { LoadFailure } from '../../components/load-failure.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useSignedInSession } from '../auth/session-context.ts';
import { getDashboard, type DashboardFilters } from './dashboard-api.ts';
import { DashboardFigures } from './dashboard-figures.tsx';
import './dashboard.css';

const filterKeys = ['from', 'to', 'pathway', 'practiceId', 'consultantId'] as const;

/**
 * The service dashboard, for a service's administrators and, to read, its consultants: the measures of NHS
 * England's teledermatology roadmap and the BAD quality standards, month by month (docs/measures.md). The period and
 * filters live in the address, so a view can be bookmarked or sent to a colleague.
 */
export function DashboardPage() {
  const session = useSignedInSession();
  const services = session.memberships.filter(
    (m) => m.kind === 'dermatology_service' && m.roles.some((r) => r === 'service_admin' || r === 'consultant'),
  );
  const [search, setSearch] = useSearchParams();
  const serviceId = search.get('service') ?? services[0]?.organisationId ?? '';
  const filters: DashboardFilters = Object.fromEntries(filterKeys.map((key) => [key, search.get(key) ?? undefined]));
  const loaded = useLoad(() => getDashboard(serviceId, filters), `${serviceId}?${search.toString()}`);
  const [filterError, setFilterError] = useState(false);
  usePageTitle('Service dashboard', { hasErrors: filterError });
  const isAdmin = services.some((s) => s.organisationId === serviceId && s.roles.includes('service_admin'));

  const show = (next: DashboardFilters & { service?: string }) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) params.set(key, value);
    setSearch(params);
  };

  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem} what="Dashboard" onRetry={loaded.reload} />;
  const dashboard = loaded.status === 'loaded' ? loaded.value : null;
  return (
    <>
      <h1 className="nhsuk-heading-l">
        {dashboard && <span className="nhsuk-caption-l">{dashboard.service.name}</span>}
        Service dashboard
      </h1>
      <ServiceSelect
        id="dashboard-service"
        services={services.map((s) => ({ id: s.organisationId, name: s.organisationName }))}
        value={serviceId}
        onChange={(id) => show({ service: id })}
      />
      {!dashboard && <p aria-live="polite">Counting…</p>}
      {dashboard && (
        <DashboardFigures
          dashboard={dashboard}
          filters={filters}
          isAdmin={isAdmin}
          serviceId={serviceId}
          onApply={(next) => show({ ...next, ...(search.get('service') ? { service: serviceId } : {}) })}
          onFilterError={setFilterError}
        />
      )}
    </>
  );
}
