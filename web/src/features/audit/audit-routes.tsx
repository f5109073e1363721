import { useState, type FormEvent } from 'react';
import { Link, Route, Routes, useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import { ApiError } from '../../api/api-error.ts';
import { useLoad } from '../../api/use-load.ts';
import { BackLink } from '../../components/back-link.tsx';
import { formatDateTime } from '../../components/dates.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { LoadFailure } from '../../components/load-failure.tsx';
import { Cell, HeadRow } from '../../components/responsive-table.tsx';
import { Select } from '../../components/select.tsx';
import { TextInput } from '../../components/text-input.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import './audit.css';

type AuditEvent = {
  seq: number;
  at: string;
  actorLabel: string;
  action: string;
  recordType: string | null;
  recordId: string | null;
  requestReference: string | null;
  outcome: 'allowed' | 'denied';
  detail: Record<string, unknown>;
};

/** The search fields, as the URL and the service name them. */
const fields = ['nhsNumber', 'userEmail', 'reference', 'action', 'outcome', 'from', 'to'] as const;
type Field = (typeof fields)[number];

/** The audit trail: search, CSV export and the chain's verification (issue 13 §1). */
export function AuditRoutes() {
  return (
    <Routes>
      <Route index element={<AuditPage />} />
    </Routes>
  );
}

function AuditPage() {
  const [params, setParams] = useSearchParams();
  const query = new URLSearchParams(
    [...fields, 'before'].flatMap((name) => {
      const value = params.get(name)?.trim();
      return value ? [[name, value]] : [];
    }),
  ).toString();
  const loaded = useLoad(
    () => api.get<{ events: AuditEvent[]; nextBefore: number | null }>(`/api/audit-events?${query}`),
    `audit:${query}`,
  );
  const fieldErrors = loaded.status === 'failed' && loaded.problem.status === 400 ? (loaded.problem.errors ?? []) : [];
  const errorOf = (field: Field) => fieldErrors.find((e) => e.field === field)?.message;
  usePageTitle('Audit trail', { hasErrors: fieldErrors.length > 0 });

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of fields) {
      const value = ((form.get(name) as string | null) ?? '').trim();
      if (value) next.set(name, value);
    }
    setParams(next);
  };
  const withoutBefore = new URLSearchParams(query);
  withoutBefore.delete('before');

  return (
    <>
      <BackLink to="/admin">Administration</BackLink>
      {fieldErrors.length > 0 && (
        <ErrorSummary items={fieldErrors.map((e) => ({ text: e.message, fieldId: `audit-${e.field}` }))} attempt={1} />
      )}
      <h1 className="nhsuk-heading-l">Audit trail</h1>
      <p>
        Every read of a patient&rsquo;s record and every change is recorded here, with who did it and when.
        Administrators of a service see what their own staff did.
      </p>
      <form className="app-audit-search" onSubmit={search} noValidate aria-label="Search the audit trail" key={query}>
        <div className="app-audit-search__fields">
          <TextInput
            id="audit-nhsNumber"
            name="nhsNumber"
            label="Patient’s NHS number"
            defaultValue={params.get('nhsNumber') ?? ''}
            error={errorOf('nhsNumber')}
            inputMode="numeric"
            width={10}
            autoComplete="off"
          />
          <TextInput
            id="audit-userEmail"
            name="userEmail"
            label="User’s email address"
            type="email"
            defaultValue={params.get('userEmail') ?? ''}
            error={errorOf('userEmail')}
            autoComplete="off"
            spellCheck={false}
          />
          <TextInput
            id="audit-reference"
            name="reference"
            label="Request reference"
            hint="For example, TD-4K7M9Q"
            defaultValue={params.get('reference') ?? ''}
            error={errorOf('reference')}
            width={10}
            autoComplete="off"
          />
          <TextInput
            id="audit-action"
            name="action"
            label="Action"
            hint="An action, or the start of one: request. finds every action on requests"
            defaultValue={params.get('action') ?? ''}
            error={errorOf('action')}
            width={20}
            autoComplete="off"
            spellCheck={false}
          />
          <Select
            id="audit-outcome"
            name="outcome"
            label="Allowed or refused"
            defaultValue={params.get('outcome') ?? ''}
            error={errorOf('outcome')}
          >
            <option value="">Either</option>
            <option value="allowed">Allowed</option>
            <option value="denied">Refused</option>
          </Select>
          <TextInput
            id="audit-from"
            name="from"
            label="From"
            type="date"
            defaultValue={params.get('from') ?? ''}
            error={errorOf('from')}
          />
          <TextInput
            id="audit-to"
            name="to"
            label="To"
            type="date"
            defaultValue={params.get('to') ?? ''}
            error={errorOf('to')}
          />
        </div>
        <div className="nhsuk-button-group">
          <button className="nhsuk-button" type="submit">
            Search the trail
          </button>
          {withoutBefore.size > 0 && (
            <Link className="nhsuk-link" to="/admin/audit">
              Clear the search
            </Link>
          )}
        </div>
      </form>

      {loaded.status === 'failed' && fieldErrors.length === 0 && (
        <LoadFailure problem={loaded.problem} what="Audit trail" onRetry={loaded.reload} />
      )}
      {loaded.status === 'loaded' && (
        <section aria-labelledby="audit-results-heading">
          <h2 className="nhsuk-heading-m" id="audit-results-heading">
            Events
          </h2>
          <p role="status">
            {loaded.value.events.length === 0
              ? 'No events match this search.'
              : `${loaded.value.events.length}${loaded.value.nextBefore ? ' most recent' : ''} ${
                  loaded.value.events.length === 1 ? 'event' : 'events'
                }${params.get('before') ? ', older than those before' : ''}, newest first.`}
          </p>
          <p>
            <a href={`/api/audit-events.csv?${withoutBefore.toString()}`} download>
              Download these events as CSV
            </a>{' '}
            (the newest 10,000 at most)
          </p>
          {loaded.value.events.length > 0 && <EventsTable events={loaded.value.events} />}
          <nav className="nhsuk-u-margin-bottom-6" aria-label="Older and newer events">
            {params.get('before') && <Link to={`/admin/audit?${withoutBefore.toString()}`}>Newest events</Link>}{' '}
            {loaded.value.nextBefore && (
              <Link
                to={`/admin/audit?${new URLSearchParams([...withoutBefore, ['before', String(loaded.value.nextBefore)]]).toString()}`}
              >
                Older events
              </Link>
            )}
          </nav>
        </section>
      )}
      <ChainCheck />
    </>
  );
}

