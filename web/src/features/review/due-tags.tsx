import { formatDate } from '../../components/dates.ts';

/** The response target's date, marked "Overdue" in red or "Due today" in orange. */
export function DueDate({ dueAt, overdue, dueToday }: { dueAt: string | null; overdue: boolean; dueToday: boolean }) {
  if (!dueAt) return <span className="app-muted">No target yet</span>;
  return (
    <>
      <span className="app-line">{formatDate(dueAt)}</span>
      {overdue && <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong>}
      {dueToday && <strong className="nhsuk-tag nhsuk-tag--orange">Due today</strong>}
    </>
  );
}

/** Urgent in red, so it stands out; routine in plain words. */
export function UrgencyTag({ urgency }: { urgency: string }) {
  return urgency === 'urgent' ? (
    <strong className="nhsuk-tag nhsuk-tag--red">Urgent</strong>
  ) : (
    <span className="app-muted">Routine</span>
  );
}
