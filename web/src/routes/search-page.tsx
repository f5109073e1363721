import { Link, useSearchParams } from 'react-router';
import { useLoad } from '../api/use-load.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { LoadFailure } from '../components/load-failure.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { formatNhsNumber } from '../features/patients/nhs-number.ts';
import { StateTag } from '../features/requests/state-tag.tsx';
import { searchFor } from '../features/search/search-api.ts';
import { requestKindLabels } from '../../../shared/request-content.ts';
import { formatCalendarDate } from '../components/dates.ts';

const byWords = { nhs_number: 'NHS number', reference: 'request reference', name: 'name' } as const;

/** What the header's search box found: patients the person may see, each with their requests, linked. */
export function SearchPage() {
  const [params] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const loaded = useLoad(() => (q ? searchFor(q) : Promise.resolve(null)), `search:${q}`);
  const refused = loaded.status === 'failed' && loaded.problem.status === 400;
  usePageTitle(q ? `Search: ${q}` : 'Search', { hasErrors: refused });

  return (
    <>
      {refused && <ErrorSummary items={[{ text: loaded.problem.detail, fieldId: 'search-field' }]} attempt={1} />}
      <h1 className="nhsuk-heading-l">{q ? `Search results for “${q}”` : 'Search'}</h1>
      {!q && <p>Type a patient’s name, NHS number or a request reference in the search box above.</p>}
      {loaded.status === 'failed' && !refused && (
        <LoadFailure problem={loaded.problem} what="Search results" onRetry={loaded.reload} />
      )}
      {loaded.status === 'loaded' && loaded.value && (
        <>
          <p role="status">
            {loaded.value.patients.length === 0
              ? `No patient you may see matches this ${byWords[loaded.value.by]}.`
              : `${loaded.value.patients.length}${loaded.value.more ? ' or more' : ''} ${
                  loaded.value.patients.length === 1 ? 'patient' : 'patients'
                } found by ${byWords[loaded.value.by]}.`}
            {loaded.value.more && ' Add more of the name to narrow the search.'}
          </p>
          <ul className="nhsuk-list">
            {loaded.value.patients.map((patient) => (
              <li key={patient.id} className="nhsuk-card">
                <div className="nhsuk-card__content">
                  <h2 className="nhsuk-card__heading nhsuk-heading-m">{patient.name}</h2>
                  <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
                    NHS number {formatNhsNumber(patient.nhsNumber)} · born {formatCalendarDate(patient.dateOfBirth)} ·{' '}
                    {patient.practiceName}
                  </p>
                  {patient.requests.length === 0 ? (
                    <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">No requests you may see.</p>
                  ) : (
                    <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                      {patient.requests.map((request) => (
                        <li key={request.id}>
                          <Link to={`/requests/${request.id}`}>
                            {request.reference}: {requestKindLabels[request.kind]}
                          </Link>{' '}
                          <StateTag state={request.state} />
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
