import { useRef, type KeyboardEvent } from 'react';
import { Cell } from '../../components/responsive-table.tsx';
import { requestKindLabels } from '../../../../shared/request-content.ts';
import { DueDate, UrgencyTag } from './due-tags.tsx';
import { sexLabels, type WorklistCase } from './review-api.ts';

const headings = ['Case', 'Patient', 'Type', 'Due', 'Photos', 'Held by', 'Action'] as const;

type Props = {
  cases: WorklistCase[];
  caption: string;
  /** Opening a case claims it; the page says so when someone else holds it. */
  onOpen: (item: WorklistCase) => void;
  opening: string | null;
};

/**
 * The worklist as an NHS.UK responsive table (cards on a phone). Each row's Review button opens the case; with
 * the focus on one, j and k (or the arrow keys) move to the next and previous case.
 */
export function WorklistTable({ cases, caption, onOpen, opening }: Props) {
  const body = useRef<HTMLTableSectionElement>(null);
  const move = (event: KeyboardEvent) => {
    const step =
      event.key === 'j' || event.key === 'ArrowDown' ? 1 : event.key === 'k' || event.key === 'ArrowUp' ? -1 : 0;
    if (!step || !(event.target instanceof HTMLButtonElement)) return;
    const buttons = [...(body.current?.querySelectorAll<HTMLButtonElement>('button[data-review]') ?? [])];
    const next = buttons[buttons.indexOf(event.target) + step];
    if (!next) return;
    event.preventDefault();
    next.focus();
  };
  return (
    <table className="nhsuk-table nhsuk-table--responsive app-worklist" role="table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
      <thead className="nhsuk-table__head" role="rowgroup">
        <tr className="nhsuk-table__row" role="row">
          {headings.map((heading) => (
            <th className="nhsuk-table__header" scope="col" role="columnheader" key={heading}>
              {heading === 'Action' ? <span className="nhsuk-u-visually-hidden">Action</span> : heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body" ref={body} onKeyDown={move}>
        {cases.map((item) => (
          <tr className="nhsuk-table__row" role="row" key={item.id}>
            <Cell heading="Case">
              <span className="app-nowrap">{item.reference}</span>
              <span className="app-line">
                <UrgencyTag urgency={item.urgency} />
              </span>
            </Cell>
            <Cell heading="Patient">
              {item.patient.name}
              <span className="app-line nhsuk-body-s nhsuk-u-margin-bottom-0">
                {sexLabels[item.patient.sex] ?? item.patient.sex}, {item.patient.age}
              </span>
            </Cell>
            <Cell heading="Type">
              {requestKindLabels[item.kind]}
              <span className="app-line nhsuk-body-s nhsuk-u-margin-bottom-0">{item.practiceName}</span>
            </Cell>
            <Cell heading="Due">
              <DueDate dueAt={item.dueAt} overdue={item.overdue} dueToday={item.dueToday} />
            </Cell>
            <Cell heading="Photos">
              {item.imageCount}
              <span className="app-line nhsuk-body-s nhsuk-u-margin-bottom-0">
                {item.lesionCount === 1 ? '1 lesion' : `${item.lesionCount} lesions`}
              </span>
            </Cell>
            <Cell heading="Held by">
              {item.heldBy ? item.heldBy.mine ? 'You' : item.heldBy.name : <span className="app-muted">Nobody</span>}
            </Cell>
            <Cell heading="Action">
              <button
                className="app-link-button app-nowrap"
                type="button"
                data-review=""
                disabled={opening === item.id}
                onClick={() => onOpen(item)}
              >
                {item.heldBy?.mine ? 'Continue' : 'Review'}
                <span className="nhsuk-u-visually-hidden"> {item.reference}</span>
              </button>
            </Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
