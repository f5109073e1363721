import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { useLoad } from '../../api/use-load.ts';
import { formatDateTime } from '../../components/dates.ts';
import { Cell, HeadRow } from '../../components/responsive-table.tsx';
import { StateTag } from '../requests/state-tag.tsx';
import type { RequestState } from '../../../../shared/request-content.ts';

type HistoryItem = {
  requestId: string;
  reference: string;
  state: RequestState;
  patientName: string;
  practiceName: string;
  did: 'asked' | 'signed' | 'addendum';
  at: string;
};

const didWords = {
  asked: 'You asked the referrer',
  signed: 'You signed the outcome',
  addendum: 'You added an addendum',
};

/**
 * The consultant's own recent cases: those they asked about (waiting for the referrer, or back with an answer) and
 * those they signed, so a case does not vanish once asked or signed. Each reference opens the request.
 */
export function MyHistory() {
  const loaded = useLoad(
    () => api.get<{ items: HistoryItem[] }>('/api/worklist/history?limit=50').then((body) => body.items),
    'my-history',
  );
  return (
    <section aria-labelledby="your-history-heading" id="your-history">
      <h2 className="nhsuk-heading-m" id="your-history-heading">
        Your recent cases
      </h2>
      {loaded.status === 'failed' && <p>Your recent cases could not be loaded: {loaded.problem.detail}</p>}
      {loaded.status === 'loaded' &&
        (loaded.value.length === 0 ? (
          <p>You have not asked about or signed a case yet.</p>
        ) : (
          <table className="nhsuk-table nhsuk-table--responsive" role="table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
              Cases you asked about or signed, newest first
            </caption>
            <HeadRow headings={['Reference', 'Patient', 'What you did', 'Now']} />
            <tbody className="nhsuk-table__body" role="rowgroup">
              {loaded.value.map((item) => (
                <tr className="nhsuk-table__row" role="row" key={`${item.requestId}:${item.did}:${item.at}`}>
                  <Cell heading="Reference">
                    <Link to={`/requests/${item.requestId}`}>{item.reference}</Link>
                  </Cell>
                  <Cell heading="Patient" block>
                    {item.patientName}
                    <br />
                    <span className="nhsuk-body-s">{item.practiceName}</span>
                  </Cell>
                  <Cell heading="What you did" block>
                    {didWords[item.did]}
                    <br />
                    <span className="nhsuk-body-s">{formatDateTime(item.at)}</span>
                  </Cell>
                  <Cell heading="Now">
                    <StateTag state={item.state} />
                  </Cell>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}
