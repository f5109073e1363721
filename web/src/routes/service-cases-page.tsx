import { useState } from 'react';
import { ApiError } from '../api/api-error.ts';
import { useLoad } from '../api/use-load.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { LoadFailure } from '../components/load-failure.tsx';
import { NotificationBanner } from '../components/notification-banner.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { useSignedInSession } from '../features/auth/session-context.ts';
import '../features/review/review.css';
import { getServiceCases, listConsultants, reassignCase, type WorklistCase } from '../features/review/review-api.ts';
import { EscalatedCases } from '../features/review/escalated-cases.tsx';
import { ServiceCasesTable } from '../features/review/service-cases-table.tsx';

/** The service's view for administrators and booking clerks: every open case, who holds it, what is overdue. */
export function ServiceCasesPage() {
  const session = useSignedInSession();
  const [done, setDone] = useState<{ text: string; attempt: number } | null>(null);
  const [problem, setProblem] = useState<{ text: string; attempt: number } | null>(null);
  usePageTitle('Service cases', { hasErrors: Boolean(problem) });
  const loaded = useLoad(getServiceCases, `service-cases:${done?.attempt ?? 0}`);
  const service = session.memberships.find(
    (m) => m.kind === 'dermatology_service' && m.roles.includes('service_admin'),
  );
  // Only an administrator may list the service's users; a booking clerk can hand cases back to the worklist.
  const consultants = useLoad(
    () => (service ? listConsultants(service.organisationId) : Promise.resolve([])),
    'consultants',
  );

  const reassign = async (item: WorklistCase, consultantId: string | null) => {
    const name =
      consultantId && consultants.status === 'loaded'
        ? consultants.value.find((c) => c.id === consultantId)?.displayName
        : null;
    try {
      await reassignCase(item.id, consultantId);
      setProblem(null);
      setDone((previous) => ({
        text: name ? `${item.reference} is now with ${name}` : `${item.reference} is back on the worklist`,
        attempt: (previous?.attempt ?? 0) + 1,
      }));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setProblem((previous) => ({ text: error.problem.detail, attempt: (previous?.attempt ?? 0) + 1 }));
    }
  };

  const cases = loaded.status === 'loaded' ? loaded.value.cases : [];
  const overdue = cases.filter((c) => c.overdue).length;
  return (
    <>
      {problem && <ErrorSummary items={[{ text: problem.text }]} attempt={problem.attempt} />}
      {done && <NotificationBanner variant="success">{done.text}</NotificationBanner>}
      <h1 className="nhsuk-heading-l">Service cases</h1>
      {loaded.status === 'failed' && (
        <LoadFailure problem={loaded.problem} what="Service cases" onRetry={loaded.reload} />
      )}
      {service && <EscalatedCases stage="breached" caseLink={(id) => `/requests/${id}`} />}
      {loaded.status === 'loaded' && (
        <>
          <ul className="app-counts" aria-label="Open cases">
            <li className="app-counts__item">
              <span className="app-counts__number">{cases.length}</span>
              <span className="app-counts__label">Open</span>
            </li>
            <li className="app-counts__item">
              <span className="app-counts__number">{cases.filter((c) => c.heldBy).length}</span>
              <span className="app-counts__label">Being reviewed</span>
            </li>
            <li className="app-counts__item">
              <span className="app-counts__number">{overdue}</span>
              <span className="app-counts__label">Overdue</span>
            </li>
          </ul>
          {cases.length === 0 ? (
            <p>No cases are open.</p>
          ) : (
            <ServiceCasesTable
              cases={cases}
              consultants={consultants.status === 'loaded' ? consultants.value : []}
              onReassign={reassign}
            />
          )}
        </>
      )}
    </>
  );
}
