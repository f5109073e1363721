import { requestStateLabels, type RequestState } from '../../../../shared/request-content.ts';

/** The states a consultant's day turns on, in the order a case passes through them. */
const shown: RequestState[] = [
  'awaiting_images',
  'ready_for_review',
  'in_review',
  'information_requested',
  'outcome_recorded',
];

/** The figures whose cases have left the worklist: they link to the consultant's own recent cases. */
const linked: RequestState[] = ['information_requested', 'outcome_recorded'];

/** How many of the service's cases are in each state, as a row of figures. */
export function WorklistCounts({ counts }: { counts: Partial<Record<RequestState, number>> }) {
  return (
    <ul className="app-counts" aria-label="Cases in your services by status">
      {shown.map((state) => (
        <li className="app-counts__item" key={state}>
          {linked.includes(state) ? (
            // Those the consultant has moved on are listed under "Your recent cases".
            <a className="app-counts__link" href="#your-history">
              <span className="app-counts__number">{counts[state] ?? 0}</span>
              <span className="app-counts__label">{requestStateLabels[state]}</span>
            </a>
          ) : (
            <>
              <span className="app-counts__number">{counts[state] ?? 0}</span>
              <span className="app-counts__label">{requestStateLabels[state]}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
