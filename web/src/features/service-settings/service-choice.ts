import { useSearchParams } from 'react-router';
import { useSignedInSession } from '../auth/session-context.ts';

/**
 * The services the signed-in person administers, and the one these pages are about: `?service=` when it is one of
 * theirs, else their first (as the dashboard chooses). The choice travels in the address, so every Change link and
 * form keeps it.
 */
export function useServiceChoice() {
  const session = useSignedInSession();
  const services = session.memberships
    .filter((m) => m.kind === 'dermatology_service' && m.roles.includes('service_admin'))
    .map((m) => ({ id: m.organisationId, name: m.organisationName }));
  const [search] = useSearchParams();
  const asked = search.get('service');
  const service = services.find((s) => s.id === asked) ?? services[0] ?? null;
  /** A path of these pages for the chosen service. */
  const pathFor = (path: string) =>
    service && services.length > 1 ? `${path}?service=${encodeURIComponent(service.id)}` : path;
  return { services, service, pathFor };
}
