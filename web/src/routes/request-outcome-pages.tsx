import type { ReactNode } from 'react';
import { Navigate, useParams } from 'react-router';
import { useLoad } from '../api/use-load.ts';
import { BackLink } from '../components/back-link.tsx';
import { LoadFailure } from '../components/load-failure.tsx';
import { getRequest, type RequestDetail } from '../features/requests/requests-api.ts';
import { SubmissionResult } from '../features/requests/submission-result.tsx';
import { WithdrawForm } from '../features/requests/withdraw-form.tsx';

/** Loads the request named in the address and draws it, or says why it cannot. */
function LoadedRequest({ children }: { children: (request: RequestDetail) => ReactNode }) {
  const { requestId = '' } = useParams();
  const loaded = useLoad(() => getRequest(requestId), requestId);
  if (loaded.status === 'loading') return null;
  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem} what="Request" onRetry={loaded.reload} />;
  return children(loaded.value);
}

/** After submission: what the eligibility rules decided, read from the request so a reload shows it again. */
export function RequestSubmittedPage() {
  return (
    <LoadedRequest>
      {(request) =>
        request.state === 'draft' ? (
          <Navigate to={`/requests/${request.id}/edit/check`} replace />
        ) : (
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-two-thirds">
              <SubmissionResult request={request} />
            </div>
          </div>
        )
      }
    </LoadedRequest>
  );
}

export function WithdrawRequestPage() {
  return (
    <LoadedRequest>
      {(request) =>
        request.allowedActions.includes('withdraw') ? (
          <>
            <BackLink to={`/requests/${request.id}`} />
            <div className="nhsuk-grid-row">
              <div className="nhsuk-grid-column-two-thirds">
                <WithdrawForm request={request} />
              </div>
            </div>
          </>
        ) : (
          <Navigate to={`/requests/${request.id}`} replace />
        )
      }
    </LoadedRequest>
  );
}
