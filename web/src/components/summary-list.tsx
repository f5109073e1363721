import type { ReactNode } from 'react';
import { Link } from 'react-router';

export type SummaryRow = {
  key: string;
  value: ReactNode;
  /** Where to change the answer; the hidden text finishes "Change …" for screen reader users. */
  change?: { to: string; hiddenText: string } | undefined;
};

/** The NHS.UK summary list, with Change links where the answers can still be changed. */
export function SummaryList({ rows, noBorder = false }: { rows: SummaryRow[]; noBorder?: boolean }) {
  const withActions = rows.some((row) => row.change);
  return (
    <dl className={noBorder ? 'nhsuk-summary-list nhsuk-summary-list--no-border' : 'nhsuk-summary-list'}>
      {rows.map((row) => (
        <div
          className={
            withActions && !row.change
              ? 'nhsuk-summary-list__row nhsuk-summary-list__row--no-actions'
              : 'nhsuk-summary-list__row'
          }
          key={row.key}
        >
          <dt className="nhsuk-summary-list__key">{row.key}</dt>
          <dd className="nhsuk-summary-list__value">{row.value}</dd>
          {row.change && (
            <dd className="nhsuk-summary-list__actions">
              <Link to={row.change.to}>
                Change<span className="nhsuk-u-visually-hidden"> {row.change.hiddenText}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

/** Free text as the referrer typed it, line breaks kept; React escapes it, so markup stays inert. */
export function MultilineText({ text, empty = 'Not given' }: { text: string | null | undefined; empty?: string }) {
  if (!text?.trim()) return <span className="app-muted">{empty}</span>;
  const lines = text.split('\n');
  return (
    <>
      {lines.map((line, index) => (
        <span className="app-line" key={index}>
          {line}
        </span>
      ))}
    </>
  );
}
