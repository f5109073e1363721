import { useEffect, useRef } from 'react';
import type { Unit } from './dashboard-api.ts';
import { formatValue } from './dashboard-table.tsx';

export type ChartSeries = { label: string; data: (number | null)[]; colour: string };

type Props = {
  /** What the chart shows, for its text alternative. */
  title: string;
  /** The caption of the table with the same figures, which the text alternative points to. */
  tableCaption: string;
  labels: string[];
  series: ChartSeries[];
  unit: Unit;
  stacked?: boolean;
  /** Bars along the page (long labels, such as outcome categories), not up it. */
  horizontal?: boolean;
};

/** NHS.UK colours, in an order whose neighbours stay apart in greyscale too. */
export const seriesColours = ['#005eb8', '#ffb81c', '#007f3b', '#330072', '#d5281b', '#00a499', '#768692', '#ae2573'];

/**
 * A bar chart drawn by Chart.js (the project's charting library, loaded with this page only) on a canvas. The
 * canvas is an image to assistive technology, named by what it shows and pointing to the table below it, which has
 * every figure the chart draws.
 */
export function DashboardChart({
  title,
  tableCaption,
  labels,
  series,
  unit,
  stacked = false,
  horizontal = false,
}: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // The figures themselves, not the arrays holding them, decide when the chart is drawn again.
  const drawn = JSON.stringify([labels, series, unit, stacked, horizontal]);

  useEffect(() => {
    let cancelled = false;
    let destroy = () => {};
    void import('chart.js').then(
      ({ Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip }) => {
        if (cancelled || !canvas.current) return;
        Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
        const valueAxis = {
          stacked,
          beginAtZero: true,
          ...(unit === 'percent' ? { max: 100 } : {}),
          // Counts are whole numbers: no ticks between them.
          ticks: {
            color: '#212b32',
            ...(unit === 'count' ? { precision: 0 } : {}),
            callback: (value: string | number) => formatValue(Number(value), unit),
          },
        };
        const chart = new Chart<'bar', (number | null)[], string | string[]>(canvas.current, {
          type: 'bar',
          data: {
            // Long category names on lines of their own, so that a phone shows them whole.
            labels: horizontal ? labels.map((label) => wrapped(label, 24)) : labels,
            datasets: series.map((s) => ({
              label: s.label,
              data: s.data,
              backgroundColor: s.colour,
              maxBarThickness: 48,
            })),
          },
          options: {
            animation: false,
            maintainAspectRatio: false,
            indexAxis: horizontal ? 'y' : 'x',
            scales: horizontal
              ? { x: valueAxis, y: { stacked, ticks: { color: '#212b32', autoSkip: false } } }
              : { x: { stacked, ticks: { color: '#212b32' } }, y: valueAxis },
            plugins: {
              legend: {
                display: series.length > 1,
                position: 'bottom',
                labels: { color: '#212b32', font: { size: 14 } },
              },
              tooltip: {
                callbacks: {
                  label: (item) => `${item.dataset.label ?? ''}: ${formatValue(item.raw as number | null, unit)}`,
                },
              },
            },
          },
        });
        destroy = () => chart.destroy();
      },
    );
    return () => {
      cancelled = true;
      destroy();
    };
    // Read through `drawn`; see above.
  }, [drawn]);

  const height = horizontal ? Math.max(200, labels.length * 60 + 60) : 280;
  return (
    <div className="app-dashboard-chart" style={{ height }}>
      <canvas
        ref={canvas}
        role="img"
        aria-label={`Chart: ${title}. The same figures are in the table “${tableCaption}” below.`}
      />
    </div>
  );
}

/** A label broken into lines of at most `width` characters, at spaces. */
function wrapped(label: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
