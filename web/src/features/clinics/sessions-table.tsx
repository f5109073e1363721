import { Link } from 'react-router';
import { formatDay, formatTime } from '../../components/dates.ts';
import type { SessionSummary } from './clinics-api.ts';
import { Cell, HeadRow } from '../../components/responsive-table.tsx';

const headings = ['Date', 'Time', 'Site', 'Photographers', 'Booked'] as const;

/** Clinic sessions, earliest first, each linking to its slots and bookings. */
export function SessionsTable({ sessions, caption }: { sessions: SessionSummary[]; caption: string }) {
  return (
    <table className="nhsuk-table nhsuk-table--responsive" role="table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
      <HeadRow headings={headings} />
      <tbody className="nhsuk-table__body">
        {sessions.map((session) => (
          <tr className="nhsuk-table__row" role="row" key={session.id}>
            <Cell heading="Date">
              <Link to={`/clinics/sessions/${session.id}`}>{formatDay(session.startsAt)}</Link>
              {session.cancelledAt && (
                <span className="app-line">
                  <strong className="nhsuk-tag nhsuk-tag--red">Cancelled</strong>
                </span>
              )}
            </Cell>
            <Cell heading="Time">
              <span className="app-nowrap">
                {formatTime(session.startsAt)} to {formatTime(session.endsAt)}
              </span>
            </Cell>
            <Cell heading="Site">{session.site.name}</Cell>
            <Cell heading="Photographers">
              {session.photographers.length === 0 ? (
                <span className="app-muted">None</span>
              ) : (
                <ul className="app-plain-list">
                  {session.photographers.map((p) => (
                    <li key={p.id}>{p.displayName}</li>
                  ))}
                </ul>
              )}
            </Cell>
            <Cell heading="Booked">
              {session.bookedCount} of {session.slotCount}
              <span className="nhsuk-u-visually-hidden"> appointments</span>
            </Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