const outcomeWords = { allowed: 'Allowed', denied: 'Refused' } as const;

function EventsTable({ events }: { events: AuditEvent[] }) {
  return (
    <table className="nhsuk-table nhsuk-table--responsive app-audit-table" role="table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Audit events, newest first</caption>
      <HeadRow headings={['When', 'Who', 'Action', 'Record', 'Allowed or refused']} />
      <tbody className="nhsuk-table__body" role="rowgroup">
        {events.map((event) => (
          <tr key={event.seq} className="nhsuk-table__row" role="row">
            <Cell heading="When">{formatDateTime(event.at)}</Cell>
            <Cell heading="Who">
              <span className="app-audit-table__who">{event.actorLabel}</span>
            </Cell>
            <Cell heading="Action">
              <code>{event.action}</code>
            </Cell>
            <Cell heading="Record">
              <RecordCell event={event} />
            </Cell>
            <Cell heading="Allowed or refused">
              {event.outcome === 'denied' ? (
                <strong className="nhsuk-tag nhsuk-tag--red">{outcomeWords.denied}</strong>
              ) : (
                outcomeWords.allowed
              )}
            </Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RecordCell({ event }: { event: AuditEvent }) {
  if (event.requestReference && event.recordId)
    return <Link to={`/requests/${event.recordId}`}>{event.requestReference}</Link>;
  if (!event.recordType) return <>None</>;
  return (
    <>
      {event.recordType.replaceAll('_', ' ')}
      {event.recordId && <span className="nhsuk-body-s app-audit-table__id"> {event.recordId}</span>}
    </>
  );
}

type ChainReport = { rows: number; ok: boolean; problems: string[] };

/** Checks, on request, that every row of the trail still links to the one before: nothing changed or removed. */
function ChainCheck() {
  const [state, setState] = useState<
    | { status: 'idle' }
    | { status: 'checking' }
    | { status: 'done'; report: ChainReport }
    | { status: 'failed'; detail: string }
  >({ status: 'idle' });
  const check = async () => {
    setState({ status: 'checking' });
    try {
      setState({ status: 'done', report: await api.get<ChainReport>('/api/audit-events/verification') });
    } catch (error) {
      setState({
        status: 'failed',
        detail: error instanceof ApiError ? error.problem.detail : 'Something went wrong. Try again.',
      });
    }
  };
  return (
    <section aria-labelledby="audit-chain-heading">
      <h2 className="nhsuk-heading-m" id="audit-chain-heading">
        Is the trail unbroken?
      </h2>
      <p>
        Each event carries a fingerprint of the one before it, so a changed or removed event breaks the chain. Checking
        reads the whole trail and can take a while.
      </p>
      <button
        className="nhsuk-button nhsuk-button--secondary"
        type="button"
        onClick={() => void check()}
        disabled={state.status === 'checking'}
        aria-disabled={state.status === 'checking'}
      >
        {state.status === 'checking' ? 'Checking the trail…' : 'Check the trail now'}
      </button>
      <div role="status" aria-live="polite">
        {state.status === 'done' && state.report.ok && (
          <p className="app-audit-chain app-audit-chain--ok">
            The trail is unbroken: {state.report.rows.toLocaleString('en-GB')} events checked, none changed or removed.
          </p>
        )}
        {state.status === 'done' && !state.report.ok && (
          <div className="nhsuk-warning-callout">
            <h3 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>The trail is broken
              </span>
            </h3>
            <p>
              {state.report.rows.toLocaleString('en-GB')} events checked. Tell the system administrator and keep this
              list:
            </p>
            <ul>
              {state.report.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
        {state.status === 'failed' && <p>The trail could not be checked: {state.detail}</p>}
      </div>
    </section>
  );
}
