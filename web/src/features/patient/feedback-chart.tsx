import { useEffect, useRef } from 'react';
import { answerLabel, feedbackQuestionLabels, type FeedbackQuestion } from './feedback-questions.ts';
import { answerColours, monthName, type FeedbackResults } from './feedback-results-api.ts';

type FeedbackChartProps = { question: FeedbackQuestion; months: FeedbackResults['months'] };

/**
 * One question's answers per month as stacked bars of percentages, drawn by Chart.js on a canvas (loaded with this
 * page only). The canvas is an image to assistive technology, pointing to the table with the same numbers.
 */
export function FeedbackChart({ question, months }: FeedbackChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let cancelled = false;
    let destroy = () => {};
    void import('chart.js').then(
      ({ Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip }) => {
        if (cancelled || !canvas.current) return;
        Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
        const answers = months[0]?.questions[question].map((a) => a.answer) ?? [];
        const chart = new Chart(canvas.current, {
          type: 'bar',
          data: {
            labels: months.map((m) => monthName(m.month)),
            datasets: answers.map((answer) => ({
              label: answerLabel(answer),
              backgroundColor: answerColours[answer] ?? '#768692',
              maxBarThickness: 96,
              data: months.map((m) => m.questions[question].find((a) => a.answer === answer)?.percent ?? 0),
              counts: months.map((m) => m.questions[question].find((a) => a.answer === answer)?.count ?? 0),
            })),
          },
          options: {
            animation: false,
            maintainAspectRatio: false,
            scales: {
              x: { stacked: true },
              y: { stacked: true, min: 0, max: 100, title: { display: true, text: 'Percentage of answers' } },
            },
            plugins: {
              legend: { position: 'bottom', labels: { color: '#212b32', font: { size: 14 } } },
              tooltip: {
                callbacks: {
                  label: (item) => {
                    const counts = (item.dataset as { counts?: number[] }).counts;
                    return `${item.dataset.label ?? ''}: ${counts?.[item.dataIndex] ?? 0} (${item.parsed.y ?? 0}%)`;
                  },
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
  }, [question, months]);

  return (
    <div className="app-feedback-chart">
      <canvas
        ref={canvas}
        role="img"
        aria-label={`Chart of answers per month to “${feedbackQuestionLabels[question]}”. The same numbers are in the table below.`}
      />
    </div>
  );
}
