import { useState } from 'react';
import { FilterForm, FilterSelect } from '../../components/filter.tsx';
import { requestStateLabels, requestStates, type RequestState } from '../../../../shared/request-content.ts';
import type { ListSort } from './requests-api.ts';

export type RequestsQuery = { state: RequestState | undefined; sort: ListSort };

const sortLabels: Record<ListSort, string> = {
  updated: 'Recently updated',
  due: 'Due soonest',
  created: 'Newest first',
  urgency: 'Urgent first',
};
const stateOptions = requestStates.map((s) => ({ value: s, label: requestStateLabels[s] }));
const sortOptions = (Object.keys(sortLabels) as ListSort[]).map((s) => ({ value: s, label: sortLabels[s] }));

/** Filter by status and choose the order; applied with a button so the list does not jump while choosing. */
export function RequestsFilter({ query, onApply }: { query: RequestsQuery; onApply: (query: RequestsQuery) => void }) {
  const [state, setState] = useState<RequestState | ''>(query.state ?? '');
  const [sort, setSort] = useState<ListSort>(query.sort);
  return (
    <FilterForm label="Filter requests" onApply={() => onApply({ state: state || undefined, sort })}>
      <FilterSelect
        id="state"
        label="Status"
        all="All statuses"
        value={state}
        onChange={setState}
        options={stateOptions}
      />
      <FilterSelect
        id="sort"
        label="Sort by"
        value={sort}
        onChange={(value) => setSort(value || 'updated')}
        options={sortOptions}
      />
    </FilterForm>
  );
}
