import { useParams } from 'react-router';
import { requestKinds, type RequestKind } from '../../../../shared/request-content.ts';
import { useServiceChoice } from '../admin/service-choice.tsx';

export const pathwayNames: Record<RequestKind, string> = {
  referral: 'Referral rules',
  advice_and_guidance: 'Advice & Guidance rules',
};

/**
 * The service whose rules are shown: the administration pages' choice (`?service=`, else the admin's first), which
 * every link carries on as `query`.
 */
export function useRuleSetService() {
  const { services, service, query } = useServiceChoice();
  return { services, service, serviceId: service?.id ?? '', query };
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
