import { useState, type FormEvent } from 'react';
import { Select } from '../../components/select.tsx';
import { requestStateLabels, requestStates, type RequestState } from '../../../../shared/request-content.ts';
import type { ListSort } from './requests-api.ts';

export type RequestsQuery = { state: RequestState | undefined; sort: ListSort };

const sortLabels: Record<ListSort, string> = {
  updated: 'Recently updated',
  due: 'Due soonest',
  created: 'Newest first',
  urgency: 'Urgent first',
};

/** Filter by status and choose the order; applied with a button so the list does not jump while choosing. */
export function RequestsFilter({ query, onApply }: { query: RequestsQuery; onApply: (query: RequestsQuery) => void }) {
  const [state, setState] = useState<string>(query.state ?? '');
  const [sort, setSort] = useState<ListSort>(query.sort);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply({ state: (state || undefined) as RequestState | undefined, sort });
  };
  return (
    <form className="app-filter" onSubmit={apply} noValidate aria-label="Filter requests">
      <Select
        id="state"
        label="Status"
        formGroupClassName="app-filter__field"
        value={state}
        onChange={(event) => setState(event.target.value)}
      >
        <option value="">All statuses</option>
        {requestStates.map((s) => (
          <option key={s} value={s}>
            {requestStateLabels[s]}
          </option>
        ))}
      </Select>
      <Select
        id="sort"
        label="Sort by"
        formGroupClassName="app-filter__field"
        value={sort}
        onChange={(event) => setSort(event.target.value as ListSort)}
      >
        {(Object.keys(sortLabels) as ListSort[]).map((s) => (
          <option key={s} value={s}>
            {sortLabels[s]}
          </option>
        ))}
      </Select>
      <button className="nhsuk-button nhsuk-button--secondary app-filter__button" type="submit">
        Apply
      </button>
    </form>
  );
}
