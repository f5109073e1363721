import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Cell, HeadRow } from '../../components/responsive-table.tsx';
import { requestKindLabels } from '../../../../shared/request-content.ts';
import { StateTag } from '../requests/state-tag.tsx';
import { DueDate, UrgencyTag } from './due-tags.tsx';
import type { Colleague, WorklistCase } from './review-api.ts';

const headings = ['Case', 'Patient', 'Status', 'Due', 'Held by', 'Reassign'] as const;

type Props = {
  cases: WorklistCase[];
  consultants: Colleague[];
  onReassign: (item: WorklistCase, consultantId: string | null) => Promise<void>;
};

/** Everything open in the service, who holds what and what is overdue; a case under review can be given to another consultant or back. */
export function ServiceCasesTable({ cases, consultants, onReassign }: Props) {
  return (
    <table className="nhsuk-table nhsuk-table--responsive" role="table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Open cases in your service</caption>
      <HeadRow headings={headings} />
      <tbody className="nhsuk-table__body">
        {cases.map((item) => (
          <tr className="nhsuk-table__row" role="row" key={item.id}>
            <Cell heading="Case">
              <Link className="app-nowrap" to={`/requests/${item.id}`}>
                {item.reference}
              </Link>
              <span className="app-line">
                <UrgencyTag urgency={item.urgency} />
              </span>
            </Cell>
            <Cell heading="Patient">
              {item.patient.name}
              <span className="app-line nhsuk-body-s nhsuk-u-margin-bottom-0">
                {requestKindLabels[item.kind]}, {item.practiceName}
              </span>
            </Cell>
            <Cell heading="Status">
              <StateTag state={item.state} />
            </Cell>
            <Cell heading="Due">
              <DueDate dueAt={item.dueAt} overdue={item.overdue} dueToday={item.dueToday} />
            </Cell>
            <Cell heading="Held by">{item.heldBy ? item.heldBy.name : <span className="app-muted">Nobody</span>}</Cell>
            <Cell heading="Reassign">
              {item.state === 'ready_for_review' || item.state === 'in_review' ? (
                <ReassignForm item={item} consultants={consultants} onReassign={onReassign} />
              ) : (
                <span className="app-muted">Not waiting for review</span>
              )}
            </Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ReassignForm({ item, consultants, onReassign }: { item: WorklistCase } & Omit<Props, 'cases'>) {
  const [choice, setChoice] = useState('');
  const [saving, setSaving] = useState(false);
  const id = `reassign-${item.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!choice || saving) return;
    setSaving(true);
    try {
      await onReassign(item, choice === 'worklist' ? null : choice);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form className="app-reassign" onSubmit={(event) => void submit(event)} noValidate>
      <label className="nhsuk-u-visually-hidden" htmlFor={id}>
        Give {item.reference} to
      </label>
      <select className="nhsuk-select" id={id} value={choice} onChange={(event) => setChoice(event.target.value)}>
        <option value="">Choose</option>
        <option value="worklist">Back to the worklist</option>
        {consultants
          .filter((c) => c.id !== item.heldBy?.id)
          .map((c) => (
            <option key={c.id} value={c.id}>
              {c.displayName}
            </option>
          ))}
      </select>
      <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={saving}>
        Reassign<span className="nhsuk-u-visually-hidden"> {item.reference}</span>
      </button>
    </form>
  );
}
