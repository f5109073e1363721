import { useSearchParams } from 'react-router';
import { useSignedInSession } from '../auth/session-context.ts';

export type ServiceOption = { id: string; name: string };

/**
 * The dermatology services the signed-in person administers, and the one the administration pages are about:
 * `?service=` when it is one of theirs, else their first (as the dashboard chooses). The choice travels in the
 * address, so every link and form keeps it: `pathFor` adds it to a path, `query` is it alone ("" or "?service=…").
 */
export function useServiceChoice() {
  const session = useSignedInSession();
  const services: ServiceOption[] = session.memberships
    .filter((m) => m.kind === 'dermatology_service' && m.roles.includes('service_admin'))
    .map((m) => ({ id: m.organisationId, name: m.organisationName }));
  const [search] = useSearchParams();
  const asked = search.get('service');
  const service = services.find((s) => s.id === asked) ?? services[0] ?? null;
  const query = service && services.length > 1 ? `?service=${encodeURIComponent(service.id)}` : '';
  const pathFor = (path: string) => `${path}${query}`;
  return { services, service, query, pathFor };
}

/** The choice of service, for someone who works for more than one; nothing for someone who works for one. */
export function ServiceSelect({
  id,
  services,
  value,
  onChange,
}: {
  id: string;
  services: readonly ServiceOption[];
  value: string;
  onChange: (serviceId: string) => void;
}) {
  if (services.length < 2) return null;
  return (
    <div className="nhsuk-form-group">
      <label className="nhsuk-label" htmlFor={id}>
        Service
      </label>
      <select className="nhsuk-select" id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {services.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  );
}
