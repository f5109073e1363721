import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Select } from '../../components/select.tsx';
import { requestKindLabels, requestKinds, type RequestKind } from '../../../../shared/request-content.ts';
import type { Dashboard, DashboardFilters } from './dashboard-api.ts';
import { addMonths, monthName } from './months.ts';

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
  const [pathway, setPathway] = useState<string>(filters.pathway ?? '');
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

  const apply = (event: FormEvent) => {
    event.preventDefault();
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
      pathway: (pathway || undefined) as RequestKind | undefined,
      practiceId: practiceId || undefined,
      consultantId: consultantId || undefined,
    });
  };
  const monthOptions = months.map((m) => (
    <option key={m} value={m}>
      {monthName(m)}
    </option>
  ));
  return (
    <>
      {error && <ErrorSummary items={[{ text: error, fieldId: 'from' }]} attempt={attempt} />}
      <form className="app-filter" onSubmit={apply} noValidate aria-label="Choose the period and filters">
        <Select
          id="from"
          label="From"
          formGroupClassName="app-filter__field"
          value={from}
          error={error}
          onChange={(event) => setFrom(event.target.value)}
        >
          {monthOptions}
        </Select>
        <Select
          id="to"
          label="To"
          formGroupClassName="app-filter__field"
          value={to}
          onChange={(event) => setTo(event.target.value)}
        >
          {monthOptions}
        </Select>
        <Select
          id="pathway"
          label="Pathway"
          formGroupClassName="app-filter__field"
          value={pathway}
          onChange={(event) => setPathway(event.target.value)}
        >
          <option value="">All pathways</option>
          {requestKinds.map((k) => (
            <option key={k} value={k}>
              {requestKindLabels[k]}
            </option>
          ))}
        </Select>
        <Select
          id="practice"
          label="Practice"
          formGroupClassName="app-filter__field"
          value={practiceId}
          onChange={(event) => setPracticeId(event.target.value)}
        >
          <option value="">All practices</option>
          {dashboard.options.practices.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
        <Select
          id="consultant"
          label="Consultant"
          formGroupClassName="app-filter__field"
          value={consultantId}
          onChange={(event) => setConsultantId(event.target.value)}
        >
          <option value="">All consultants</option>
          {dashboard.options.consultants.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
        <button className="nhsuk-button nhsuk-button--secondary app-filter__button" type="submit">
          Apply
        </button>
      </form>
    </>
  );
}

/** The months that can be chosen: the three years to the current London month. */
export function choosableMonths(current: string): string[] {
  return Array.from({ length: 36 }, (_, i) => addMonths(current, i - 35));
}
