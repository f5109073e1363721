import type { ReactNode } from 'react';
import { DashboardChart, type ChartSeries } from './dashboard-chart.tsx';
import type { DashboardTable, Unit } from './dashboard-api.ts';
import { DashboardTableView } from './dashboard-table.tsx';

export type ChartSpec = {
  title: string;
  /** The caption of the table holding the chart's figures. */
  tableCaption: string;
  labels: string[];
  series: ChartSeries[];
  unit: Unit;
  stacked?: boolean;
  horizontal?: boolean;
};

type Props = {
  id: string;
  heading: string;
  /** What the figures are, in a sentence or two; docs/measures.md has the exact definitions. */
  children?: ReactNode;
  charts?: ChartSpec[];
  tables: { table: DashboardTable; csvUrl: string }[];
};

/** A part of the dashboard: its heading, what it counts, a chart, and the tables with every figure of the chart. */
export function DashboardSection({ id, heading, children, charts = [], tables }: Props) {
  return (
    <section className="app-dashboard-section" aria-labelledby={`${id}-heading`}>
      <h2 className="nhsuk-heading-m" id={`${id}-heading`}>
        {heading}
      </h2>
      {children}
      {charts.map((chart) => (
        <DashboardChart key={chart.title} {...chart} />
      ))}
      {tables.map(({ table, csvUrl }) => (
        <DashboardTableView key={table.id} table={table} csvUrl={csvUrl} />
      ))}
    </section>
  );
}

/** A column of a table by its key, from the rows that are months (not the period's total). */
export function monthColumn(table: DashboardTable, key: string): (number | null)[] {
  const index = table.columns.findIndex((c) => c.key === key);
  return table.rows.filter((r) => r.key !== 'total').map((r) => r.values[index] ?? null);
}

/** A column's label, for a chart's legend. */
export const columnLabel = (table: DashboardTable, key: string) =>
  table.columns.find((c) => c.key === key)?.label ?? key;
