import { MultilineText, SummaryList, type SummaryRow } from '../../components/summary-list.tsx';
import { skinCancerLabels, type History } from '../../../../shared/request-content.ts';

const notAnswered = <span className="app-muted">Not answered</span>;
const yesNo = (value: boolean | undefined) => (value === undefined ? notAnswered : value ? 'Yes' : 'No');
const cancers = (list: (keyof typeof skinCancerLabels)[] | undefined, none: string) =>
  list === undefined ? notAnswered : list.length ? list.map((c) => skinCancerLabels[c]).join(', ') : none;

/** The clinical question and history as a summary list; with `changeTo`, each row links to where it is changed. */
export function HistorySummary({
  clinicalQuestion,
  history,
  changeTo,
}: {
  clinicalQuestion: string;
  history: History;
  changeTo?: string | undefined;
}) {
  const change = (id: string, hiddenText: string) => (changeTo ? { to: `${changeTo}#${id}`, hiddenText } : undefined);
  const symptoms = (['itch', 'bleeding', 'pain'] as const).filter((s) => history[s]);
  const duration =
    history.durationValue !== undefined && history.durationUnit
      ? `${history.durationValue} ${history.durationValue === 1 ? history.durationUnit.replace(/s$/, '') : history.durationUnit}`
      : notAnswered;
  const rows: SummaryRow[] = [
    {
      key: 'Clinical question',
      value: <MultilineText text={clinicalQuestion} empty="Not answered" />,
      change: change('clinicalQuestion', 'clinical question'),
    },
    { key: 'How long', value: duration, change: change('history-durationValue', 'how long') },
    {
      key: 'How it has changed',
      value: <MultilineText text={history.changes} />,
      change: change('history-changes', 'how it has changed'),
    },
    {
      key: 'Symptoms',
      value:
        [...symptoms.map((s) => s[0]?.toUpperCase() + s.slice(1)), history.otherSymptoms].filter(Boolean).join(', ') ||
        'None',
      change: change('history-symptoms', 'symptoms'),
    },
    {
      key: 'Treatments tried',
      value: <MultilineText text={history.treatmentsTried} />,
      change: change('history-treatmentsTried', 'treatments tried'),
    },
    {
      key: 'Effect of treatment',
      value: <MultilineText text={history.treatmentEffect} />,
      change: change('history-treatmentEffect', 'effect of treatment'),
    },
    {
      key: 'Current medicines',
      value: <MultilineText text={history.currentMedicines} />,
      change: change('history-currentMedicines', 'current medicines'),
    },
    {
      key: 'Immuno\u00adsuppressed',
      value: yesNo(history.immunosuppressed),
      change: change('history-immunosuppressed', 'immunosuppressed'),
    },
    {
      key: 'Organ transplant',
      value: yesNo(history.transplant),
      change: change('history-transplant', 'organ transplant'),
    },
    {
      key: 'Under a hospital consultant for a severe inflammatory skin disease',
      value: yesNo(history.underHospitalConsultant),
      change: change('history-underHospitalConsultant', 'under a hospital consultant'),
    },
    {
      key: 'Needs specialist (tertiary) care',
      value: yesNo(history.needsTertiaryCare),
      change: change('history-needsTertiaryCare', 'needs specialist care'),
    },
    {
      key: 'Previous skin cancer',
      value: (
        <>
          {cancers(history.previousSkinCancer, 'None')}
          {history.previousSkinCancerDetails && <span className="app-line">{history.previousSkinCancerDetails}</span>}
        </>
      ),
      change: change('history-previousSkinCancer', 'previous skin cancer'),
    },
    {
      key: 'Suspected skin cancer',
      value: cancers(history.suspectedCancer, 'No'),
      change: change('history-suspectedCancer', 'suspected skin cancer'),
    },
    {
      key: 'Other relevant history',
      value: <MultilineText text={history.relevantHistory} />,
      change: change('history-relevantHistory', 'other relevant history'),
    },
  ];
  return <SummaryList rows={rows} />;
}
