import { Link, useSearchParams } from 'react-router';
import { useLoad } from '../api/use-load.ts';
import { LoadFailure } from '../components/load-failure.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { useSignedInSession } from '../features/auth/session-context.ts';
import { RequestsFilter, type RequestsQuery } from '../features/requests/requests-filter.tsx';
import { listRequests, type ListSort } from '../features/requests/requests-api.ts';
import { RequestsTable } from '../features/requests/requests-table.tsx';
import { requestStateLabels, requestStates, type RequestState } from '../../../shared/request-content.ts';

const sorts: ListSort[] = ['updated', 'due', 'created', 'urgency'];

/** The requests the signed-in person's organisation is party to, filtered and sorted through the address. */
export function RequestsPage() {
  const session = useSignedInSession();
  usePageTitle('Requests');
  const [params, setParams] = useSearchParams();
  const query = queryFrom(params);
  const loaded = useLoad(() => listRequests(query), `${query.state ?? ''}:${query.sort}`);
  const apply = (next: RequestsQuery) =>
    setParams({
      ...(next.state ? { state: next.state } : {}),
      ...(next.sort !== 'updated' ? { sort: next.sort } : {}),
    });
  const isReferrer = session.roles.includes('referrer');

  return (
    <>
      <h1 className="nhsuk-heading-l">Requests</h1>
      {isReferrer && (
        <p>
          <Link className="nhsuk-button nhsuk-u-margin-bottom-0" to="/requests/new">
            New request
          </Link>
        </p>
      )}
      <RequestsFilter key={`${query.state}:${query.sort}`} query={query} onApply={apply} />
      {loaded.status === 'failed' && <LoadFailure problem={loaded.problem} what="Requests" onRetry={loaded.reload} />}
      {loaded.status === 'loaded' && (
        <>
          <p aria-live="polite">{summary(loaded.value.requests.length, query.state)}</p>
          {loaded.value.requests.length > 0 && (
            <RequestsTable
              requests={loaded.value.requests}
              caption={summary(loaded.value.requests.length, query.state)}
            />
          )}
        </>
      )}
    </>
  );
}

function queryFrom(params: URLSearchParams): RequestsQuery {
  const state = params.get('state');
  const sort = params.get('sort');
  return {
    state: requestStates.includes(state as RequestState) ? (state as RequestState) : undefined,
    sort: sorts.includes(sort as ListSort) ? (sort as ListSort) : 'updated',
  };
}

function summary(count: number, state: RequestState | undefined): string {
  const what = count === 1 ? 'request' : 'requests';
  const shown = count === 0 ? 'No' : String(count);
  return state ? `${shown} ${what} with status “${requestStateLabels[state]}”` : `${shown} ${what}`;
}
