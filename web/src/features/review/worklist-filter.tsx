import { useState } from 'react';
import { CheckboxItem } from '../../components/checkboxes.tsx';
import { FilterForm, FilterSelect } from '../../components/filter.tsx';
import { requestKindLabels, requestKinds, type RequestKind } from '../../../../shared/request-content.ts';
import type { WorklistFilter as Filter } from './review-api.ts';

type Props = {
  filter: Filter;
  practices: { id: string; name: string }[];
  onApply: (filter: Filter) => void;
};

const kindOptions = requestKinds.map((k) => ({ value: k, label: requestKindLabels[k] }));

/** Kind, practice and overdue, applied with a button so the list does not jump while choosing. */
export function WorklistFilter({ filter, practices, onApply }: Props) {
  const [kind, setKind] = useState<RequestKind | ''>(filter.kind ?? '');
  const [practiceId, setPracticeId] = useState(filter.practiceId ?? '');
  const [overdue, setOverdue] = useState(Boolean(filter.overdue));
  return (
    <FilterForm
      label="Filter the worklist"
      onApply={() => onApply({ kind: kind || undefined, practiceId: practiceId || undefined, overdue })}
    >
      <FilterSelect id="kind" label="Type" all="All types" value={kind} onChange={setKind} options={kindOptions} />
      <FilterSelect
        id="practice"
        label="Practice"
        all="All practices"
        value={practiceId}
        onChange={setPracticeId}
        options={practices.map((p) => ({ value: p.id, label: p.name }))}
      />
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small app-filter__field app-filter__check">
        <CheckboxItem id="overdue" name="overdue" label="Overdue only" checked={overdue} onChange={setOverdue} />
      </div>
    </FilterForm>
  );
}
