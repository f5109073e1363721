import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/api-error.ts';
import { useLoad } from '../api/use-load.ts';
import { BackLink } from '../components/back-link.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { LoadFailure } from '../components/load-failure.tsx';
import { NotificationBanner } from '../components/notification-banner.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import type { RequestImage } from '../features/images/images-api.ts';
import type { RequestDetail } from '../features/requests/requests-api.ts';
import '../features/review/review.css';
import { AddendumForm } from '../features/review/addendum-form.tsx';
import { CaseDetails, PatientBar } from '../features/review/case-details.tsx';
import { loadCase, nextCaseAfter, prefetchCase } from '../features/review/case-prefetch.ts';
import { CaseViewer } from '../features/review/case-viewer.tsx';
import { OutcomeForm } from '../features/review/outcome-form.tsx';
import { OutcomeSummary, signatory } from '../features/review/outcome-summary.tsx';
import { viewerOrder } from '../features/review/photo-order.ts';
import { claimCase, getDiagnoses, getWorklist, releaseCase } from '../features/review/review-api.ts';
import type { OpenedCase } from '../features/review/use-open-case.ts';
import { useLettersPoll } from '../features/review/use-letters-poll.ts';

/** A case under review: the patient, the photographs in the viewer, what was sent, and the outcome. */
export function CasePage() {
  const { requestId = '' } = useParams();
  const loaded = useLoad(() => loadCase(requestId), requestId);
  if (loaded.status === 'loading') return null;
  if (loaded.status === 'failed') return <LoadFailure problem={loaded.problem} what="Case" onRetry={loaded.reload} />;
  const { detail, images } = loaded.value;
  // Keyed by the case shown (not the address), so nothing of one case carries over to the next.
  return <CaseView key={detail.id} request={detail} images={images} reload={loaded.reload} />;
}

type Claim = { version: number } | { problem: string } | null;
const underReview = (state: string) => state === 'ready_for_review' || state === 'in_review';

function CaseView({ request, images, reload }: { request: RequestDetail; images: RequestImage[]; reload: () => void }) {
  const navigate = useNavigate();
  const opened = (useLocation().state as OpenedCase | null)?.claimed;
  const [claim, setClaim] = useState<Claim>(opened?.id === request.id ? { version: opened.version } : null);
  const [signed, setSigned] = useState<string | null>(null);
  usePageTitle(`Case ${request.reference}`, { hasErrors: Boolean(claim && 'problem' in claim) });
  useLettersPoll(request, reload);

  // Opening a case claims it, unless whoever opened it already did.
  const needsClaim = !claim && underReview(request.state);
  useEffect(() => {
    if (!needsClaim) return;
    claimCase(request.id).then(
      (claimed) => {
        setClaim({ version: claimed.version });
        reload();
      },
      (error: unknown) => {
        if (!(error instanceof ApiError)) throw error;
        setClaim({ problem: error.problem.detail });
      },
    );
  }, [needsClaim, request.id, reload]);

  // The case's service's templates and leaflets (a consultant may work for several services).
  const diagnoses = useLoad(() => getDiagnoses(request.service.id), `diagnoses:${request.service.id}`);
  const worklist = useLoad(() => getWorklist(), `worklist:${request.id}`);
  const next = worklist.status === 'loaded' ? nextCaseAfter(worklist.value.cases, request.id) : null;
  useEffect(() => {
    if (next) prefetchCase(next.id);
  }, [next?.id]);
  const goNext = next ? () => void navigate(`/review/${next.id}`) : null;

  const handBack = async () => {
    await releaseCase(request.id).catch(() => {});
    void navigate('/review');
  };
  const holding = claim && 'version' in claim && request.state !== 'outcome_recorded';
  const outcome = request.outcomes.find((o) => o.kind === 'outcome');

  return (
    <>
      <BackLink to="/review">Worklist</BackLink>
      {claim && 'problem' in claim && (
        <ErrorSummary title="You cannot review this case now" items={[{ text: claim.problem }]} attempt={1} />
      )}
      {signed === 'outcome_recorded' && outcome && (
        <NotificationBanner variant="success">Outcome signed by {signatory(outcome)}</NotificationBanner>
      )}
      {signed === 'information_requested' && (
        <NotificationBanner variant="success">
          Your question has been sent to the referrer. The case leaves the worklist until they answer.
        </NotificationBanner>
      )}
      <h1 className="nhsuk-heading-l">
        <span className="nhsuk-caption-l">
          {request.patient.givenName} {request.patient.familyName}
        </span>
        Case {request.reference}
      </h1>
      <div className="app-case__actions">
        {goNext && (
          <button className="nhsuk-button" type="button" onClick={goNext}>
            Next case<span className="nhsuk-u-visually-hidden">: {next?.reference}</span>
          </button>
        )}
        {holding && (
          <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => void handBack()}>
            Hand back to the worklist
          </button>
        )}
      </div>
      <PatientBar request={request} />
      <div className="app-case">
        <div>
          <section aria-labelledby="photographs-heading">
            <h2 className="nhsuk-heading-m" id="photographs-heading">
              Photographs
            </h2>
            <CaseViewer lesions={request.lesions} photos={viewerOrder(request.lesions, images)} onNextCase={goNext} />
          </section>
          <CaseDetails request={request} />
        </div>
        <div>
          {outcome ? (
            <>
              <OutcomeSummary request={request} />
              <AddendumForm requestId={request.id} onAdded={reload} />
            </>
          ) : holding && request.state === 'in_review' && diagnoses.status === 'loaded' ? (
            <OutcomeForm
              request={request}
              // The details are read again after claiming, so they may be newer than the claim.
              version={Math.max(claim.version, request.version)}
              diagnoses={diagnoses.value}
              onSigned={(state) => {
                setSigned(state);
                reload();
              }}
            />
          ) : request.state === 'information_requested' ? (
            <p className="nhsuk-inset-text">Waiting for the referrer to answer your question.</p>
          ) : null}
        </div>
      </div>
    </>
  );
}
