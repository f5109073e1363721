import { useSearchParams } from 'react-router';
import { api } from '../api/client.ts';
import { useLoad } from '../api/use-load.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { LoadFailure } from '../components/load-failure.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import '../features/review/review.css';
import { getWorklist, type WorklistFilter as Filter } from '../features/review/review-api.ts';
import { useOpenCase } from '../features/review/use-open-case.ts';
import { MyHistory } from '../features/review/my-history.tsx';
import { WorklistCounts } from '../features/review/worklist-counts.tsx';
import { WorklistFilter } from '../features/review/worklist-filter.tsx';
import { WorklistTable } from '../features/review/worklist-table.tsx';
import { requestKinds, type RequestKind } from '../../../shared/request-content.ts';

type Organisation = { id: string; kind: string; name: string };

/** The consultant's worklist: cases ready for review, urgent first then by due date, filtered through the address. */
export function WorklistPage() {
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);
  const { open, opening, refusal } = useOpenCase();
  usePageTitle('Worklist', { hasErrors: Boolean(refusal) });
  const key = `${filter.kind ?? ''}:${filter.practiceId ?? ''}:${filter.overdue ?? ''}`;
  const loaded = useLoad(() => getWorklist(filter), `${key}:${refusal?.attempt ?? 0}`);
  const practices = useLoad(
    () =>
      api
        .get<{ organisations: Organisation[] }>('/api/organisations')
        .then(({ organisations }) => organisations.filter((o) => o.kind === 'gp_practice')),
    'practices',
  );
  const apply = (next: Filter) =>
    setParams({
      ...(next.kind ? { kind: next.kind } : {}),
      ...(next.practiceId ? { practice: next.practiceId } : {}),
      ...(next.overdue ? { overdue: 'true' } : {}),
    });

  return (
    <>
      {refusal && (
        <ErrorSummary
          title={`You cannot review ${refusal.reference} now`}
          items={[{ text: refusal.detail }]}
          attempt={refusal.attempt}
        />
      )}
      <h1 className="nhsuk-heading-l">Worklist</h1>
      {loaded.status === 'failed' && <LoadFailure problem={loaded.problem} what="Worklist" onRetry={loaded.reload} />}
      {loaded.status === 'loaded' && <WorklistCounts counts={loaded.value.counts} />}
      <WorklistFilter
        key={key}
        filter={filter}
        practices={practices.status === 'loaded' ? practices.value : []}
        onApply={apply}
      />
      {loaded.status === 'loaded' && (
        <>
          <p aria-live="polite">{summary(loaded.value.cases.length)}</p>
          {loaded.value.cases.length > 0 && (
            <WorklistTable
              cases={loaded.value.cases}
              caption="Cases waiting for review, urgent first, then by due date"
              onOpen={(item) => void open(item)}
              opening={opening}
            />
          )}
        </>
      )}
      <MyHistory />
    </>
  );
}

function filterFrom(params: URLSearchParams): Filter {
  const kind = params.get('kind');
  return {
    kind: requestKinds.includes(kind as RequestKind) ? (kind as RequestKind) : undefined,
    practiceId: params.get('practice') ?? undefined,
    overdue: params.get('overdue') === 'true',
  };
}

function summary(count: number): string {
  if (count === 0) return 'No cases are waiting for review.';
  return count === 1 ? '1 case waiting for review, urgent first' : `${count} cases waiting for review, urgent first`;
}
