import { useState } from 'react';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { FilterForm, FilterSelect } from '../../components/filter.tsx';
import { requestKindLabels, requestKinds, type RequestKind } from '../../../../shared/request-content.ts';
import type { Dashboard, DashboardFilters } from './dashboard-api.ts';
import { addMonths, monthName } from './months.ts';

const kindOptions = requestKinds.map((k) => ({ value: k, label: requestKindLabels[k] }));

type Props = {
  filters: DashboardFilters;
  dashboard: Dashboard;
  /** The months that may be chosen, oldest first. */
  months: string[];
  onApply: (filters: DashboardFilters) => void;
  /** Told whether the form shows an error, for the page's title. */
  onErrorShown: (shown: boolean) => void;
};

/** Period, pathway, practice and consultant, applied with a button so that the figures do not jump while choosing. */
export function DashboardFilter({ filters, dashboard, months, onApply, onErrorShown }: Props) {
  const [from, setFrom] = useState(filters.from ?? dashboard.period.from);
  const [to, setTo] = useState(filters.to ?? dashboard.period.to);
  const [pathway, setPathway] = useState<RequestKind | ''>(filters.pathway ?? '');
  const [practiceId, setPracticeId] = useState(filters.practiceId ?? '');
  const [consultantId, setConsultantId] = useState(filters.consultantId ?? '');
  const backwards = from > to;
  const tooLong = !backwards && months.indexOf(to) - months.indexOf(from) >= 36;
  const [attempt, setAttempt] = useState(0);
  const problem = backwards
    ? 'The first month must be before the last month, or the same'
    : tooLong
      ? 'Choose at most 36 months'
      : undefined;
  const error = attempt > 0 ? problem : undefined;

  const apply = () => {
    if (problem) {
      setAttempt((n) => n + 1);
      onErrorShown(true);
      return;
    }
    setAttempt(0);
    onErrorShown(false);
    onApply({
      from,
      to,
      pathway: pathway || undefined,
      practiceId: practiceId || undefined,
      consultantId: consultantId || undefined,
    });
  };
  const monthOptions = months.map((m) => ({ value: m, label: monthName(m) }));
  return (
    <>
      {error && <ErrorSummary items={[{ text: error, fieldId: 'from' }]} attempt={attempt} />}
      <FilterForm label="Choose the period and filters" onApply={apply}>
        <FilterSelect
          id="from"
          label="From"
          value={from}
          error={error}
          onChange={(value) => setFrom(value || from)}
          options={monthOptions}
        />
        <FilterSelect id="to" label="To" value={to} onChange={(value) => setTo(value || to)} options={monthOptions} />
        <FilterSelect
          id="pathway"
          label="Pathway"
          all="All pathways"
          value={pathway}
          onChange={setPathway}
          options={kindOptions}
        />
        <FilterSelect
          id="practice"
          label="Practice"
          all="All practices"
          value={practiceId}
          onChange={setPracticeId}
          options={dashboard.options.practices.map((p) => ({ value: p.id, label: p.name }))}
        />
        <FilterSelect
          id="consultant"
          label="Consultant"
          all="All consultants"
          value={consultantId}
          onChange={setConsultantId}
          options={dashboard.options.consultants.map((c) => ({ value: c.id, label: c.name }))}
        />
      </FilterForm>
    </>
  );
}

/** The months that can be chosen: the three years to the current London month. */
export function choosableMonths(current: string): string[] {
  return Array.from({ length: 36 }, (_, i) => addMonths(current, i - 35));
}
