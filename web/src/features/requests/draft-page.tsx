import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useLoad } from '../../api/use-load.ts';
import { LoadFailure } from '../../components/load-failure.tsx';
import { formatNhsNumber } from '../patients/nhs-number.ts';
import { getRequest, type RequestDetail } from './requests-api.ts';

type DraftPageProps = {
  requestId: string;
  children: (draft: RequestDetail, reload: () => void) => ReactNode;
};

/**
 * Loads a draft for one of its question pages. A request that has been submitted cannot be edited, so its
 * pages send the referrer to the request itself.
 */
export function DraftPage({ requestId, children }: DraftPageProps) {
  const loaded = useLoad(() => getRequest(requestId), requestId);
  if (loaded.status === 'loading') return null;
  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem} what="Request" onRetry={loaded.reload} />;
  if (loaded.value.state !== 'draft') return <Navigate to={`/requests/${requestId}`} replace />;
  return children(loaded.value, loaded.reload);
}

/** The caption over each question page's heading: whose request this is. */
export function DraftCaption({ draft }: { draft: RequestDetail }) {
  const { givenName, familyName, nhsNumber } = draft.patient;
  return (
    <span className="nhsuk-caption-l">
      {givenName} {familyName}, NHS number {formatNhsNumber(nhsNumber)}
    </span>
  );
}
