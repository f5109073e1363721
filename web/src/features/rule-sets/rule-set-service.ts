import { useParams, useSearchParams } from 'react-router';
import { requestKinds, type RequestKind } from '../../../../shared/request-content.ts';
import { useSignedInSession } from '../auth/session-context.ts';

export const pathwayNames: Record<RequestKind, string> = {
  referral: 'Referral rules',
  advice_and_guidance: 'Advice & Guidance rules',
};

/**
 * The service whose rules are shown: the one named in the address, else the admin's first. An admin of several
 * services chooses on the first page, and every link carries the choice on.
 */
export function useRuleSetService() {
  const session = useSignedInSession();
  const services = session.memberships.filter(
    (m) => m.kind === 'dermatology_service' && m.roles.includes('service_admin'),
  );
  const [search] = useSearchParams();
  const asked = search.get('service');
  const service = services.find((s) => s.organisationId === asked) ?? services[0];
  const query = asked && service?.organisationId === asked ? `?service=${encodeURIComponent(asked)}` : '';
  return { services, service, serviceId: service?.organisationId ?? '', query };
}

/** The pathway in the address, or null when it names none. */
export function usePathway(): RequestKind | null {
  const { pathway = '' } = useParams();
  return (requestKinds as readonly string[]).includes(pathway) ? (pathway as RequestKind) : null;
}

export const notFoundProblem = {
  type: 'about:blank',
  title: 'Not found',
  status: 404,
  detail: 'No such page',
  code: 'not_found',
};
