import { useState, type FormEvent } from 'react';
import { CheckboxItem } from '../../components/checkboxes.tsx';
import { Select } from '../../components/select.tsx';
import { requestKindLabels, requestKinds, type RequestKind } from '../../../../shared/request-content.ts';
import type { WorklistFilter as Filter } from './review-api.ts';

type Props = {
  filter: Filter;
  practices: { id: string; name: string }[];
  onApply: (filter: Filter) => void;
};

/** Kind, practice and overdue, applied with a button so the list does not jump while choosing. */
export function WorklistFilter({ filter, practices, onApply }: Props) {
  const [kind, setKind] = useState<string>(filter.kind ?? '');
  const [practiceId, setPracticeId] = useState(filter.practiceId ?? '');
  const [overdue, setOverdue] = useState(Boolean(filter.overdue));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply({ kind: (kind || undefined) as RequestKind | undefined, practiceId: practiceId || undefined, overdue });
  };
  return (
    <form className="app-filter" onSubmit={apply} noValidate aria-label="Filter the worklist">
      <Select
        id="kind"
        label="Type"
        formGroupClassName="app-filter__field"
        value={kind}
        onChange={(event) => setKind(event.target.value)}
      >
        <option value="">All types</option>
        {requestKinds.map((k) => (
          <option key={k} value={k}>
            {requestKindLabels[k]}
          </option>
        ))}
      </Select>
      <Select
        id="practice"
        label="Practice"
        formGroupClassName="app-filter__field"
        value={practiceId}
        onChange={(event) => setPracticeId(event.target.value)}
      >
        <option value="">All practices</option>
        {practices.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </Select>
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small app-filter__field app-filter__check">
        <CheckboxItem id="overdue" name="overdue" label="Overdue only" checked={overdue} onChange={setOverdue} />
      </div>
      <button className="nhsuk-button nhsuk-button--secondary app-filter__button" type="submit">
        Apply
      </button>
    </form>
  );
}
