import { Route, Routes, useSearchParams } from 'react-router';
import { useSignedInSession } from '../auth/session-context.ts';
import { TemplatePage } from './template-page.tsx';
import { TemplatesListPage } from './templates-list-page.tsx';

/** The services whose templates this administrator runs, and the one chosen (`?service=`, by default the first). */
export function useChosenService() {
  const session = useSignedInSession();
  const services = session.memberships.filter(
    (m) => m.kind === 'dermatology_service' && m.roles.includes('service_admin'),
  );
  const [search] = useSearchParams();
  const chosen = services.find((s) => s.organisationId === search.get('service')) ?? services[0];
  return { services, service: chosen ? { id: chosen.organisationId, name: chosen.organisationName } : null };
}

/** Keeps the chosen service in a link's address when the administrator runs more than one. */
export const withService = (path: string, serviceId: string, several: boolean) =>
  several ? `${path}?service=${encodeURIComponent(serviceId)}` : path;

/** The service's plan templates and leaflets per diagnosis (issue 13 §1). */
export function PlanTemplatesRoutes() {
  return (
    <Routes>
      <Route index element={<TemplatesListPage />} />
      <Route path=":code" element={<TemplatePage />} />
    </Routes>
  );
}
