import type { DashboardTable, Unit } from './dashboard-api.ts';

const count = new Intl.NumberFormat('en-GB');
const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A cell as the page shows it: a count, a percentage, or working days; a dash where there is nothing to divide. */
export function formatValue(value: number | null, unit: Unit): string {
  if (value === null) return '–';
  if (unit === 'percent') return `${decimal.format(value)}%`;
  if (unit === 'days') return decimal.format(value);
  return count.format(value);
}

type Props = { table: DashboardTable; csvUrl: string };

/**
 * One of the dashboard's tables: the figures behind its chart, with a link to the same table as CSV. Wide tables
 * scroll sideways in their own region, which keyboard users can reach and scroll.
 */
export function DashboardTableView({ table, csvUrl }: Props) {
  const captionId = `${table.id}-caption`;
  return (
    <>
      <div className="app-dashboard-table" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="nhsuk-table" id={`${table.id}-table`}>
          <caption className="nhsuk-table__caption nhsuk-table__caption--s" id={captionId}>
            {table.caption}
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th className="nhsuk-table__header" scope="col">
                {table.rowHeading}
              </th>
              {table.columns.map((column) => (
                <th className="nhsuk-table__header nhsuk-table__header--numeric" scope="col" key={column.key}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {table.rows.length === 0 && (
              <tr className="nhsuk-table__row">
                <td className="nhsuk-table__cell" colSpan={table.columns.length + 1}>
                  None in this period.
                </td>
              </tr>
            )}
            {table.rows.map((row) => (
              <tr className="nhsuk-table__row" key={row.key}>
                <th className="nhsuk-table__header" scope="row">
                  {row.label}
                </th>
                {row.values.map((value, index) => (
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric" key={table.columns[index]!.key}>
                    {value === null ? (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="nhsuk-u-visually-hidden">none</span>
                      </>
                    ) : (
                      formatValue(value, table.columns[index]!.unit)
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="nhsuk-body-s">
        {/* Named with the table's caption as well, as every table has one of these links. */}
        <a href={csvUrl} download aria-label={`Download this table as CSV: ${table.caption}`}>
          Download this table as CSV
        </a>
      </p>
    </>
  );
}
