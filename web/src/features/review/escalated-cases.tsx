import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { useLoad } from '../../api/use-load.ts';
import { formatDateTime } from '../../components/dates.ts';
import { LoadFailure } from '../../components/load-failure.tsx';
import { Cell, HeadRow } from '../../components/responsive-table.tsx';

/** A case that reached its due day or passed its response target, as GET /api/escalations gives it. */
export type EscalatedCase = {
  requestId: string;
  reference: string;
  stage: 'due' | 'breached';
  cause: 'waiting_for_consultant' | 'claimed' | 'information_requested';
  dueAt: string;
  holderName: string | null;
};

const causeWords: Record<EscalatedCase['cause'], string> = {
  waiting_for_consultant: 'Waiting for a consultant',
  claimed: 'Claimed, not yet signed',
  information_requested: 'Waiting on the referrer or patient',
};

const listEscalations = (stage?: 'breached') =>
  api.get<{ cases: EscalatedCase[] }>(`/api/escalations${stage ? `?stage=${stage}` : ''}`);

/**
 * Cases due today or past their response target (hazard H10): on a consultant's home page the cases they hold, on a
 * service admin's all of the service's, with what holds each one up. Nothing shows when there are none.
 */
export function EscalatedCases({ stage, caseLink }: { stage?: 'breached'; caseLink: (id: string) => string }) {
  const loaded = useLoad(() => listEscalations(stage), `escalations:${stage ?? 'all'}`);
  if (loaded.status === 'loading') return null;
  if (loaded.status === 'failed') {
    return <LoadFailure problem={loaded.problem} what="Cases past their target" onRetry={loaded.reload} />;
  }
  const { cases } = loaded.value;
  if (cases.length === 0) return null;
  const heading = stage === 'breached' ? 'Cases past their response target' : 'Cases due today or past their target';
  return (
    <section aria-labelledby="escalated-heading" className="nhsuk-u-margin-bottom-6">
      <h2 className="nhsuk-heading-m" id="escalated-heading">
        {heading}
      </h2>
      <table className="nhsuk-table-responsive" aria-labelledby="escalated-heading">
        <HeadRow headings={['Reference', 'Status', 'Due', 'Held up by']} />
        <tbody className="nhsuk-table__body">
          {cases.map((item) => (
            <tr className="nhsuk-table__row" role="row" key={item.requestId}>
              <Cell heading="Reference">
                <Link to={caseLink(item.requestId)}>{item.reference}</Link>
              </Cell>
              <Cell heading="Status">
                {item.stage === 'breached' ? (
                  <strong className="nhsuk-tag nhsuk-tag--red">Past target</strong>
                ) : (
                  <strong className="nhsuk-tag nhsuk-tag--orange">Due today</strong>
                )}
              </Cell>
              <Cell heading="Due">{formatDateTime(item.dueAt)}</Cell>
              <Cell heading="Held up by">
                {causeWords[item.cause]}
                {item.holderName ? ` (${item.holderName})` : ''}
              </Cell>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
