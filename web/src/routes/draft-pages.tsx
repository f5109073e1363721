import { Navigate, useParams, useSearchParams } from 'react-router';
import { useLoad } from '../api/use-load.ts';
import { BackLink } from '../components/back-link.tsx';
import { CheckAnswers } from '../features/requests/check-answers.tsx';
import { ConsentForm } from '../features/requests/consent-form.tsx';
import { DraftCaption, DraftPage } from '../features/requests/draft-page.tsx';
import { draftPath, firstIncompleteStep, type DraftStep } from '../features/requests/draft-steps.ts';
import { HistoryForm } from '../features/requests/history-form.tsx';
import { LesionForm } from '../features/requests/lesion-form.tsx';
import { LesionList } from '../features/requests/lesion-list.tsx';
import { RequestTypeForm } from '../features/requests/request-type-form.tsx';
import { listServices } from '../features/requests/requests-api.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { TwoThirds } from './new-request-pages.tsx';

/** The draft's id, and where its question pages go next: back to check your answers when they came from there. */
function useDraftRoute(previous: DraftStep | null) {
  const { requestId = '' } = useParams();
  const [params] = useSearchParams();
  const returning = params.get('return') === 'check';
  const next = returning ? draftPath(requestId, 'check') : undefined;
  const back = returning || !previous ? draftPath(requestId, 'check') : draftPath(requestId, previous);
  return { requestId, next, back };
}

/** /requests/:id/edit picks a draft up where it was left. */
export function ResumeDraftPage() {
  const { requestId } = useDraftRoute(null);
  return (
    <DraftPage requestId={requestId}>
      {(draft) => <Navigate to={draftPath(draft.id, firstIncompleteStep(draft))} replace />}
    </DraftPage>
  );
}

export function DraftTypePage() {
  const { requestId, next, back } = useDraftRoute(null);
  const services = useLoad(listServices, 'services');
  if (services.status !== 'loaded') return null;
  return (
    <DraftPage requestId={requestId}>
      {(draft) => (
        <TwoThirds back={back}>
          <RequestTypeForm
            services={services.value}
            draft={draft}
            caption={<DraftCaption draft={draft} />}
            next={next}
          />
        </TwoThirds>
      )}
    </DraftPage>
  );
}

export function DraftConsentPage() {
  const { requestId, next, back } = useDraftRoute('type');
  return (
    <DraftPage requestId={requestId}>
      {(draft) => (
        <TwoThirds back={back}>
          <ConsentForm draft={draft} next={next} />
        </TwoThirds>
      )}
    </DraftPage>
  );
}

export function DraftHistoryPage() {
  const { requestId, next, back } = useDraftRoute('consent');
  return (
    <DraftPage requestId={requestId}>
      {(draft) => (
        <TwoThirds back={back}>
          <HistoryForm draft={draft} next={next} />
        </TwoThirds>
      )}
    </DraftPage>
  );
}

export function DraftLesionsPage() {
  const { requestId, back } = useDraftRoute('history');
  return (
    <DraftPage requestId={requestId}>
      {(draft, reload) => (
        <TwoThirds back={back}>
          <LesionList key={draft.id} draft={draft} onChanged={reload} />
        </TwoThirds>
      )}
    </DraftPage>
  );
}

/** Adds a lesion (/lesions/new) or changes one (/lesions/:lesionId), on the body map. */
export function DraftLesionPage() {
  const { requestId } = useDraftRoute(null);
  const { lesionId = 'new' } = useParams();
  return (
    <DraftPage requestId={requestId}>
      {(draft) => {
        const lesion = draft.lesions.find((l) => l.id === lesionId);
        if (lesionId !== 'new' && !lesion) return <NotFoundPage />;
        return (
          <>
            <BackLink to={draftPath(requestId, 'lesions')} />
            <LesionForm draft={draft} lesion={lesion} />
          </>
        );
      }}
    </DraftPage>
  );
}

export function DraftCheckPage() {
  const { requestId } = useDraftRoute(null);
  return (
    <DraftPage requestId={requestId}>
      {(draft) => (
        <TwoThirds back={draftPath(requestId, 'lesions')}>
          <CheckAnswers draft={draft} />
        </TwoThirds>
      )}
    </DraftPage>
  );
}
