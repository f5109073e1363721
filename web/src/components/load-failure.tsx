import { Link } from 'react-router';
import type { Problem } from '../api/api-error.ts';
import { usePageTitle } from './use-page-title.ts';

/** What a page shows when what it was to show could not be loaded: not found, or the service's reason. */
export function LoadFailure({ problem, what, onRetry }: { problem: Problem; what: string; onRetry?: () => void }) {
  const notFound = problem.status === 404;
  const title = notFound ? `${what} not found` : 'Sorry, there is a problem with the service';
  usePageTitle(title);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 className="nhsuk-heading-l">{title}</h1>
        <p>{notFound ? 'It may have been removed, or you may not have access to it.' : problem.detail}</p>
        {!notFound && onRetry && (
          <button className="nhsuk-button" type="button" onClick={onRetry}>
            Try again
          </button>
        )}
        <p>
          <Link to="/requests">Go to your requests</Link>
        </p>
      </div>
    </div>
  );
}
