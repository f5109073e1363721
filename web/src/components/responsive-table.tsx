import type { ReactNode } from 'react';

/**
 * A cell of an NHS.UK responsive table: on a phone its column name is shown beside the value. `block` holds
 * content laid out in lines of its own (a div rather than a span).
 */
export function Cell({ heading, children, block = false }: { heading: string; children: ReactNode; block?: boolean }) {
  return (
    <td className="nhsuk-table__cell" role="cell">
      <span className="nhsuk-table__heading" aria-hidden="true">
        {heading}{' '}
      </span>
      {block ? <div>{children}</div> : <span>{children}</span>}
    </td>
  );
}

/** The head row of a responsive table. */
export function HeadRow({ headings }: { headings: readonly string[] }) {
  return (
    <thead className="nhsuk-table__head" role="rowgroup">
      <tr className="nhsuk-table__row" role="row">
        {headings.map((heading) => (
          <th className="nhsuk-table__header" scope="col" role="columnheader" key={heading}>
            {heading}
          </th>
        ))}
      </tr>
    </thead>
  );
}
